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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [uniqueIndex('map_versions_map_number_uq').on(t.mapId, t.number)],
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
