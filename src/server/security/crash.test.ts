import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { validMapDocument } from '../../domain/map/map.fixture.ts';
import { MapDocumentSchema } from '../../domain/map/map.schema.ts';
import { verifyAuditChain } from '../audit/audit.queries.ts';
import { openDatabase } from '../db/connect.ts';

// Issue 8, part 4: the real server as a child process, killed with SIGKILL in the middle of a
// write loop several times and restarted on the same data (PGlite folder, or DATABASE_URL).
const ROUNDS = 3;
const SECTORS = 8;
const ADMIN_PASSWORD = 'admin-password-1';
const PASSWORD = 'crash-password-1';
const SERVER = process.env.DATABASE_URL;
const tag = randomBytes(4).toString('hex');
const ROOT = path.resolve('.tmp', `crash-${tag}`);
const DATA_DIR = path.join(ROOT, 'db');
const DB_NAME = `dtm_crash_${tag}`;
const serverUrl = () => {
  const u = new URL(SERVER!);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
};

let child: ChildProcess | undefined;
let port = 0;
let log = '';

afterAll(async () => {
  child?.kill('SIGKILL');
  fs.rmSync(ROOT, { recursive: true, force: true });
  if (SERVER) {
    const c = new pg.Client({ connectionString: SERVER });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await c.end();
  }
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });

async function start() {
  port ||= await freePort();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR,
      DATABASE_URL: SERVER ? serverUrl() : '',
      SEED_DEMO: 'false',
      ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      // The clock is in March 2026, so the reminders a submission schedules fall due at once.
      CLOCK_START: '2026-03-20T05:00:00Z',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<never>((_, reject) =>
    child!.once('exit', (code) => reject(new Error(`server exited (${code}):\n${log}`))),
  );
  exited.catch(() => {});
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await Promise.race([
      fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      ),
      exited,
    ]);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function kill(signal: NodeJS.Signals) {
  const proc = child!;
  child = undefined;
  const gone = new Promise((r) => proc.once('exit', r));
  proc.kill(signal);
  await gone;
}

