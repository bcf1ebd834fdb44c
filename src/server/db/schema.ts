import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../domain/locale.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';

/** Binary content (uploaded files): a Buffer on `pg`, a Uint8Array on PGlite — both Uint8Array. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** The directory of organisations (shared/data/organisations.json), edited by an admin. */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  kind: text('kind').notNull(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  login: text('login').notNull().unique(),
  fullName: text('full_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  orgId: uuid('org_id')
    .notNull()
    .references(() => organisations.id),
  isActive: boolean('is_active').notNull().default(true),
  locale: text('locale').notNull().default('kk'),
  /** Where notifications are e-mailed when SMTP is configured (optional). */
  email: text('email'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Roles a user holds in the organisation the user belongs to. */
export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** External identities (e-gov IdP via OIDC/SAML later): a seam, unused by password login. */
export const identities = pgTable(
  'identities',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.subject] })],
);

/** Sessions: only the SHA-256 of the random cookie token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed sign-ins per login (lower-cased), whether or not the login exists — so the lockout does
 * not reveal which accounts exist. A success deletes the row.
 */
export const loginThrottle = pgTable('login_throttle', {
  login: text('login').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** Register of public services (Order 39/НҚ); codes are filled in by an admin, never invented. */
export const publicServices = pgTable('public_services', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code'),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  provider: jsonb('provider').$type<LocalizedText>().notNull(),
  isActive: boolean('is_active').notNull().default(true),
});

/** Information systems of e-government that maps and processes refer to. */
export const informationSystems = pgTable('information_systems', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code'),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  ownerOrgId: uuid('owner_org_id').references(() => organisations.id),
  isActive: boolean('is_active').notNull().default(true),
});

/** Documents of the State Planning System (МЖЖ / СГП). */
export const planningDocuments = pgTable('planning_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  isActive: boolean('is_active').notNull().default(true),
});

/** A state body's map for one five-year period; its content lives in versions. */
export const maps = pgTable(
  'maps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    periodFrom: integer('period_from').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('maps_org_period_uq').on(t.orgId, t.periodFrom)],
);

/**
 * A version of a map: one JSONB document validated by the Form's schema. `revision` grows with
 * every write; `sectionRevisions` remembers the revision at which each section was last written,
 * so a stale write of one section is detected without blocking writes of other sections.
 */
export const mapVersions = pgTable(
  'map_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mapId: uuid('map_id')
      .notNull()
      .references(() => maps.id),
    number: integer('number').notNull(),
    status: text('status').notNull().default('draft'),
    content: jsonb('content').$type<MapDocument>().notNull(),
    revision: integer('revision').notNull().default(1),
    sectionRevisions: jsonb('section_revisions').$type<Record<string, number>>().notNull().default({}),
    /** Who last saved each section, and when — so a conflict names the right person. */
    sectionAuthors: jsonb('section_authors')
      .$type<Record<string, { by: string; at: string }>>()
      .notNull()
      .default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
    /** The version this one was copied from (a draft after a return, an amendment). */
    basedOnVersionId: uuid('based_on_version_id'),
    /** R.41: the ground of an amendment (1–6) and its justification. */
    amendmentGround: integer('amendment_ground'),
    amendmentJustification: text('amendment_justification'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** R.23 / APPK 64(3): the working day the submission counts as received; the review is due on reviewDue. */
    receivedOn: text('received_on'),
    reviewDue: text('review_due'),
    decision: text('decision'),
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedOn: text('approved_on'),
    approvedBy: uuid('approved_by').references(() => users.id),
    /** R.24: publication due 3 working days after approval. */
    publicationDue: text('publication_due'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedOn: text('published_on'),
  },
  (t) => [
    uniqueIndex('map_versions_map_number_uq').on(t.mapId, t.number),
    index('map_versions_status_idx').on(t.status),
  ],
);

/** A finding of the review (R.23) on a section or an item of a submitted version: a thread. */
export const reviewFindings = pgTable(
  'review_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mapId: uuid('map_id')
      .notNull()
      .references(() => maps.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => mapVersions.id),
    /** The section ('passport', 'sector:<id>', 'attachments') and the JSON path of the item. */
    sectionKey: text('section_key').notNull(),
    path: jsonb('path').$type<(string | number)[]>().notNull(),
    itemId: text('item_id'),
    status: text('status').notNull().default('open'),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    authorOrgKind: text('author_org_kind').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id),
  },
  (t) => [index('review_findings_map_idx').on(t.mapId)],
);

export const findingMessages = pgTable(
  'finding_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => reviewFindings.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('finding_messages_finding_idx').on(t.findingId)],
);

/**
 * The working-day calendar (SPEC §6): the exceptions to Monday–Friday, seeded by rule for
 * 2024–2030 and corrected by an admin (audited). Dates are 'YYYY-MM-DD' in Asia/Almaty.
 */
