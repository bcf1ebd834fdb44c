import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Role } from '../../domain/auth/roles.ts';
import { validMapDocument } from '../../domain/map/map.fixture.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { insertUser } from '../admin/admin.queries.ts';
import { buildApp } from '../app.ts';
import { hashPassword } from '../auth/auth.actions.ts';
import type { Database } from '../db/connect.ts';
import { informationSystems, organisations, planningDocuments, publicServices } from '../db/schema.ts';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../http/csrf.ts';
import { seedDirectory } from '../seed/directory.ts';
import { openTestDatabase } from './test-db.ts';

export const TEST_PASSWORD = 'test-password-1';
let passwordHash: Promise<string> | undefined;

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Creates a user in the organisation with the roles and returns a signed-in cookie header. */
  userIn(
    orgCode: string,
    roles: Role[],
    login?: string,
  ): Promise<{ cookie: string; login: string; id: string }>;
  /** Ids of reference rows, for building documents that point at them. */
  refs(): Promise<{ services: string[]; systems: string[]; documents: string[] }>;
  /** The complete fixture map (map.fixture.ts) pointing at reference rows of this database. */
  validDocument(): Promise<MapDocument>;
  /** app.inject without the app's CSRF header (app.inject adds it, as the web client does). */
  rawInject: FastifyInstance['inject'];
  close(): Promise<void>;
}

let counter = 0;

/** The app on a fresh database with the directory and reference tables seeded (no demo). */
export async function setupTestApp(opts: { clock?: () => Date } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  await database.db.transaction((tx) => seedDirectory(tx));
  // Sessions outlive the clock jumps of the life-cycle tests.
  const app = await buildApp({
    database,
    clock: opts.clock,
    rateLimitMax: 100_000,
    loginRateLimitMax: 100_000,
    sessionDays: 365,
  });
  const rawInject = sendAppHeader(app);
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const refs = async () => {
    const db = database.db;
    return {
      services: (await db.select({ id: publicServices.id }).from(publicServices)).map((r) => r.id),
      systems: (await db.select({ id: informationSystems.id }).from(informationSystems)).map((r) => r.id),
      documents: (await db.select({ id: planningDocuments.id }).from(planningDocuments)).map((r) => r.id),
    };
  };
  return {
    app,
    database,
    rawInject,
    async userIn(orgCode, roles, login) {
      const [org] = await database.db.select().from(organisations).where(eq(organisations.code, orgCode));
      const name = login ?? `user${++counter}-${orgCode}`;
      const user = await database.db.transaction(async (tx) =>
        insertUser(tx, {
          login: name,
          fullName: `Test ${name}`,
          orgId: org.id,
          roles,
          passwordHash: await passwordHash!,
        }),
      );
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: name, password: TEST_PASSWORD },
      });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
      const cookie = String(res.headers['set-cookie']).split(';')[0];
      return { cookie, login: name, id: user.id };
    },
    refs,
    async validDocument() {
      const ids = await refs();
      const doc = validMapDocument();
      doc.passport.planningDocumentIds = [ids.documents[0]!];
      for (const c of doc.sectors[0]!.cases) {
        c.publicServiceIds = c.publicServiceIds.map((_, i) => ids.services[i]!);
        c.informationSystemIds = c.informationSystemIds.map((_, i) => ids.systems[i]!);
      }
      for (const d of doc.attachments.dataList)
        d.informationSystemIds = d.informationSystemIds.map((_, i) => ids.systems[i]!);
      return doc;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * Makes `app.inject` send the header the web client sends on every call (CSRF, http/csrf.ts), so
 * tests read like the browser's requests; returns the original inject for tests of the refusal.
 */
export function sendAppHeader(app: FastifyInstance): FastifyInstance['inject'] {
  const raw = app.inject.bind(app) as (opts?: InjectOptions | string) => unknown;
  app.inject = ((opts?: InjectOptions | string) => {
    if (opts === undefined) return raw();
    const o = typeof opts === 'string' ? { url: opts } : opts;
    return raw({ ...o, headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE, ...o.headers } });
  }) as FastifyInstance['inject'];
  return raw as FastifyInstance['inject'];
}
