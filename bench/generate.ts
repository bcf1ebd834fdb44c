import type { LocalizedText } from '../src/domain/locale.ts';
import { type Case, type MapDocument, MapDocumentSchema, type Sector } from '../src/domain/map/map.schema.ts';
import { sectionKeys } from '../src/domain/map/map.sections.ts';
import { monitoredIndicators } from '../src/domain/monitoring/indicators.ts';
import { formatPeriod, type Period, periodDates, periodsOfRange } from '../src/domain/monitoring/period.ts';
import { processSearchText } from '../src/domain/registry/registry.search.ts';
import type { DemoRefs } from '../src/server/seed/demo-refs.ts';
import { buildVariantTemplates, type VariantTemplate } from './bpmn-templates.ts';
import { AKIMATS, buildCorpus, type Corpus, REGIONS, ROLES } from './corpus.ts';
import { createRng, type Rng } from './prng.ts';

/**
 * The national-scale bench data as a deterministic stream of row batches: the same seed, scale and
 * reference rows give the same rows in the same order. Pure: no database, no clock — the writer
 * (data.ts) inserts the batches, the test hashes them.
 */

export interface BenchOptions {
  seed: number;
  /** 1 = national scale (40 bodies, 10⁵ processes, a year of audit); 0.1 = a tenth of every count. */
  scale: number;
  /** Overrides, for tests: the map's shape and the counts. */
  sectors?: number;
  casesPerSector?: number;
  gridCases?: number;
  bodies?: number;
  processes?: number;
  auditEvents?: number;
  variantTemplates?: number;
}

export interface Counts {
  bodies: number;
  versionsPerMap: number;
  sectors: number;
  casesPerSector: number;
  gridCases: number;
  processes: number;
  auditEvents: number;
  variantTemplates: number;
}

export const NATIONAL = { bodies: 40, processes: 100_000, auditEvents: 250_000 } as const;

export function countsOf(o: BenchOptions): Counts {
  return {
    bodies: o.bodies ?? Math.max(1, Math.min(40, Math.round(NATIONAL.bodies * o.scale))),
    versionsPerMap: 5,
    sectors: o.sectors ?? 10,
    casesPerSector: o.casesPerSector ?? 30,
    gridCases: o.gridCases ?? 500,
    processes: o.processes ?? Math.round(NATIONAL.processes * o.scale),
    auditEvents: o.auditEvents ?? Math.round(NATIONAL.auditEvents * o.scale),
    variantTemplates: o.variantTemplates ?? 64,
  };
}

/** The reference rows the seed created (seed.ts), in a stable order (by code or Russian name). */
export interface BenchRefs {
  /** State bodies of the directory (central state bodies and the authorized body), by code. */
  stateBodies: { id: string; code: string; name: LocalizedText }[];
  authorizedOrgId: string;
  centerOrgId: string;
  services: { id: string; name: LocalizedText }[];
  systems: { id: string; code: string | null; name: LocalizedText }[];
  legalActIds: string[];
  demo: DemoRefs;
}

export type Row = Record<string, unknown>;
export interface Batch {
  table: string;
  rows: Row[];
}

/** jsonb columns per table (the writer casts them). */
export const JSON_COLUMNS: Record<string, readonly string[]> = {
  organisations: ['name'],
  map_versions: ['content', 'section_revisions', 'section_authors'],
  business_processes: [
    'name',
    'case_links',
    'public_service_ids',
    'information_system_ids',
    'legal_act_ids',
    'roles',
    'steps',
    'data_names',
  ],
  audit_events: ['data'],
  bench_variant_templates: ['model', 'metrics'],
};

/** Where the users' password hash goes: the writer replaces it (argon2 salts are random). */
export const PASSWORD_PLACEHOLDER = '$bench-password$';
export const BENCH_PASSWORD = 'bench-password-1';

export interface BenchBody {
  orgId: string;
  code: string;
  name: LocalizedText;
  mapId: string;
  versionIds: string[];
  users: { office: string; deputy: string; head: string; data: string };
}

