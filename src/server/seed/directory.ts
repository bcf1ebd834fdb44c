import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { LocalizedText } from '../../domain/locale.ts';
import { seedCalendarIfEmpty } from '../calendar/calendar.queries.ts';
import type { Db, Tx } from '../db/connect.ts';
import { informationSystems, organisations, planningDocuments, publicServices } from '../db/schema.ts';
import { INFORMATION_SYSTEMS, PLANNING_DOCUMENTS, PUBLIC_SERVICE_KK_NAMES } from './reference.data.ts';

const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as T;

interface OrgJson {
  code: string;
  kind: string;
  name: LocalizedText;
}
interface ServiceJson {
  name: { ru: string; kk?: string };
  provider: { ru: string };
  code: string | null;
}

/** True when the database has no organisations yet: the first start. */
export async function isEmpty(db: Db): Promise<boolean> {
  const res = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM organisations`);
  return Number((res as unknown as { rows: { n: number }[] }).rows[0].n) === 0;
}

/** The directory and reference tables every installation starts with. */
export async function seedDirectory(tx: Tx): Promise<Map<string, string>> {
  const orgs = readJson<{ organisations: OrgJson[] }>('organisations.json').organisations;
  const orgRows = await tx
    .insert(organisations)
    .values(orgs.map((o) => ({ code: o.code, kind: o.kind, name: o.name })))
    .returning({ id: organisations.id, code: organisations.code });
  const orgIds = new Map(orgRows.map((r) => [r.code, r.id]));

  const services = readJson<{ services: ServiceJson[] }>('public-services.json').services;
  await tx.insert(publicServices).values(
    services.map((s) => ({
      code: s.code,
      name: { kk: s.name.kk ?? PUBLIC_SERVICE_KK_NAMES[s.name.ru] ?? '', ru: s.name.ru },
      provider: { kk: '', ru: s.provider.ru },
    })),
  );
  await tx.insert(informationSystems).values(
    INFORMATION_SYSTEMS.map((s) => ({
      code: s.code,
      name: s.name,
      ownerOrgId: s.ownerOrgCode ? (orgIds.get(s.ownerOrgCode) ?? null) : null,
    })),
  );
  await tx.insert(planningDocuments).values(PLANNING_DOCUMENTS.map((d) => ({ kind: d.kind, name: d.name })));
  await seedCalendarIfEmpty(tx);
  return orgIds;
}
