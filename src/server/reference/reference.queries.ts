import { and, eq, ne } from 'drizzle-orm';
import type { ReferenceItemBody, ReferenceItemOut, ReferenceKind } from '../../api/reference.ts';
import type { Db, Tx } from '../db/connect.ts';
import {
  dataObjects,
  informationSystems,
  legalActs,
  organisations,
  planningDocuments,
  publicServices,
} from '../db/schema.ts';

/** Synonyms as stored: trimmed, lower case (Kazakh rules), whitespace collapsed, each once. */
export function cleanSynonyms(synonyms: readonly string[] | undefined): string[] {
  const out = (synonyms ?? [])
    .map((s) => s.toLocaleLowerCase('kk').replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
  return [...new Set(out)];
}

/** Rows of a reference table in one shape: id, code, name, extra (provider / owner / kind / system), active. */
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
    case 'legal-acts':
      return (await db.select().from(legalActs)).map((r) => ({
        id: r.id,
        code: r.code,
        name: r.name,
        extra: r.kind,
        isActive: r.isActive,
      }));
    case 'data-objects':
      return (await db.select().from(dataObjects)).map((r) => ({
        id: r.id,
        code: r.code,
        name: r.name,
        extra: r.informationSystemId,
        isActive: r.isActive,
        synonyms: r.synonyms,
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
    case 'legal-acts': {
      const [row] = await tx
        .insert(legalActs)
        .values({ kind: body.extra ?? 'other', code: body.code, name: body.name, isActive: body.isActive })
        .returning({ id: legalActs.id });
      return row.id;
    }
    case 'data-objects': {
      const [row] = await tx
        .insert(dataObjects)
        .values({
          code: body.code ?? '',
          name: body.name,
          informationSystemId: body.extra ?? '',
          synonyms: cleanSynonyms(body.synonyms),
          isActive: body.isActive,
        })
        .returning({ id: dataObjects.id });
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
    case 'legal-acts':
      return (
        (
          await tx
            .update(legalActs)
            .set({ kind: body.extra ?? 'other', code: body.code, name: body.name, isActive: body.isActive })
            .where(eq(legalActs.id, id))
            .returning({ id: legalActs.id })
        ).length > 0
      );
    case 'data-objects':
      return (
        (
          await tx
            .update(dataObjects)
            .set({
              code: body.code ?? '',
              name: body.name,
              informationSystemId: body.extra ?? '',
              // A body without synonyms (an older client) keeps the stored ones.
              ...(body.synonyms ? { synonyms: cleanSynonyms(body.synonyms) } : {}),
              isActive: body.isActive,
            })
            .where(eq(dataObjects.id, id))
            .returning({ id: dataObjects.id })
        ).length > 0
      );
  }
}

/** Whether an information system with this id exists. */
export async function informationSystemExists(db: Db | Tx, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: informationSystems.id })
    .from(informationSystems)
    .where(eq(informationSystems.id, id));
  return rows.length > 0;
}

/** Whether another data object (not `exceptId`) already has this code. */
export async function dataObjectCodeTaken(db: Db | Tx, code: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: dataObjects.id })
    .from(dataObjects)
    .where(
      exceptId ? and(eq(dataObjects.code, code), ne(dataObjects.id, exceptId)) : eq(dataObjects.code, code),
    );
  return rows.length > 0;
}

export async function findOrgIdByCode(db: Db | Tx, code: string): Promise<string | undefined> {
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.code, code));
  return rows[0]?.id;
}