export const calendarDays = pgTable('calendar_days', {
  date: text('date').primaryKey(),
  kind: text('kind').notNull(),
  name: jsonb('name').$type<{ kk: string; ru: string; en: string }>().notNull(),
  source: text('source').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/**
 * The working-day calendar's generation: moved on by a statement trigger in every transaction that
 * writes `calendar_days` (migration 0011), so a process may keep the calendar it built while the
 * stamp it was built under is current. `stamp` is random per change (a restored backup never
 * reuses one); `generation` only counts.
 */
export const calendarGeneration = pgTable(
  'calendar_generation',
  {
    id: integer('id').primaryKey().default(1),
    generation: bigint('generation', { mode: 'number' }).notNull().default(0),
    stamp: uuid('stamp').notNull().defaultRandom(),
  },
  (t) => [check('calendar_generation_one_row', sql`${t.id} = 1`)],
);

/** The in-app inbox: one row per user and event that concerns the user. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** Identifies the event so a retried job never notifies twice. */
    dedupeKey: text('dedupe_key'),
    /** The e-mail outbox: 'pending' when the user has an address, then 'sent' or 'failed'. */
    emailState: text('email_state'),
    emailAttempts: integer('email_attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_dedupe_uq').on(t.userId, t.dedupeKey),
  ],
);

/**
 * The audit trail: typed events, append-only (a trigger refuses UPDATE/DELETE), hash-chained
 * (each row's hash covers the previous row's hash) so tampering is detectable.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    orgId: uuid('org_id'),
    ip: text('ip'),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    type: text('type').notNull(),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_subject_idx').on(t.subjectType, t.subjectId)],
);

/** Legal acts and documents that regulate business processes (R.32.1), maintained by an admin. */
export const legalActs = pgTable('legal_acts', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** One of LEGAL_ACT_KINDS (code, law, decree, order, …). */
  kind: text('kind').notNull(),
  /** The act's number and date as officially written, e.g. "№ 601/НҚ, 12.10.2023"; null when not certain. */
  code: text('code'),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  isActive: boolean('is_active').notNull().default(true),
});

/**
 * Data objects held by information systems of e-government (R.39–R.40, R.5.7): what the state
 * already holds and must not ask citizens for again. `synonyms` are other names the same data
 * goes by in process models (lower case).
 */
export const dataObjects = pgTable('data_objects', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  synonyms: jsonb('synonyms').$type<string[]>().notNull().default([]),
  informationSystemId: uuid('information_system_id')
    .notNull()
    .references(() => informationSystems.id),
  isActive: boolean('is_active').notNull().default(true),
});

/**
 * The electronic registry of business processes (R.11.7): one row per process of a state body.
 * Roles, steps and data are derived from its newest BPMN variant on every save; `searchText`
 * holds its names normalised for kk/ru text search.
 */
export const businessProcesses = pgTable(
  'business_processes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: text('description').notNull().default(''),
    /** One of PROCESS_STATUSES. */
    status: text('status').notNull().default('current'),
    /** The map cases (and map process items) the process belongs to. */
    caseLinks: jsonb('case_links')
      .$type<{ mapId: string; caseId: string; processItemId: string | null }[]>()
      .notNull()
      .default([]),
    publicServiceIds: jsonb('public_service_ids').$type<string[]>().notNull().default([]),
    informationSystemIds: jsonb('information_system_ids').$type<string[]>().notNull().default([]),
    legalActIds: jsonb('legal_act_ids').$type<string[]>().notNull().default([]),
    /** Derived from the newest variant: business roles, steps and data objects (names). */
    roles: jsonb('roles').$type<string[]>().notNull().default([]),
    steps: jsonb('steps').$type<string[]>().notNull().default([]),
    dataNames: jsonb('data_names').$type<string[]>().notNull().default([]),
    searchText: text('search_text').notNull().default(''),
    /**
     * `search_text` with its Cyrillic letters spelt in ASCII (`registry_search_key`, migration
     * 0009), for the trigram index: PGlite's C locale gives pg_trgm no trigrams of Cyrillic words.
     * Searches read it through the index and then match `search_text` itself.
     */
    searchKey: text('search_key').generatedAlwaysAs(sql`registry_search_key(search_text)`),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('business_processes_org_idx').on(t.orgId),
    index('business_processes_search_key_trgm_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);

/**
 * The registry's generation: one row, bumped by statement-level triggers (migration 0010) in the
 * transaction of every write of `business_processes` and of organisations' names — what decides
 * which processes a registry search matches and in which order. Each app process remembers the
 * order of a search's matches under the `stamp` it read (registry.cache.ts), so a remembered order
 * is never served once a write that could change it has committed. The stamp is random per bump, so two databases (or a
 * restored backup) never share one; `generation` only counts.
 */
export const registryGeneration = pgTable(
  'registry_generation',
  {
    id: integer('id').primaryKey().default(1),
    generation: bigint('generation', { mode: 'number' }).notNull().default(0),
    stamp: uuid('stamp').notNull().defaultRandom(),
  },
  (t) => [check('registry_generation_one_row', sql`${t.id} = 1`)],
);

/**
 * The cases of every map version (`content.sectors[].cases[]`) with their names and business
 * process items: a projection kept by a trigger on `map_versions` (migration 0009) in the same
 * transaction as the write, so the registry names linked cases without unpacking the documents.
 */
export const mapVersionCases = pgTable(
  'map_version_cases',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => mapVersions.id, { onDelete: 'cascade' }),
    /** Positions of the sector and of the case in the version (1-based), the document's order. */
    sectorOrd: integer('sector_ord').notNull(),
    caseOrd: integer('case_ord').notNull(),
    mapId: uuid('map_id')
      .notNull()
      .references(() => maps.id),
    caseId: text('case_id'),
    name: jsonb('name').$type<LocalizedText>(),
    /** The case's business process items as `{id, name}`. */
    processes: jsonb('processes').$type<{ id: string; name: LocalizedText }[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.sectorOrd, t.caseOrd] }),
    index('map_version_cases_map_case_idx').on(t.mapId, t.caseId),
  ],
);

