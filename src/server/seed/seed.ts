import { sql } from 'drizzle-orm';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { sectionKeys } from '../../domain/map/map.sections.ts';
import { insertUser } from '../admin/admin.queries.ts';
import { hashPassword } from '../auth/auth.actions.ts';
import type { Db, Tx } from '../db/connect.ts';
import {
  dataObjects,
  informationSystems,
  legalActs,
  maps,
  mapVersions,
  planningDocuments,
  publicServices,
} from '../db/schema.ts';
import { demoAgricultureMap } from './demo-agriculture.ts';
import { demoHealthcareMap } from './demo-healthcare.ts';
import { demoDraftJusticeMap } from './demo-justice.ts';
import type { DemoRefs } from './demo-refs.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.ts';
import { isEmpty, seedDirectory } from './directory.ts';
import { PLANNING_DOCUMENTS } from './reference.data.ts';
import { DATA_OBJECTS, LEGAL_ACTS } from './registry.data.ts';

async function isTableEmpty(db: Db | Tx, table: 'legal_acts' | 'data_objects'): Promise<boolean> {
  const res = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`);
  return Number((res as unknown as { rows: { n: number }[] }).rows[0].n) === 0;
}

/**
 * The legal acts and data objects of the registry of business processes (registry.data.ts), each
 * table seeded only while it is empty — so an admin's later corrections are never overwritten,
 * and databases created before these tables existed get them on their next start. A data object
 * whose holding system is not in the database is skipped.
 */
export async function seedRegistryReference(db: Db | Tx): Promise<void> {
  if (await isTableEmpty(db, 'legal_acts'))
    await db.insert(legalActs).values(LEGAL_ACTS.map((a) => ({ kind: a.kind, code: a.code, name: a.name })));
  if (await isTableEmpty(db, 'data_objects')) {
    const systems = await db
      .select({ id: informationSystems.id, code: informationSystems.code })
      .from(informationSystems);
    const systemId = new Map(systems.map((s) => [s.code, s.id]));
    const rows = DATA_OBJECTS.filter((d) => systemId.has(d.systemCode)).map((d) => ({
      code: d.code,
      name: d.name,
      synonyms: d.synonyms,
      informationSystemId: systemId.get(d.systemCode)!,
    }));
    if (rows.length) await db.insert(dataObjects).values(rows).onConflictDoNothing();
  }
}

/** Resolves the demo maps' references against the seeded reference tables. */
async function demoRefs(tx: Tx): Promise<DemoRefs> {
  const services = await tx.select().from(publicServices);
  const systems = await tx.select().from(informationSystems);
  const docs = await tx.select().from(planningDocuments);
  const docByCode = new Map(
    PLANNING_DOCUMENTS.map((d) => [d.code, docs.find((r) => r.name.ru === d.name.ru)?.id] as const),
  );
  const need = (v: string | undefined | null, what: string) => {
    if (!v) throw new Error(`demo seed: unknown ${what}`);
    return v;
  };
  return {
    service: (ru) => need(services.find((s) => s.name.ru === ru)?.id, `public service "${ru}"`),
    system: (code) => need(systems.find((s) => s.code === code)?.id, `information system "${code}"`),
    planningDocument: (code) => need(docByCode.get(code), `planning document "${code}"`),
  };
}

async function insertDemoMap(tx: Tx, orgId: string, createdBy: string, content: MapDocument) {
  const [map] = await tx
    .insert(maps)
    .values({ orgId, periodFrom: content.passport.period.from, createdBy })
    .returning();
  await tx.insert(mapVersions).values({
    mapId: map.id,
    number: 1,
    status: 'draft',
    content,
    revision: 1,
    sectionRevisions: Object.fromEntries(sectionKeys(content).map((k) => [k, 1])),
    createdBy,
    updatedBy: createdBy,
  });
}

/**
 * Demo users for every role and three maps: a complete healthcare draft, the agriculture map that
 * the demo story approves (demo-story.ts), and an unfinished justice draft.
 */
export async function seedDemo(tx: Tx, orgIds: Map<string, string>): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const row = await insertUser(tx, { ...u, orgId: orgIds.get(u.orgCode)!, passwordHash });
    userIds.set(u.login, row.id);
  }
  const refs = await demoRefs(tx);
  await insertDemoMap(
    tx,
    orgIds.get('mo-healthcare')!,
    userIds.get('office@health')!,
    demoHealthcareMap(refs),
  );
  await insertDemoMap(
    tx,
    orgIds.get('mo-agriculture')!,
    userIds.get('office@agri')!,
    demoAgricultureMap(refs),
  );
  await insertDemoMap(
    tx,
    orgIds.get('mo-justice')!,
    userIds.get('office@justice')!,
    demoDraftJusticeMap(refs),
  );
}

/** Seeds a fresh database once: the directory always, the demo when asked, an admin when a password is given. */
export async function seedIfEmpty(db: Db, opts: { demo: boolean; adminPassword?: string }): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  await db.transaction(async (tx) => {
    const orgIds = await seedDirectory(tx);
    await seedRegistryReference(tx);
    if (opts.demo) await seedDemo(tx, orgIds);
    else if (opts.adminPassword) {
      await insertUser(tx, {
        login: 'admin',
        fullName: 'Administrator',
        orgId: orgIds.get('mo-digital')!,
        roles: ['admin'],
        passwordHash: await hashPassword(opts.adminPassword),
      });
    }
  });
  return true;
}
