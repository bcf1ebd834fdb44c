import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../domain/locale.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';

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
