import { policy } from '../../domain/auth/policy.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import {
  attachmentRefs,
  documentRefs,
  passportRefs,
  type ReferenceUse,
  sectorRefs,
} from '../../domain/map/map.references.ts';
import {
  type Attachments,
  FORM_PERIOD,
  type MapDocument,
  MapDocumentSchema,
  newMapDocument,
  type Passport,
  type Sector,
} from '../../domain/map/map.schema.ts';
import {
  parseSectionKey,
  readSection,
  removeSector,
  reorderSectors,
  type SectionRef,
  sectionKeys,
  sectionSchema,
  writeSection,
} from '../../domain/map/map.sections.ts';
import { type AuditContext, appendAudit } from '../audit/audit.queries.ts';
import type { Db, Tx } from '../db/connect.ts';
import { issuesFromZod } from '../http/errors.ts';
import {
  existingReferenceIds,
  findMap,
  findMapOfOrgForPeriod,
  insertMap,
  insertVersion,
  lockVersion,
  updateVersionContent,
  userNames,
  type VersionRow,
} from './maps.queries.ts';

export interface Deps {
  db: Db;
  actor: Actor;
  now: Date;
  audit: AuditContext;
}

/** Refuses references to rows that are not in the reference tables, naming each field. */
async function checkReferences(tx: Db | Tx, uses: ReferenceUse[], prefix: (string | number)[]) {
  const issues: FieldIssue[] = [];
  for (const table of ['public_services', 'information_systems', 'planning_documents'] as const) {
    const mine = uses.filter((u) => u.table === table);
    if (!mine.length) continue;
    const found = await existingReferenceIds(
      tx,
      table,
      mine.map((u) => u.id),
    );
    for (const u of mine)
      if (!found.has(u.id)) issues.push({ path: [...prefix, ...u.path], rule: 'unknown_reference' });
  }
  if (issues.length) throw new AppError('validation.failed', { issues });
}

/**
 * Creates the organisation's map for the Form's period with a first draft: empty in the
 * official form, or from a JSON document (already shape-checked at the edge).
 */
export async function createMap(deps: Deps, input: { document?: MapDocument }) {
  if (!policy.createMap(deps.actor)) throw new AppError('auth.forbidden');
  const content = input.document ?? newMapDocument();
  const periodFrom = content.passport.period.from || FORM_PERIOD.from;
  await checkReferences(deps.db, documentRefs(content), ['body', 'document']);
  return deps.db.transaction(async (tx) => {
    const existing = await findMapOfOrgForPeriod(tx, deps.actor.orgId, periodFrom);
    if (existing) throw new AppError('map.exists', { mapId: existing.id });
    const map = await insertMap(tx, { orgId: deps.actor.orgId, periodFrom, createdBy: deps.actor.userId });
    const sectionRevisions = Object.fromEntries(sectionKeys(content).map((k) => [k, 1]));
    const version = await insertVersion(tx, {
      mapId: map.id,
      number: 1,
      content,
      createdBy: deps.actor.userId,
      sectionRevisions,
    });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'map', id: map.id },
      {
        type: 'map.created',
        data: { versionNumber: 1, fromDocument: Boolean(input.document) },
      },
    );
    return { map, version };
  });
}

/** Loads a version for writing: the map must be the actor's, the section editable by the actor. */
export async function loadForWrite(tx: Tx, deps: Deps, mapId: string, number: number, section: SectionRef) {
  const found = await findMap(tx, mapId);
  if (!found || !policy.viewMap(deps.actor, found.map)) throw new AppError('map.not_found');
  const version = await lockVersion(tx, mapId, number);
  if (!version) throw new AppError('map.not_found');
  if (version.status !== 'draft') throw new AppError('map.version_not_editable');
  if (!policy.editSection(deps.actor, { orgId: found.map.orgId, status: version.status }, section.kind))
    throw new AppError('auth.forbidden');
  return version;
}

/** The current revision of a section (0 when it does not exist). */
function sectionRevision(version: VersionRow, ref: SectionRef): number {
  if (readSection(version.content, ref) === undefined) return 0;
  return version.sectionRevisions[ref.key] ?? 1;
}

/** The 409 of a stale write, read inside the writer's transaction (PGlite has one connection). */
async function conflict(tx: Tx, version: VersionRow, ref: SectionRef) {
  // Who saved this section last (versions older than per-section tracking fall back to the version's writer).
  const author = version.sectionAuthors[ref.key];
  const by = author?.by ?? version.updatedBy;
  const userNamesById = await userNames(tx, by ? [by] : []);
  return new AppError('map.section_conflict', {
    section: ref.key,
    theirs: readSection(version.content, ref) ?? null,
    theirsRevision: sectionRevision(version, ref),
    updatedAt: author?.at ?? version.updatedAt.toISOString(),
    updatedBy: by ? (userNamesById.get(by) ?? null) : null,
  });
}