/**
 * A saved BPMN variant of a process (as-is / target / optimal): append-only, one row per save,
 * so nothing saved is lost; the current variant is the highest revision of its kind.
 */
export const processVariants = pgTable(
  'process_variants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    processId: uuid('process_id')
      .notNull()
      .references(() => businessProcesses.id),
    /** 'as_is' | 'target' | 'optimal'. */
    kind: text('kind').notNull(),
    revision: integer('revision').notNull(),
    xml: text('xml').notNull(),
    svg: text('svg').notNull(),
    /** The normalised model (domain/bpmn BpmnModel) and its metrics, for queries without re-parsing. */
    model: jsonb('model').$type<Record<string, unknown>>().notNull(),
    metrics: jsonb('metrics').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('process_variants_uq').on(t.processId, t.kind, t.revision)],
);

/**
 * A reengineering project (R.29–R.37) for one case of an approved map. Its working content (the
 * team, the as-is description, the justification and the action plan) is one JSONB document with
 * a revision, like a map version.
 */
export const reengineeringProjects = pgTable(
  'reengineering_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    mapId: uuid('map_id')
      .notNull()
      .references(() => maps.id),
    /** The approved version that scheduled the case, and the case's id in it. */
    versionId: uuid('version_id')
      .notNull()
      .references(() => mapVersions.id),
    caseId: text('case_id').notNull(),
    caseName: jsonb('case_name').$type<LocalizedText>().notNull(),
    stage: text('stage').notNull().default('team'),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    revision: integer('revision').notNull().default(1),
    /** The revision at which each part (PROJECT_PARTS) was last written: stale writes of a part are refused. */
    partRevisions: jsonb('part_revisions').$type<Record<string, number>>().notNull().default({}),
    /** 'auto' when opened by the map's approval, 'manual' when by hand. */
    openedBy: text('opened_by').notNull(),
    openedOn: text('opened_on').notNull(),
    /** R.30: the team is due 10 working days after the map's approval. */
    teamDue: text('team_due').notNull(),
    teamFormedOn: text('team_formed_on'),
    /** The end of the last R quarter of the case, moved only by an approved deadline change (R.33–R.34). */
    reengineeringDue: text('reengineering_due').notNull(),
    approvedOn: text('approved_on'),
    approvedBy: uuid('approved_by').references(() => users.id),
    /** R.37: results are published 5 working days after the action plan's approval. */
    publicationDue: text('publication_due'),
    publishedOn: text('published_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reengineering_projects_case_uq').on(t.mapId, t.caseId),
    index('reengineering_projects_org_idx').on(t.orgId),
  ],
);

/** The processes a project reengineers (registry rows). */
export const projectProcesses = pgTable(
  'project_processes',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => reengineeringProjects.id),
    processId: uuid('process_id')
      .notNull()
      .references(() => businessProcesses.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.processId] })],
);

