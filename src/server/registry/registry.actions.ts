import type {
  CaseOption,
  ProcessBody,
  ProcessDetailOut,
  ProcessListOut,
  ProcessListQuery,
  ProcessUpdateBody,
  RepeatedDataOut,
} from '../../api/registry.ts';
import { policy } from '../../domain/auth/policy.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { type Locale, pickText } from '../../domain/locale.ts';
import { firstInOrder } from '../../domain/registry/registry.order.ts';
import { normalizeSearch, processSearchText } from '../../domain/registry/registry.search.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { Db, Tx } from '../db/connect.ts';
import type { Deps } from '../maps/maps.actions.ts';
import { newestCases, presentOrgRef, presentProcesses, repeatedDataRows } from './registry.present.ts';
import {
  casesOfLinks,
  findProcess,
  findProcesses,
  insertProcess,
  lockProcess,
  mapOwners,
  mapsOf,
  matchProcesses,
  type OrgRow,
  orgsByIds,
  type ProcessRow,
  processesByIds,
  type RefTable,
  refsByIds,
  updateProcessRow,
} from './registry.queries.ts';

/** A state body reads its own part of the registry; the national side reads all of it (R.11.7). */
const visibleOrgId = (actor: Actor) => (policy.viewAllProcesses(actor) ? undefined : actor.orgId);

/**
 * The registry list: filters in SQL; the matches' sort keys sorted by name in the reader's
 * alphabet (or by change, or by organisation) and paged here; then only the page's rows loaded
 * and presented.
 */
export async function listProcesses(
  db: Db,
  actor: Actor,
  query: ProcessListQuery,
  locale: Locale,
): Promise<ProcessListOut> {
  const q = normalizeSearch(query.q ?? '');
  const matches = await matchProcesses(db, { ...query, q, visibleOrgId: visibleOrgId(actor) });
  const orgs =
    query.sort === 'org'
      ? await orgsByIds(
          db,
          matches.map((m) => m.orgId),
        )
      : new Map<string, OrgRow>();
  const keys = matches.map((m) => ({
    id: m.id,
    name: pickText(m.name, locale),
    time: m.updatedAt.getTime(),
    org: pickText(orgs.get(m.orgId)?.name, locale),
  }));
  type Key = (typeof keys)[number];
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: Key, b: Key) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const compare = {
    name: byName,
    '-name': (a: Key, b: Key) => byName(b, a),
    updated: (a: Key, b: Key) => a.time - b.time || byName(a, b),
    '-updated': (a: Key, b: Key) => b.time - a.time || byName(a, b),
    org: (a: Key, b: Key) => collator.compare(a.org, b.org) || byName(a, b),
  }[query.sort];
  const start = (query.page - 1) * query.pageSize;
  const page = firstInOrder(keys, start + query.pageSize, compare).slice(start);
  return {
    items: await presentProcesses(
      db,
      await processesByIds(
        db,
        page.map((k) => k.id),
      ),
      actor,
    ),
    total: matches.length,
    canCreate: policy.editProcess(actor, { orgId: actor.orgId }),
  };
}

/** One process with its repeated data requests; another body's process is not disclosed (404). */
export async function getProcess(
  db: Db,
  actor: Actor,
  id: string,
  locale: Locale,
): Promise<ProcessDetailOut> {
  const found = await findProcess(db, id);
  if (!found || !policy.viewProcess(actor, found.p)) throw new AppError('registry.not_found');
  const [item] = await presentProcesses(db, [found], actor);
  return {
    ...item,
    description: found.p.description,
    allowedActions: policy.editProcess(actor, found.p) ? ['edit'] : [],
    repeatedData: await repeatedDataRows(db, [found], locale),
  };
}

/** The national list of repeated data requests (R.40): every signed-in user reads it. */
export async function listRepeatedData(
  db: Db,
  query: { orgId?: string; informationSystemId?: string },
  locale: Locale,
): Promise<RepeatedDataOut> {
  const rows = await findProcesses(db, { orgId: query.orgId });
  const items = await repeatedDataRows(db, rows, locale, query.informationSystemId);
  return { items, total: items.length };
}

/**
 * The cases of the bodies' maps a process can be linked to: each case once, named as in the
 * newest version of its map that has it, in the order of that version.
 */
export async function listCases(db: Db, actor: Actor, orgId: string | undefined): Promise<CaseOption[]> {
  const own = visibleOrgId(actor);
  if (own && orgId && orgId !== own) return [];
  const maps = await mapsOf(db, own ?? orgId);
  const orgs = await orgsByIds(
    db,
    maps.map((m) => m.orgId),
  );
  const mapById = new Map(maps.map((m) => [m.mapId, m]));
  const cases = await newestCases(
    db,
    maps.map((m) => m.mapId),
    actor,
  );
  return [...cases.values()].flatMap((c) => {
    const map = mapById.get(c.mapId)!;
    const org = orgs.get(map.orgId);
    if (!org) return [];
    return [
      {
        org: presentOrgRef(org),
        mapId: c.mapId,
        periodFrom: Number(map.periodFrom),
        caseId: c.caseId,
        name: c.name,
        processes: c.processes,
      },
    ];
  });
}

