import { inArray } from 'drizzle-orm';
import type { LocalizedText } from '../../domain/locale.ts';
import type { Db } from '../db/connect.ts';
import { legalActs, organisations } from '../db/schema.ts';

/** The legal acts of an as-is description (R.32.1) by id: their number and date, and name. */
export async function legalActsByIds(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { code: string | null; name: LocalizedText }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: legalActs.id, code: legalActs.code, name: legalActs.name })
    .from(legalActs)
    .where(inArray(legalActs.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}

/** The names of organisations by id (the team members' organisations). */
export async function organisationNames(db: Db, ids: readonly string[]): Promise<Map<string, LocalizedText>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