/** Writes a draft's new content: re-checks the whole document, bumps the revisions of the touched sections, audits. */
export async function persist(
  tx: Tx,
  deps: Deps,
  version: VersionRow,
  content: MapDocument,
  touched: SectionRef[],
  auditType: 'map.section_saved' | 'map.section_deleted' | 'map.sectors_reordered',
) {
  // The whole document must still be a valid document of the Form (e.g. the sector limit).
  const parsed = MapDocumentSchema.safeParse(content);
  if (!parsed.success)
    throw new AppError('validation.failed', { issues: issuesFromZod(parsed.error.issues, ['document']) });
  const revision = version.revision + 1;
  const sectionRevisions = { ...version.sectionRevisions };
  const sectionAuthors = { ...version.sectionAuthors };
  for (const ref of touched) {
    sectionRevisions[ref.key] = revision;
    sectionAuthors[ref.key] = { by: deps.actor.userId, at: deps.now.toISOString() };
  }
  const row = await updateVersionContent(tx, version.id, {
    content: parsed.data,
    revision,
    sectionAuthors,
    sectionRevisions,
    updatedBy: deps.actor.userId,
    now: deps.now,
  });
  const section = touched.map((t) => t.key).join(',');
  await appendAudit(
    tx,
    deps.audit,
    { type: 'map', id: version.mapId },
    auditType === 'map.sectors_reordered'
      ? { type: auditType, data: { versionNumber: version.number, revision } }
      : { type: auditType, data: { versionNumber: version.number, section, revision } },
  );
  return row;
}

/**
 * Saves one section of a draft. The write carries the section revision it was based on; if the
 * section changed since, nothing is written and the caller gets 409 with the stored section.
 */
export async function saveSection(
  deps: Deps,
  input: { mapId: string; number: number; section: string; baseRevision: number; content: unknown },
) {
  const ref = parseSectionKey(input.section);
  if (!ref) throw new AppError('map.section_unknown');
  const parsed = sectionSchema(ref).safeParse(input.content);
  if (!parsed.success)
    throw new AppError('validation.failed', {
      issues: issuesFromZod(parsed.error.issues, ['body', 'content']),
    });
  const content = parsed.data;
  const refs =
    ref.kind === 'passport'
      ? passportRefs(content as Passport)
      : ref.kind === 'sector'
        ? sectorRefs(content as Sector)
        : attachmentRefs(content as Attachments);
  await checkReferences(deps.db, refs, ['body', 'content']);
  return deps.db.transaction(async (tx) => {
    const version = await loadForWrite(tx, deps, input.mapId, input.number, ref);
    if (sectionRevision(version, ref) !== input.baseRevision) throw await conflict(tx, version, ref);
    const row = await persist(
      tx,
      deps,
      version,
      writeSection(version.content, ref, content),
      [ref],
      'map.section_saved',
    );
    return { version: row, sectionRevision: row.revision };
  });
}

/** Removes a sector of a draft, on the same stale-write rule as saving it. */
export async function deleteSector(
  deps: Deps,
  input: { mapId: string; number: number; section: string; baseRevision: number },
) {
  const ref = parseSectionKey(input.section);
  if (ref?.kind !== 'sector') throw new AppError('map.section_unknown');
  return deps.db.transaction(async (tx) => {
    const version = await loadForWrite(tx, deps, input.mapId, input.number, ref);
    if (readSection(version.content, ref) === undefined) throw new AppError('map.section_unknown');
    if (sectionRevision(version, ref) !== input.baseRevision) throw await conflict(tx, version, ref);
    const row = await persist(
      tx,
      deps,
      version,
      removeSector(version.content, ref.sectorId!),
      [ref],
      'map.section_deleted',
    );
    return { version: row, sectionRevision: row.revision };
  });
}

/** Puts the sectors in a new order; order never conflicts with content edits. */
export async function reorderMapSectors(
  deps: Deps,
  input: { mapId: string; number: number; order: string[] },
) {
  return deps.db.transaction(async (tx) => {
    const version = await loadForWrite(tx, deps, input.mapId, input.number, {
      key: 'passport',
      kind: 'sector',
    });
    const row = await persist(
      tx,
      deps,
      version,
      reorderSectors(version.content, input.order),
      [],
      'map.sectors_reordered',
    );
    return { version: row };
  });
}