const REF_FIELDS: [keyof ProcessBody & `${string}Ids`, RefTable][] = [
  ['publicServiceIds', 'public_services'],
  ['informationSystemIds', 'information_systems'],
  ['legalActIds', 'legal_acts'],
];

/**
 * Every reference must exist (like a map's references), and every case link must point to a case
 * of the body's own map that some version of it has; each problem names its field and rule.
 */
async function checkBody(tx: Tx, orgId: string, body: ProcessBody) {
  const issues: FieldIssue[] = [];
  for (const [field, table] of REF_FIELDS) {
    const found = await refsByIds(tx, table, body[field]);
    body[field].forEach((id, i) => {
      if (!found.has(id)) issues.push({ path: ['body', field, i], rule: 'unknown_reference' });
    });
  }
  const owners = await mapOwners(tx, body.caseLinks);
  // A case (and a business process item of it) counts when any version of the body's map has it.
  const known = new Set<string>();
  for (const c of await casesOfLinks(
    tx,
    body.caseLinks.filter((l) => owners.get(l.mapId) === orgId),
  )) {
    known.add(`${c.mapId}/${c.caseId}`);
    for (const p of c.processes) known.add(`${c.mapId}/${c.caseId}/${p.id}`);
  }
  body.caseLinks.forEach((l, i) => {
    const path = ['body', 'caseLinks', i];
    if (owners.get(l.mapId) !== orgId) issues.push({ path: [...path, 'mapId'], rule: 'unknown_case' });
    else if (!known.has(`${l.mapId}/${l.caseId}`))
      issues.push({ path: [...path, 'caseId'], rule: 'unknown_case' });
    else if (l.processItemId && !known.has(`${l.mapId}/${l.caseId}/${l.processItemId}`))
      issues.push({ path: [...path, 'processItemId'], rule: 'unknown_process_item' });
  });
  if (issues.length) throw new AppError('validation.failed', { issues });
}

const unique = (ids: string[]) => [...new Set(ids)];

function values(body: ProcessBody, derived: Pick<ProcessRow, 'roles' | 'steps' | 'dataNames'>) {
  const en = body.name.en?.trim();
  const name = { kk: body.name.kk, ru: body.name.ru, ...(en ? { en } : {}) };
  return {
    name,
    description: body.description,
    status: body.status,
    caseLinks: [
      ...new Map(body.caseLinks.map((l) => [`${l.mapId}/${l.caseId}/${l.processItemId ?? ''}`, l])).values(),
    ],
    publicServiceIds: unique(body.publicServiceIds),
    informationSystemIds: unique(body.informationSystemIds),
    legalActIds: unique(body.legalActIds),
    searchText: processSearchText({
      name,
      description: body.description,
      roles: derived.roles,
      steps: derived.steps,
      dataNames: derived.dataNames,
    }),
  };
}

/** The body's office (or data officer) adds a process to its registry (R.11.7). */
export async function createProcess(deps: Deps, body: ProcessBody) {
  const orgId = deps.actor.orgId;
  if (!policy.editProcess(deps.actor, { orgId })) throw new AppError('auth.forbidden');
  return deps.db.transaction(async (tx) => {
    await checkBody(tx, orgId, body);
    const row = await insertProcess(tx, {
      orgId,
      ...values(body, { roles: [], steps: [], dataNames: [] }),
      revision: 1,
      createdAt: deps.now,
      updatedAt: deps.now,
    });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'process', id: row.id },
      { type: 'process.created', data: { status: row.status, revision: row.revision } },
    );
    return { id: row.id, revision: row.revision };
  });
}

/** Changes a process; a change based on an older revision is refused (409) and nothing is stored. */
export async function updateProcess(deps: Deps, id: string, body: ProcessUpdateBody) {
  return deps.db.transaction(async (tx) => {
    const row = await lockProcess(tx, id);
    if (!row || !policy.viewProcess(deps.actor, row)) throw new AppError('registry.not_found');
    if (!policy.editProcess(deps.actor, row)) throw new AppError('auth.forbidden');
    if (row.revision !== body.revision)
      throw new AppError('registry.conflict', {
        revision: row.revision,
        updatedAt: row.updatedAt.toISOString(),
      });
    await checkBody(tx, row.orgId, body);
    const saved = await updateProcessRow(tx, id, {
      ...values(body, row),
      revision: row.revision + 1,
      updatedAt: deps.now,
    });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'process', id },
      { type: 'process.updated', data: { status: saved.status, revision: saved.revision } },
    );
    return { id, revision: saved.revision };
  });
}
