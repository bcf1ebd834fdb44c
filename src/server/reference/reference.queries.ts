import { eq } from 'drizzle-orm';
import type { ReferenceItemBody, ReferenceItemOut, ReferenceKind } from '../../api/reference.ts';
import type { Db, Tx } from '../db/connect.ts';
import { informationSystems, organisations, planningDocuments, publicServices } from '../db/schema.ts';

/** Rows of a reference table in one shape: id, code, name, extra (provider / owner / kind), active. */
export async function listReference(db: Db | Tx, kind: ReferenceKind): Promise<ReferenceItemOut[]> {
  switch (kind) {
    case 'public-services':
      return (await db.select().from(publicServices)).map((r) => ({
        id: r.id,
        code: r.code,
        name: r.name,
        extra: r.provider.ru || r.provider.kk || null,
        isActive: r.isActive,
      }));
    case 'information-systems':
      return (
        await db
          .select({ is: informationSystems, owner: organisations })
          .from(informationSystems)
          .leftJoin(organisations, eq(organisations.id, informationSystems.ownerOrgId))
      ).map(({ is, owner }) => ({
        id: is.id,
        code: is.code,
        name: is.name,
        extra: owner?.code ?? null,
        isActive: is.isActive,
      }));
    case 'planning-documents':
      return (await db.select().from(planningDocuments)).map((r) => ({
        id: r.id,
        code: null,
        name: r.name,
        extra: r.kind,
        isActive: r.isActive,
      }));
  }
}

export async function insertReference(
  tx: Tx,
  kind: ReferenceKind,
  body: ReferenceItemBody,
  ownerOrgId: string | null,
) {
  switch (kind) {
    case 'public-services': {
      const [row] = await tx
        .insert(publicServices)
        .values({
          code: body.code,
          name: body.name,
          provider: { kk: '', ru: body.extra ?? '' },
          isActive: body.isActive,
        })
        .returning({ id: publicServices.id });
      return row.id;
    }
    case 'information-systems': {
      const [row] = await tx
        .insert(informationSystems)
        .values({ code: body.code, name: body.name, ownerOrgId, isActive: body.isActive })
        .returning({ id: informationSystems.id });
      return row.id;
    }
    case 'planning-documents': {
      const [row] = await tx
        .insert(planningDocuments)
        .values({ kind: body.extra ?? 'other', name: body.name, isActive: body.isActive })
        .returning({ id: planningDocuments.id });
      return row.id;
    }
  }
}

/** Updates a row; false when it does not exist. */
export async function updateReference(
  tx: Tx,
  kind: ReferenceKind,
  id: string,
  body: ReferenceItemBody,
  ownerOrgId: string | null,
): Promise<boolean> {
  switch (kind) {
    case 'public-services':
      return (
        (
          await tx
            .update(publicServices)
            .set({
              code: body.code,
              name: body.name,
              provider: { kk: '', ru: body.extra ?? '' },
              isActive: body.isActive,
            })
            .where(eq(publicServices.id, id))
            .returning({ id: publicServices.id })
        ).length > 0
      );
    case 'information-systems':
      return (
        (
          await tx
            .update(informationSystems)
            .set({ code: body.code, name: body.name, ownerOrgId, isActive: body.isActive })
            .where(eq(informationSystems.id, id))
            .returning({ id: informationSystems.id })
        ).length > 0
      );
    case 'planning-documents':
      return (
        (
          await tx
            .update(planningDocuments)
            .set({ kind: body.extra ?? 'other', name: body.name, isActive: body.isActive })
            .where(eq(planningDocuments.id, id))
            .returning({ id: planningDocuments.id })
        ).length > 0
      );
  }
}

export async function findOrgIdByCode(db: Db | Tx, code: string): Promise<string | undefined> {
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.code, code));
  return rows[0]?.id;
}
