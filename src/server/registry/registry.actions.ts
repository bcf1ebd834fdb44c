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
import { PartialOrder } from '../../domain/registry/registry.order.ts';
import { normalizeSearch, processSearchText } from '../../domain/registry/registry.search.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { Db, Tx } from '../db/connect.ts';
import type { Deps } from '../maps/maps.actions.ts';
import { searchOrdersOf } from './registry.cache.ts';
import {
  newestCases,
  presentOrgRef,
  presentProcesses,
  repeatedDataRows,
  versionVisibility,
} from './registry.present.ts';
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
  type PageRow,
  type ProcessFilter,
  type ProcessRow,
  processPage,
  type RefTable,
  refsByIds,
  registryStamp,
  updateProcessRow,
} from './registry.queries.ts';

/** A state body reads its own part of the registry; the national side reads all of it (R.11.7). */
const visibleOrgId = (actor: Actor) => (policy.viewAllProcesses(actor) ? undefined : actor.orgId);

/** What the list orders matches by: the name in the reader's language, the change, the organisation. */
interface SortKey {
  id: string;
  name: string;
  time: number;
  org: string;
}

/**
 * Every match of a search in the list's order, sorted as far as it is read. The order is total
 * (ties end on the id), so it depends only on the matches' keys, never on the order SQL returns.
 */
async function searchOrder(
  db: Db,
  filter: ProcessFilter,
  sort: ProcessListQuery['sort'],
  locale: Locale,
): Promise<PartialOrder<SortKey>> {
  const matches = await matchProcesses(db, filter);
  const orgs =
    sort === 'org'
      ? await orgsByIds(
          db,
          matches.map((m) => m.orgId),
        )
      : new Map<string, OrgRow>();
  const orgName = new Map([...orgs].map(([id, org]) => [id, pickText(org.name, locale)]));
  const keys: SortKey[] = matches.map((m) => ({
    id: m.id,
    name: pickText(m.name, locale),
    time: m.updatedAt.getTime(),
    org: orgName.get(m.orgId) ?? '',
  }));
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: SortKey, b: SortKey) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const compare = {
    name: byName,
    '-name': (a: SortKey, b: SortKey) => byName(b, a),
    updated: (a: SortKey, b: SortKey) => a.time - b.time || byName(a, b),
    '-updated': (a: SortKey, b: SortKey) => b.time - a.time || byName(a, b),
    org: (a: SortKey, b: SortKey) => collator.compare(a.org, b.org) || byName(a, b),
  }[sort];
  return new PartialOrder(keys, compare);
}

/**
 * The registry list: filters in SQL; the matches' sort keys sorted by name in the reader's
 * alphabet (or by change, or by organisation) and paged here; then only the page's rows loaded
 * and presented.
 *
 * The order is remembered per registry stamp (registry.cache.ts) and per everything that decides
 * the matches and their order: the filters, the normalised text, the sort, the language and the
 * part of the registry the reader may see. A repeated search then reads the page's rows with the
 * stamp — not every match. `cached: false` answers without the cache (the tests' reference).
 */
export async function listProcesses(
  db: Db,
  actor: Actor,
  query: ProcessListQuery,
  locale: Locale,
  opts: { cached?: boolean } = {},
): Promise<ProcessListOut> {
  const { page, pageSize, q: rawQ, ...rest } = query;
  const filter: ProcessFilter & { sort: ProcessListQuery['sort'] } = {
    ...rest,
    q: normalizeSearch(rawQ ?? ''),
    visibleOrgId: visibleOrgId(actor),
  };
  const build = () => searchOrder(db, filter, query.sort, locale);
  // Every field but the page decides the matches or their order: a filter added to the query
  // joins the key by itself.
  const key = JSON.stringify([
    locale,
    ...Object.entries(filter)
      .filter(([, v]) => v !== undefined && v !== '')
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  ]);
  const visibility = versionVisibility(actor);
  const start = (page - 1) * pageSize;
  const answer = async (order: PartialOrder<SortKey>, rows: PageRow[], stamp: string | undefined) => ({
    items: await presentProcesses(db, rows, stamp),
    total: order.length,
    canCreate: policy.editProcess(actor, { orgId: actor.orgId }),
  });
  const pageOf = (order: PartialOrder<SortKey>) =>
    processPage(
      db,
      order.slice(start, start + pageSize).map((k) => k.id),
      visibility,
    );
  if (opts.cached === false) {
    const order = await build();
    return answer(order, (await pageOf(order)).rows, undefined);
  }
  const orders = searchOrdersOf<SortKey>(db);
  // A search remembered under the newest stamp this process has read is answered with one
  // statement: the page comes with the stamp of its own snapshot, and if that is still the one the
  // order was remembered under, no write has come between them. Otherwise (a write has come, or
  // the search is not remembered) the stamp is read first, as below.
  const known = orders.newest;
  const remembered = known === undefined ? undefined : orders.peek(known, key);
  if (remembered) {
    const read = await pageOf(remembered);
    if (read.stamp === known) return answer(remembered, read.rows, known);
  }
  const stamp = await registryStamp(db);
  const order = stamp === undefined ? await build() : await orders.get(stamp, key, build);
  return answer(order, (await pageOf(order)).rows, stamp);
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
  const [item] = await presentProcesses(
    db,
    (await processPage(db, [found.p.id], versionVisibility(actor))).rows,
  );
  if (!item) throw new AppError('registry.not_found');
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