/** R.33–R.34: a request to replace or extend the reengineering deadline, with the team's protocol. */
export const deadlineChanges = pgTable(
  'deadline_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => reengineeringProjects.id),
    ground: integer('ground').notNull(),
    reasons: text('reasons').notNull(),
    previousDue: text('previous_due').notNull(),
    newDue: text('new_due').notNull(),
    protocolNumber: text('protocol_number').notNull(),
    protocolDate: text('protocol_date').notNull(),
    /** The team leader who signed the protocol (name as in the team at the time). */
    signedBy: text('signed_by').notNull(),
    fileName: text('file_name').notNull(),
    fileType: text('file_type').notNull(),
    fileSha256: text('file_sha256').notNull(),
    file: bytea('file').notNull(),
    status: text('status').notNull().default('pending'),
    decisionReason: text('decision_reason'),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('deadline_changes_project_idx').on(t.projectId)],
);

/**
 * A reporting period of a map's monitoring (R.25–R.28): a quarter 'YYYY-Qn' or a year 'YYYY',
 * opened the day after it ends for the version in force; the office submits the report and the
 * deputy head locks it. Its report is due on `due` (domain/monitoring/period.ts).
 */
export const reportingPeriods = pgTable(
  'reporting_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    mapId: uuid('map_id')
      .notNull()
      .references(() => maps.id),
    /** The version in force when the period opened: its indicators and plan-schedule are reported on. */
    versionId: uuid('version_id')
      .notNull()
      .references(() => mapVersions.id),
    period: text('period').notNull(),
    /** 'open' | 'submitted' | 'locked'. */
    status: text('status').notNull().default('open'),
    openedOn: text('opened_on').notNull(),
    due: text('due').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: uuid('locked_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reporting_periods_map_period_uq').on(t.mapId, t.period),
    index('reporting_periods_status_idx').on(t.status),
  ],
);

/**
 * The actual value of one indicator in one period. The indicator is named by its item id and the
 * path it lives on: kind 'sector' / 'priority_direction' (with the sector's or direction's id in
 * `containerId`) or 'performance' (containerId ''). The unit is the indicator's own.
 */
export const indicatorActuals = pgTable(
  'indicator_actuals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mapId: uuid('map_id')
      .notNull()
      .references(() => maps.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    period: text('period').notNull(),
    indicatorKind: text('indicator_kind').notNull(),
    containerId: text('container_id').notNull().default(''),
    indicatorId: text('indicator_id').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    /** The date the value was measured on ('YYYY-MM-DD'). */
    valueDate: text('value_date').notNull(),
    source: text('source').notNull().default(''),
    comment: text('comment').notNull().default(''),
    /** The evidence file (optional): bytes, name, type and SHA-256. */
    evidence: bytea('evidence'),
    evidenceName: text('evidence_name'),
    evidenceType: text('evidence_type'),
    evidenceSha256: text('evidence_sha256'),
    evidenceSize: integer('evidence_size'),
    revision: integer('revision').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('indicator_actuals_uq').on(t.mapId, t.period, t.indicatorKind, t.containerId, t.indicatorId),
    index('indicator_actuals_period_idx').on(t.periodId),
  ],
);

/** The reported state of a planned plan-schedule cell (F 1.3) in a quarter's report. */
export const cellReports = pgTable(
  'cell_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mapId: uuid('map_id')
      .notNull()
      .references(() => maps.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    period: text('period').notNull(),
    caseId: text('case_id').notNull(),
    /** null for the case's own row; the process item id when the case's row is split by process. */
    processId: text('process_id'),
    /** Index of the cell's quarter in the map's period (0 = I quarter of the first year). */
    quarter: integer('quarter').notNull(),
    /** 'done' | 'in_progress' | 'not_started'. */
    state: text('state').notNull(),
    comment: text('comment').notNull().default(''),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('cell_reports_uq').on(t.mapId, t.period, t.caseId, t.processId, t.quarter).nullsNotDistinct(),
    index('cell_reports_map_idx').on(t.mapId),
  ],
);

/**
 * Long document jobs (issue 6): the national bundle — every published map as DOCX/PDF in kk and
 * ru, zipped. A pg-boss job builds it and records its progress here; the requester polls the row
 * and downloads the file when it is done. The ZIP is kept in the row (bytea) like other files.
 */
export const documentBundles = pgTable(
  'document_bundles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    /** 'queued' | 'running' | 'done' | 'failed'. */
    status: text('status').notNull().default('queued'),
    /** The formats and languages asked for, e.g. ['docx','pdf'] × ['kk','ru']. */
    formats: jsonb('formats').$type<string[]>().notNull(),
    locales: jsonb('locales').$type<string[]>().notNull(),
    /** Files to make, files made. */
    total: integer('total').notNull().default(0),
    done: integer('done').notNull().default(0),
    /** Maps in the bundle (published versions at the time the job ran). */
    maps: integer('maps').notNull().default(0),
    fileName: text('file_name'),
    file: bytea('file'),
    size: integer('size'),
    sha256: text('sha256'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('document_bundles_requested_by_idx').on(t.requestedBy, t.createdAt)],
);