// biome-ignore lint/suspicious/noExplicitAny: the API's JSON answers, checked field by field
type Res = { status: number; body: any };
async function http(cookie: string | null, method: string, url: string, payload?: unknown): Promise<Res> {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, {
    method,
    headers: {
      'x-requested-with': 'dtmaps',
      'x-locale': 'en',
      ...(cookie ? { cookie } : {}),
      ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: payload !== undefined ? JSON.stringify(payload) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
async function signIn(login: string, password: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!res.ok) throw new Error(`${login} cannot sign in: ${res.status} ${await res.text()}`);
  return String(res.headers.get('set-cookie')).split(';')[0];
}

describe(`the server killed with SIGKILL ${ROUNDS} times in the middle of writes`, () => {
  it('keeps every acknowledged write, no half-written state, resumes its jobs, and the audit chain holds', async () => {
    if (SERVER) {
      const c = new pg.Client({ connectionString: SERVER });
      await c.connect();
      await c.query(`CREATE DATABASE ${DB_NAME}`);
      await c.end();
    }
    fs.mkdirSync(ROOT, { recursive: true });
    await start();
    const admin = await signIn('admin', ADMIN_PASSWORD);
    const orgs: { id: string; code: string }[] = (await http(admin, 'GET', '/api/organisations')).body;
    const orgId = (code: string) => orgs.find((o) => o.code === code)!.id;
    for (const [login, org, role] of [
      ['office', 'mo-healthcare', 'dt_office'],
      ['office-j', 'mo-justice', 'dt_office'],
      ['reviewer', 'mo-digital', 'reviewer'],
      ['head', 'mo-digital', 'authority_head'],
    ] as const) {
      const res = await http(admin, 'POST', '/api/admin/users', {
        login,
        fullName: login,
        orgId: orgId(org),
        roles: [role],
        password: PASSWORD,
      });
      expect(res.status).toBe(201);
    }
    const office = await signIn('office', PASSWORD);
    const created = await http(office, 'POST', '/api/maps', {});
    expect(created.status).toBe(201);
    const mapId: string = created.body.map.id;

    // A complete map of another body, to be submitted just before one of the kills.
    const officeJ = await signIn('office-j', PASSWORD);
    const ref = async (kind: string) =>
      (await http(admin, 'GET', `/api/reference/${kind}`)).body.map((r: { id: string }) => r.id);
    const [services, systems, documents] = [
      await ref('public-services'),
      await ref('information-systems'),
      await ref('planning-documents'),
    ];
    const doc = validMapDocument();
    doc.passport.planningDocumentIds = [documents[0]];
    for (const c of doc.sectors[0].cases) {
      c.publicServiceIds = c.publicServiceIds.map((_, i) => services[i]);
      c.informationSystemIds = c.informationSystemIds.map((_, i) => systems[i]);
    }
    for (const d of doc.attachments.dataList)
      d.informationSystemIds = d.informationSystemIds.map((_, i) => systems[i]);
    const justice = await http(officeJ, 'POST', '/api/maps', { document: doc });
    expect(justice.status).toBe(201);
    const justiceId: string = justice.body.map.id;

    /** The last acknowledged write of each sector: the write number and the revision it got. */
    const acked = new Map<string, { k: number; revision: number }>();
    let k = 0;
    let writesAcked = 0;
    let submittedBeforeKill: { jobs: { state: string }[] } | undefined;
    const figures: string[] = [];

    for (let round = 1; round <= ROUNDS; round++) {
      // The loop: one writer saving sectors in turn, each on the revision it last saw.
      let inFlight: { key: string; k: number } | undefined;
      let stop = false;
      const killAfter = 500 + Math.floor(Math.random() * 1500);
      const loop = (async () => {
        while (!stop) {
          const n = k++;
          const key = `sector:w${n % SECTORS}`;
          inFlight = { key, k: n };
          let res: Res;
          try {
            res = await http(office, 'PUT', `/api/maps/${mapId}/versions/1/sections/${key}`, {
              baseRevision: acked.get(key)?.revision ?? 0,
              content: { id: `w${n % SECTORS}`, name: { kk: `w${n}`, ru: `write ${n}` } },
            });
          } catch {
            return; // the server is gone: this write was never acknowledged
          }
          expect(res.status).toBe(200);
          acked.set(key, { k: n, revision: res.body.sectionRevision });
          writesAcked++;
          inFlight = undefined;
        }
      })();
      await new Promise((r) => setTimeout(r, killAfter));
      if (round === 2) {
        // A submission schedules its reminder and escalation in the same transaction; kill the
        // server before its worker's next poll picks them up.
        const submitted = await http(officeJ, 'POST', `/api/maps/${justiceId}/versions/1/submit`);
        expect(submitted.status).toBe(200);
        submittedBeforeKill = {
          jobs: (await http(admin, 'GET', '/api/admin/jobs?state=all')).body.filter(
            (j: { name: string; data: { mapId?: string } }) =>
              j.name === 'deadline' && j.data.mapId === justiceId,
          ),
        };
      }
      await kill('SIGKILL');
      stop = true;
      await loop;
      if (!SERVER) expect(fs.existsSync(`${DATA_DIR}.lock`)).toBe(true); // left behind by the dead process

      const t0 = Date.now();
      await start();
      figures.push(`round ${round}: killed after ${killAfter} ms, restarted in ${Date.now() - t0} ms`);

      // Sessions survive; the document parses; every acknowledged write is there.
      const v = await http(office, 'GET', `/api/maps/${mapId}/versions/1`);
      expect(v.status).toBe(200);
      expect(MapDocumentSchema.safeParse(v.body.document).success).toBe(true);
      const sectors = new Map<string, string>(
        v.body.document.sectors.map((s: { id: string; name: { ru: string } }) => [
          `sector:${s.id}`,
          s.name.ru,
        ]),
      );
      const revisions: Record<string, number> = v.body.version.sectionRevisions;
      for (const [key, last] of acked) {
        const stored = sectors.get(key);
        const landed = inFlight?.key === key && stored === `write ${inFlight.k}`;
        // Either the acknowledged write, or the one in flight at the kill that committed unacknowledged.
        if (!landed) {
          expect(stored).toBe(`write ${last.k}`);
          expect(revisions[key]).toBe(last.revision);
        }
      }
      // The in-flight write either committed whole (content, revision, audit) or not at all.
      if (inFlight && sectors.get(inFlight.key) === `write ${inFlight.k}`)
        acked.set(inFlight.key, { k: inFlight.k, revision: revisions[inFlight.key] });
      expect(v.body.version.revision).toBe(Math.max(...Object.values(revisions)));
      const history: { type: string; data: { revision?: number } }[] = (
        await http(office, 'GET', `/api/maps/${mapId}/history`)
      ).body;
      const saved = history
        .filter((e) => e.type === 'map.section_saved')
        .map((e) => e.data.revision)
        .sort((a, b) => a! - b!);
      // One audit event per committed write, numbered without gaps up to the version's revision.
      expect(saved.at(-1)).toBe(v.body.version.revision);
      expect(saved).toEqual(Array.from({ length: saved.length }, (_, i) => saved[0]! + i));
      expect(saved.length).toBeGreaterThanOrEqual(writesAcked);
    }

    // The jobs scheduled before the kill of round 2 ran after the restart, once.
    expect(submittedBeforeKill?.jobs.length).toBe(2);
    const reviewer = await signIn('reviewer', PASSWORD);
    const deadline = Date.now() + 30_000;
    let jobs: { state: string }[] = [];
    for (;;) {
      jobs = (await http(admin, 'GET', '/api/admin/jobs?state=all')).body.filter(
        (j: { name: string; data: { mapId?: string } }) =>
          j.name === 'deadline' && j.data.mapId === justiceId,
      );
      if (jobs.every((j) => j.state === 'completed') || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(jobs.map((j) => j.state)).toEqual(['completed', 'completed']);
    const inbox = (await http(reviewer, 'GET', '/api/notifications')).body;
    expect(inbox.items.filter((n: { type: string }) => n.type === 'deadline.review_reminder')).toHaveLength(
      1,
    );

    // A clean stop releases the lock; the audit chain of everything verifies.
    await kill('SIGTERM');
    if (!SERVER) expect(fs.existsSync(`${DATA_DIR}.lock`)).toBe(false);
    const database = await openDatabase(SERVER ? { url: serverUrl() } : { dataDir: DATA_DIR });
    try {
      expect(await verifyAuditChain(database.db)).toBeNull();
    } finally {
      await database.close();
    }
    console.log(
      `crash test (${SERVER ? 'postgres' : 'pglite'}): ${writesAcked} acknowledged writes, ` +
        `jobs before the kill: ${submittedBeforeKill?.jobs.map((j) => j.state).join(', ')}\n  ${figures.join('\n  ')}`,
    );
  }, 240_000);
});
