import type { MapDocument } from '../../domain/map/map.schema.ts';
import { sectionKeys } from '../../domain/map/map.sections.ts';
import { insertUser } from '../admin/admin.queries.ts';
import { hashPassword } from '../auth/auth.actions.ts';
import type { Db, Tx } from '../db/connect.ts';
import { informationSystems, maps, mapVersions, planningDocuments, publicServices } from '../db/schema.ts';
import { demoHealthcareMap } from './demo-healthcare.ts';
import { demoDraftJusticeMap } from './demo-justice.ts';
import type { DemoRefs } from './demo-refs.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.ts';
import { isEmpty, seedDirectory } from './directory.ts';
import { PLANNING_DOCUMENTS } from './reference.data.ts';

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

/** Demo users for every role and two maps: a complete healthcare map and an unfinished justice draft. */
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
