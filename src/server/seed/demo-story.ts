import type { FastifyInstance } from 'fastify';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../http/csrf.ts';
import { DEMO_PASSWORD } from './demo-users.ts';

/**
 * What happened to the demo before the first user arrives, played through the public API as the
 * demo users — so every rule, term, job and audit record is the real one: the Ministry of
 * Agriculture submits its map, the authorized body agrees, the first head approves (which opens a
 * reengineering project for every case with R cells, R.29–R.30) and the office publishes it. The
 * office then forms the team of the land-control project by protocol; its as-is description is
 * under way, while the land-plot project still waits for its team.
 */
export async function playDemoStory(
  app: FastifyInstance,
  clock: () => Date = () => new Date(),
): Promise<void> {
  const cookies = new Map<string, string>();
  async function as(login: string) {
    const known = cookies.get(login);
    if (known) return known;
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login, password: DEMO_PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`demo story: ${login} cannot sign in (${res.statusCode})`);
    const cookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
    cookies.set(login, cookie);
    return cookie;
  }
  async function call<T = Record<string, unknown>>(
    login: string,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
  ): Promise<T> {
    const res = await app.inject({
      method,
      url,
      headers: { cookie: await as(login), 'x-locale': 'en', [CSRF_HEADER]: CSRF_HEADER_VALUE },
      payload: payload as never,
    });
    if (res.statusCode >= 300)
      throw new Error(`demo story: ${method} ${url} → ${res.statusCode} ${res.body}`);
    return res.json() as T;
  }

  const maps = await call<{ id: string }[]>('office@agri', 'GET', '/api/maps');
  const mapId = maps[0]?.id;
  if (!mapId) throw new Error('demo story: the agriculture map is missing');
  const v = `/api/maps/${mapId}/versions/1`;
  await call('office@agri', 'POST', `${v}/submit`);
  await call('authority@digital', 'POST', `${v}/decision`, {
    decision: 'agree',
    reason: 'Карта соответствует Правилам и форме.',
  });
  await call('head@agri', 'POST', `${v}/approve`);
  await call('office@agri', 'POST', `${v}/publish`);

  // The land-control project: the office has formed its team with the Center.
  const projects = await call<{ id: string; caseId: string }[]>('office@agri', 'GET', '/api/projects');
  const control = projects.find((p) => p.caseId === 'c2');
  if (!control) return;
  const project = await call<{ revision: number; org: { id: string } }>(
    'office@agri',
    'GET',
    `/api/projects/${control.id}`,
  );
  const orgs = await call<{ id: string; code: string }[]>('office@agri', 'GET', '/api/organisations');
  const center = orgs.find((o) => o.code === 'dgsc')?.id ?? null;
  const own = project.org.id;
  const member = (id: string, role: string, orgId: string | null, fullName: string, position: string) => ({
    id,
    role,
    orgId,
    fullName,
    position,
  });
  await call('office@agri', 'PUT', `/api/projects/${control.id}/parts/team`, {
    baseRevision: project.revision,
    value: {
      team: [
        member('m1', 'leader', own, 'Смағұлов Қайрат', 'Жер ресурстарын басқару комитетінің төрағасы'),
        member('m2', 'owner_staff', own, 'Бекенов Нұржан', 'Цифрлық трансформация басқармасының басшысы'),
        member('m3', 'owner_expert', own, 'Иванова Елена', 'Главный эксперт по земельному контролю'),
        member('m4', 'it_architect', center, 'Ахметов Тимур', 'IT-архитектор'),
        member('m5', 'business_analyst', center, 'Садықова Әлия', 'Бизнес-аналитик'),
      ],
      teamProtocol: { number: '1-ПК', date: almatyDate(clock()).date },
    },
  });
  await call('office@agri', 'POST', `/api/projects/${control.id}/actions/confirm_team`);
}