/** What the bench run needs to know about the generated data (written to bench-data.json). */
export interface BenchManifest {
  seed: number;
  scale: number;
  counts: Counts;
  bodies: { orgId: string; code: string; mapId: string; draftNumber: number; publishedNumber: number }[];
  gridMap: { mapId: string; number: number; sectorId: string; ownerLogin: string };
  logins: { national: string; password: string };
  sectorIds: string[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const DAY = 86_400_000;
const text = (kk: string, ru: string): LocalizedText => ({ kk, ru });
const suffix = (t: LocalizedText, s: LocalizedText): LocalizedText =>
  text(`${t.kk} (${s.kk})`, `${t.ru} (${s.ru})`);

const FIRST_NAMES = [
  'Асқар',
  'Айгүл',
  'Ерлан',
  'Динара',
  'Нұрлан',
  'Гүлнар',
  'Бауыржан',
  'Сәуле',
  'Данияр',
  'Жанар',
];
const FATHERS = ['Нұрланұлы', 'Серікқызы', 'Болатұлы', 'Маратқызы', 'Қайратұлы', 'Ерланқызы'];
const SURNAMES = [
  'Сейітов',
  'Ахметова',
  'Жұмабеков',
  'Оспанова',
  'Тоқаев',
  'Әбенова',
  'Қасымов',
  'Сәрсенова',
];

/** A map of a body: `sectors` sectors of `cases` cases cloned from the complete demo sectors. */
export function makeMapDocument(
  rng: Rng,
  corpus: Corpus,
  refs: BenchRefs,
  body: { name: LocalizedText; index: number },
  shape: { sectors: number; cases: number; periodFrom?: number },
): MapDocument {
  const base = structuredClone(corpus.templateDoc);
  const sectors: Sector[] = [];
  for (let i = 0; i < shape.sectors; i++) {
    const tpl = corpus.templateSectors[(body.index + i) % corpus.templateSectors.length];
    const sid = `s${i + 1}`;
    const sector = structuredClone(tpl);
    sector.id = sid;
    sector.name = suffix(tpl.name, REGIONS[(body.index * 3 + i) % REGIONS.length]);
    sector.cases = [];
    for (let k = 0; k < shape.cases; k++) {
      const tc = tpl.cases[k % tpl.cases.length];
      const c: Case = structuredClone(tc);
      c.id = `${sid}-c${k + 1}`;
      c.name = k < tpl.cases.length ? tc.name : suffix(tc.name, REGIONS[(k + i) % REGIONS.length]);
      c.processes = tc.processes.map((p, j) => ({
        ...structuredClone(p),
        id: `${c.id}-p${j + 1}`,
        name: j === 0 ? p.name : rng.pick(corpus.processNames),
      }));
      const svc = rng.pick(refs.services).id;
      if (!c.publicServiceIds.includes(svc) && rng.chance(0.5)) c.publicServiceIds.push(svc);
      sector.cases.push(c);
    }
    // Fast Track projects point at cases: the clones of the template's cases keep their positions.
    sector.fastTrack = tpl.fastTrack.map((f) => ({
      ...structuredClone(f),
      caseId: f.caseId ? `${sid}-c${tpl.cases.findIndex((c) => c.id === f.caseId) + 1}` : null,
    }));
    sectors.push(sector);
  }
  const from = shape.periodFrom ?? 2025;
  const doc: MapDocument = {
    ...base,
    passport: {
      ...base.passport,
      title: text(
        `${body.name.kk}: цифрлық трансформация картасы`,
        `Карта цифровой трансформации: ${body.name.ru}`,
      ),
      period: { from, to: from + 4 },
    },
    sectors,
  };
  return MapDocumentSchema.parse(doc);
}

/** A later version: an amendment rewrites a few cases' responsible units and one sector's description. */
function amend(doc: MapDocument, rng: Rng, v: number, corpus: Corpus): MapDocument {
  const next = structuredClone(doc);
  const s = next.sectors[v % next.sectors.length];
  s.description = text(`${s.description.kk} (${v}-редакция)`, `${s.description.ru} (редакция ${v})`);
  for (const sector of next.sectors)
    for (const c of sector.cases)
      if (rng.chance(0.05)) c.functions = [{ id: `f-v${v}`, name: rng.pick(corpus.processNames) }];
  return next;
}

const VERSION_PLAN = [
  { status: 'returned', created: '2025-01-20', submitted: '2025-02-03', decided: '2025-02-14' },
  {
    status: 'superseded',
    created: '2025-02-17',
    submitted: '2025-03-03',
    approved: '2025-03-24',
    published: '2025-03-26',
  },
  {
    status: 'superseded',
    created: '2025-08-04',
    submitted: '2025-08-18',
    approved: '2025-09-08',
    published: '2025-09-10',
  },
  {
    status: 'published',
    created: '2026-02-02',
    submitted: '2026-02-16',
    approved: '2026-03-09',
    published: '2026-03-11',
  },
  { status: 'draft', created: '2026-10-05' },
] as const;

export interface Generated {
  counts: Counts;
  manifest: BenchManifest;
  templates: VariantTemplate[];
  batches: AsyncGenerator<Batch>;
}

/** The generator: batches in FK order; `manifest` is complete once the stream is drained. */
export async function generate(opts: BenchOptions, refs: BenchRefs): Promise<Generated> {
  const counts = countsOf(opts);
  const root = createRng(opts.seed, 'bench');
  const corpus = buildCorpus(refs.demo);
  const templates = await buildVariantTemplates(root.fork('bpmn'), counts.variantTemplates, {
    processNames: corpus.processNames,
    roles: ROLES,
    dataNames: corpus.dataNames,
  });
  const manifest: BenchManifest = {
    seed: opts.seed,
    scale: opts.scale,
    counts,
    bodies: [],
    gridMap: { mapId: '', number: 1, sectorId: 's1', ownerLogin: '' },
    logins: { national: 'reviewer@bench', password: BENCH_PASSWORD },
    sectorIds: Array.from({ length: counts.sectors }, (_, i) => `s${i + 1}`),
  };
  return {
    counts,
    manifest,
    templates,
    batches: stream(counts, refs, corpus, templates, manifest, root),
  };
}

async function* stream(
  counts: Counts,
  refs: BenchRefs,
  corpus: Corpus,
  templates: VariantTemplate[],
  manifest: BenchManifest,
  root: Rng,
): AsyncGenerator<Batch> {
  const ids = root.fork('ids');
  // Bodies: the directory's state bodies first, then regional akimats up to the count.
  const extra = Math.max(0, counts.bodies - refs.stateBodies.length);
  const akimats = AKIMATS.slice(0, extra).map((a) => ({ id: ids.uuid(), code: a.code, name: a.name }));
  if (akimats.length)
    yield {
      table: 'organisations',
      rows: akimats.map((a) => ({
        id: a.id,
        code: a.code,
        kind: 'central_state_body',
        name: a.name,
        created_at: iso(day('2025-01-01')),
      })),
    };
  const orgs = [...refs.stateBodies, ...akimats].slice(0, counts.bodies);
  const people = root.fork('people');
  const personName = () => `${people.pick(SURNAMES)} ${people.pick(FIRST_NAMES)} ${people.pick(FATHERS)}`;

  // Users: four roles per body, and the national side.
  const bodies: BenchBody[] = orgs.map((o) => ({
    orgId: o.id,
    code: o.code,
    name: o.name,
    mapId: ids.uuid(),
    versionIds: Array.from({ length: counts.versionsPerMap }, () => ids.uuid()),
    users: { office: ids.uuid(), deputy: ids.uuid(), head: ids.uuid(), data: ids.uuid() },
  }));
  const national = {
    reviewer: { id: ids.uuid(), login: 'reviewer@bench', org: refs.authorizedOrgId, role: 'reviewer' },
    authority: {
      id: ids.uuid(),
      login: 'authority@bench',
      org: refs.authorizedOrgId,
      role: 'authority_head',
    },
    expert: { id: ids.uuid(), login: 'expert@bench', org: refs.centerOrgId, role: 'center_expert' },
  };
  const userRows: Row[] = [];
  const roleRows: Row[] = [];
  const addUser = (id: string, login: string, orgId: string, role: string) => {
    userRows.push({
      id,
      login,
      full_name: personName(),
      password_hash: PASSWORD_PLACEHOLDER,
      org_id: orgId,
      locale: people.chance(0.5) ? 'kk' : 'ru',
      created_at: iso(day('2025-01-10')),
    });
    roleRows.push({ user_id: id, role });
  };
  for (const b of bodies) {
    addUser(b.users.office, `office@${b.code}`, b.orgId, 'dt_office');
    addUser(b.users.deputy, `deputy@${b.code}`, b.orgId, 'deputy_head');
    addUser(b.users.head, `head@${b.code}`, b.orgId, 'first_head');
    addUser(b.users.data, `data@${b.code}`, b.orgId, 'data_officer');
  }
  for (const u of Object.values(national)) addUser(u.id, u.login, u.org, u.role);
  yield { table: 'users', rows: userRows };
  yield { table: 'user_roles', rows: roleRows };

  // Maps and their five versions; the published one is kept for monitoring and the registry.
  yield {
    table: 'maps',
    rows: bodies.map((b) => ({
      id: b.mapId,
      org_id: b.orgId,
      period_from: 2025,
      created_at: iso(day(VERSION_PLAN[0].created)),
      created_by: b.users.office,
    })),
  };
  const published = new Map<string, MapDocument>();
  const docs = root.fork('docs');
  for (let bi = 0; bi < bodies.length; bi++) {
    const b = bodies[bi];
    let doc = makeMapDocument(
      docs,
      corpus,
      refs,
      { name: b.name, index: bi },
      {
        sectors: counts.sectors,
        cases: counts.casesPerSector,
      },
    );
    const rows: Row[] = [];
    for (let v = 0; v < counts.versionsPerMap; v++) {
      if (v > 0) doc = MapDocumentSchema.parse(amend(doc, docs, v + 1, corpus));
      const plan = VERSION_PLAN[v];
      const keys = sectionKeys(doc);
      const at = (s: string | undefined) => (s ? iso(day(s) + 10 * 3600_000) : null);
      rows.push({
        id: b.versionIds[v],
        map_id: b.mapId,
        number: v + 1,
        status: plan.status,
        content: doc,
        revision: keys.length,
        section_revisions: Object.fromEntries(keys.map((k, i) => [k, i + 1])),
        section_authors: Object.fromEntries(
          keys.map((k) => [k, { by: b.users.office, at: at(plan.created) }]),
        ),
        created_at: at(plan.created),
        created_by: b.users.office,
        updated_at: at('submitted' in plan ? plan.submitted : plan.created),
        updated_by: b.users.office,
        based_on_version_id: v > 0 ? b.versionIds[v - 1] : null,
        amendment_ground: v >= 2 ? 2 : null,
        amendment_justification: v >= 2 ? 'Мемлекеттік жоспарлау жүйесінің құжаттарына өзгерістер' : null,
        submitted_at: 'submitted' in plan ? at(plan.submitted) : null,
        received_on: 'submitted' in plan ? plan.submitted : null,
        review_due: 'submitted' in plan ? iso(day(plan.submitted) + 14 * DAY).slice(0, 10) : null,
        decision: 'decided' in plan ? 'return' : 'approved' in plan ? 'agree' : null,
        decision_reason: 'decided' in plan ? 'Көрсеткіштердің нысаналы мәндерін нақтылау қажет' : null,
        decided_at: 'decided' in plan ? at(plan.decided) : 'approved' in plan ? at(plan.approved) : null,
        decided_by: 'submitted' in plan ? national.authority.id : null,
        approved_at: 'approved' in plan ? at(plan.approved) : null,
        approved_on: 'approved' in plan ? plan.approved : null,
        approved_by: 'approved' in plan ? b.users.head : null,
        publication_due: 'approved' in plan ? iso(day(plan.approved) + 3 * DAY).slice(0, 10) : null,
        published_at: 'published' in plan ? at(plan.published) : null,
        published_on: 'published' in plan ? plan.published : null,
      });
      if (plan.status === 'published') published.set(b.mapId, doc);
    }
    yield { table: 'map_versions', rows };
    manifest.bodies.push({
      orgId: b.orgId,
      code: b.code,
      mapId: b.mapId,
      draftNumber: VERSION_PLAN.findIndex((p) => p.status === 'draft') + 1,
      publishedNumber: VERSION_PLAN.findIndex((p) => p.status === 'published') + 1,
    });
  }

  // The 500-case plan-schedule: one sector of `gridCases` cases, a draft of the first body for 2030–2034.
  {
    const b = bodies[0];
    const mapId = ids.uuid();
    const doc = makeMapDocument(
      docs,
      corpus,
      refs,
      { name: b.name, index: 0 },
      {
        sectors: 1,
        cases: counts.gridCases,
        periodFrom: 2030,
      },
    );
    yield {
      table: 'maps',
      rows: [
        {
          id: mapId,
          org_id: b.orgId,
          period_from: 2030,
          created_at: iso(day('2026-10-01')),
          created_by: b.users.office,
        },
      ],
    };
    const keys = sectionKeys(doc);
    yield {
      table: 'map_versions',
      rows: [
        {
          id: ids.uuid(),
          map_id: mapId,
          number: 1,
          status: 'draft',
          content: doc,
          revision: 1,
          section_revisions: Object.fromEntries(keys.map((k) => [k, 1])),
          section_authors: {},
          created_at: iso(day('2026-10-01')),
          created_by: b.users.office,
          updated_at: iso(day('2026-10-01')),
          updated_by: b.users.office,
        },
      ],
    };
    manifest.gridMap = { mapId, number: 1, sectorId: 's1', ownerLogin: `office@${b.code}` };
  }

  // Monitoring: 5 years of quarterly and annual reports on the published version.
  const mon = root.fork('monitoring');
  const periods: Period[] = periodsOfRange({ from: 2025, to: 2029 });
  for (const b of bodies) {
    const doc = published.get(b.mapId)!;
    const publishedId = b.versionIds[VERSION_PLAN.findIndex((p) => p.status === 'published')];
    const periodRows: Row[] = [];
    const periodId = new Map<string, string>();
    for (const p of periods) {
      const name = formatPeriod(p);
      const end = periodDates(p).end;
      const id = mon.uuid();
      periodId.set(name, id);
      const submitted = day(end) + mon.int(5, 14) * DAY;
      periodRows.push({
        id,
        org_id: b.orgId,
        map_id: b.mapId,
        version_id: publishedId,
        period: name,
        status: 'locked',
        opened_on: iso(day(end) + DAY).slice(0, 10),
        due: iso(day(end) + 15 * DAY).slice(0, 10),
        submitted_at: iso(submitted),
        submitted_by: b.users.office,
        locked_at: iso(submitted + 2 * DAY),
        locked_by: b.users.deputy,
        created_at: iso(day(end) + DAY),
      });
    }
    yield { table: 'reporting_periods', rows: periodRows };
    const actualRows: Row[] = [];
    for (const p of periods) {
      const name = formatPeriod(p);
      for (const mi of monitoredIndicators(doc)) {
        const target = mi.indicator.targets[String(p.year)] ?? mi.indicator.baselineValue ?? 100;
        actualRows.push({
          id: mon.uuid(),
          map_id: b.mapId,
          period_id: periodId.get(name),
          period: name,
          indicator_kind: mi.kind,
          container_id: mi.containerId ?? '',
          indicator_id: mi.indicator.id,
          value: Math.round(target * (0.7 + mon.next() * 0.45) * 100) / 100,
          value_date: periodDates(p).end,
          source: 'ҰСБ / БНС',
          comment: '',
          revision: 1,
          updated_by: b.users.office,
          updated_at: iso(day(periodDates(p).end) + 5 * DAY),
        });
      }
    }
    yield* chunks('indicator_actuals', actualRows, 1000);
    const cellRows: Row[] = [];
    const quarterPeriods = periods.filter((p) => p.kind === 'quarter');
    for (const sector of doc.sectors)
      for (const c of sector.cases) {
        const lines = c.scheduleByProcess
          ? c.processes.map((p) => ({ processId: p.id as string | null, cells: p.schedule }))
          : [{ processId: null, cells: c.schedule }];
        for (const line of lines)
          line.cells.forEach((code, q) => {
            if (!code) return;
            const p = quarterPeriods[q];
            const name = formatPeriod(p);
            const r = mon.next();
            cellRows.push({
              id: mon.uuid(),
              map_id: b.mapId,
              period_id: periodId.get(name),
              period: name,
              case_id: c.id,
              process_id: line.processId,
              quarter: q,
              state: r < 0.7 ? 'done' : r < 0.9 ? 'in_progress' : 'not_started',
              comment: '',
              updated_by: b.users.office,
              updated_at: iso(day(periodDates(p).end) + 6 * DAY),
            });
          });
      }
    yield* chunks('cell_reports', cellRows, 1000);
  }

  // The registry: processes spread over the bodies, each linked to a case of its body's map.
  const reg = root.fork('registry');
  const processIds: string[] = [];
  const PROCESS_BATCH = 1000;
  for (let start = 0; start < counts.processes; start += PROCESS_BATCH) {
    const rows: Row[] = [];
    const variants: Row[] = [];
    for (let i = start; i < Math.min(counts.processes, start + PROCESS_BATCH); i++) {
      const b = bodies[i % bodies.length];
      const doc = published.get(b.mapId)!;
      const sector = reg.pick(doc.sectors);
      const c = reg.pick(sector.cases);
      const item = c.processes.length ? reg.pick(c.processes) : null;
      const base = item?.name ?? c.name;
      const name = suffix(base, reg.pick(REGIONS));
      const svc = reg.pick(refs.services);
      const tplIndex = reg.int(0, templates.length - 1);
      const tpl = templates[tplIndex];
      const description = `${svc.name.ru}. ${svc.name.kk}`;
      const id = reg.uuid();
      const created = day('2025-04-01') + reg.int(0, 540) * DAY;
      const status = reg.next() < 0.8 ? 'current' : reg.chance(0.5) ? 'in_reengineering' : 'reengineered';
      processIds.push(id);
      rows.push({
        id,
        org_id: b.orgId,
        name,
        description,
        status,
        case_links: [{ mapId: b.mapId, caseId: c.id, processItemId: item?.id ?? null }],
        public_service_ids: [svc.id],
        information_system_ids: [reg.pick(refs.systems).id],
        legal_act_ids: [reg.pick(refs.legalActIds)],
        roles: tpl.roles,
        steps: tpl.steps,
        data_names: tpl.dataNames,
        search_text: processSearchText({
          name,
          description,
          roles: tpl.roles,
          steps: tpl.steps,
          dataNames: tpl.dataNames,
        }),
        revision: 1,
        created_at: iso(created),
        updated_at: iso(created + reg.int(0, 60) * DAY),
      });
      variants.push({
        id: reg.uuid(),
        process_id: id,
        kind: 'as_is',
        revision: 1,
        template: tplIndex,
        created_by: b.users.data,
        created_at: iso(created),
      });
      if (status !== 'current')
        variants.push({
          id: reg.uuid(),
          process_id: id,
          kind: 'target',
          revision: 1,
          template: (tplIndex + 1) % templates.length,
          created_by: b.users.office,
          created_at: iso(created + 30 * DAY),
        });
    }
    yield { table: 'business_processes', rows };
    yield { table: 'process_variants', rows: variants };
  }

  // A year of audit events, in time order (the database chains their hashes as they arrive).
  const aud = root.fork('audit');
  const from = day('2025-11-22');
  const span = 365 * DAY;
  const AUDIT_BATCH = 2000;
  for (let start = 0; start < counts.auditEvents; start += AUDIT_BATCH) {
    const rows: Row[] = [];
    for (let i = start; i < Math.min(counts.auditEvents, start + AUDIT_BATCH); i++) {
      const at = from + Math.floor((i * span) / Math.max(1, counts.auditEvents)) + aud.int(0, 999);
      const b = bodies[aud.int(0, bodies.length - 1)];
      const r = aud.next();
      const ip = `10.${aud.int(0, 255)}.${aud.int(0, 255)}.${aud.int(1, 254)}`;
      let row: Row;
      if (r < 0.3)
        row = {
          actor_id: b.users.office,
          subject_type: 'user',
          subject_id: b.users.office,
          type: 'auth.login',
          data: { login: `office@${b.code}` },
        };
      else if (r < 0.6)
        row = {
          actor_id: b.users.office,
          subject_type: 'map',
          subject_id: b.mapId,
          type: 'map.section_saved',
          data: { versionNumber: 5, section: `sector:s${aud.int(1, counts.sectors)}`, revision: i + 1 },
        };
      else if (r < 0.8 && processIds.length) {
        const k = aud.int(0, processIds.length - 1);
        row = {
          actor_id: b.users.data,
          subject_type: 'process',
          subject_id: processIds[k],
          type: 'process.updated',
          data: { status: 'current', revision: 2 },
        };
      } else {
        const q = aud.int(1, 4);
        row = {
          actor_id: b.users.office,
          subject_type: 'map',
          subject_id: b.mapId,
          type: 'monitoring.cells_saved',
          data: { period: `2026-Q${q}`, count: aud.int(1, 40) },
        };
      }
      rows.push({ at: iso(at), org_id: b.orgId, ip, ...row });
    }
    yield { table: 'audit_events', rows };
  }
}

function* chunks(table: string, rows: Row[], size: number): Generator<Batch> {
  for (let i = 0; i < rows.length; i += size) yield { table, rows: rows.slice(i, i + size) };
}
