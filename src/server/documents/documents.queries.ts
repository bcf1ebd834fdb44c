import { inArray } from 'drizzle-orm';
import type { LocalizedText } from '../../domain/locale.ts';
import { documentRefs, type ReferenceTable } from '../../domain/map/map.references.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import type { Db } from '../db/connect.ts';
import { informationSystems, planningDocuments, publicServices } from '../db/schema.ts';

const TABLES = {
  public_services: publicServices,
  information_systems: informationSystems,
  planning_documents: planningDocuments,
} as const;

/** The names of every reference row a map document points at, by id (documents print names, not ids). */
export async function referenceNames(db: Db, doc: MapDocument): Promise<Map<string, LocalizedText>> {
  const ids = new Map<ReferenceTable, Set<string>>();
  for (const use of documentRefs(doc)) {
    const set = ids.get(use.table) ?? new Set<string>();
    set.add(use.id);
    ids.set(use.table, set);
  }
  const names = new Map<string, LocalizedText>();
  for (const [table, set] of ids) {
    const t = TABLES[table];
    const rows = await db
      .select({ id: t.id, name: t.name })
      .from(t)
      .where(inArray(t.id, [...set]));
    for (const row of rows) names.set(row.id, row.name);
  }
  return names;
}
