import { policy } from '../../domain/auth/policy.ts';
import { AppError } from '../../domain/errors.ts';
import type { Locale } from '../../domain/locale.ts';
import { parseSectionKey, type SectionRef } from '../../domain/map/map.sections.ts';
import type { Db, Tx } from '../db/connect.ts';
import { mapFromWorkbook } from './map.xlsx.import.ts';
import { type Deps, loadForWrite, persist } from './maps.actions.ts';
import { findMap, findVersion, userNames, type VersionRow } from './maps.queries.ts';

/** The section the permission of an import is checked on: the cases and indicators live in sectors. */
const SECTOR_SECTION: SectionRef = { key: 'sector:import', kind: 'sector' };

/** The 409 of an import based on a revision that is no longer the draft's. */
async function staleRevision(db: Db | Tx, version: VersionRow) {
  const by = version.updatedBy;
  const name = by ? ((await userNames(db, [by])).get(by) ?? null) : null;
  return new AppError('map.revision_conflict', {
    revision: version.revision,
    updatedAt: version.updatedAt.toISOString(),
    updatedBy: name,
  });
}

/**
 * Imports the cases, business processes, plan-schedule and indicators of a draft from its XLSX
 * workbook (map.xlsx.import.ts states the merge rule). The whole file is checked against the
 * revision the caller based it on before anything is written; then, in one transaction, the row
 * is locked, the revision re-checked (a concurrent edit is a 409, never overwritten), the content
 * written with every changed section's revision bumped, and the write audited like a section save.
 */
export async function importMapWorkbook(
  deps: Deps,
  input: { mapId: string; number: number; baseRevision: number; file: Buffer; locale: Locale },
) {
  // Refuse early (and without parsing anything) what the transaction would refuse.
  const found = await findMap(deps.db, input.mapId);
  if (!found || !policy.viewMap(deps.actor, found.map)) throw new AppError('map.not_found');
  const before = await findVersion(deps.db, input.mapId, input.number);
  if (!before) throw new AppError('map.not_found');
  if (before.status !== 'draft') throw new AppError('map.version_not_editable');
  if (!policy.editSection(deps.actor, { orgId: found.map.orgId, status: before.status }, 'sector'))
    throw new AppError('auth.forbidden');
  if (before.revision !== input.baseRevision) throw await staleRevision(deps.db, before);

  const result = await mapFromWorkbook(input.file, before.content, input.locale);
  if (!result.ok) {
    if (result.code === 'map.import_invalid') throw new AppError(result.code, { issues: result.issues });
    throw new AppError(result.code, result.limit === undefined ? {} : { limit: result.limit });
  }
  const touched = result.changed.map((key) => parseSectionKey(key)!);
  if (
    touched.some((t) => t.kind === 'attachments') &&
    !policy.editSection(deps.actor, { orgId: found.map.orgId, status: before.status }, 'attachments')
  )
    throw new AppError('auth.forbidden');

  return deps.db.transaction(async (tx) => {
    const version = await loadForWrite(tx, deps, input.mapId, input.number, SECTOR_SECTION);
    if (version.revision !== input.baseRevision) throw await staleRevision(tx, version);
    // Nothing differs: no new revision, no audit entry.
    if (touched.length === 0) return { version, changed: [] as string[] };
    const row = await persist(tx, deps, version, result.content, touched, 'map.section_saved');
    return { version: row, changed: result.changed as string[] };
  });
}
