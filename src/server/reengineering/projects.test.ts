import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BPMN_MAX_BYTES } from '../../domain/bpmn/bpmn.parse.ts';
import { fixtureXml } from '../../domain/bpmn/fixtures/fixtures.ts';
import { validMapDocument } from '../../domain/map/map.fixture.ts';
import { hasReengineering } from '../../domain/reengineering/project.progress.ts';
import { verifyAuditChain } from '../audit/audit.queries.ts';
import { dataObjects, informationSystems, legalActs, organisations, processVariants } from '../db/schema.ts';
import { runDeadlineJob } from '../jobs/deadline.job.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';

// Monday 2 March 2026, 10:00 in Almaty; the clock moves as the project goes on.
let now = new Date('2026-03-02T05:00:00Z');
let t: TestApp;
type U = { cookie: string; id: string };
let office: U, deputy: U, firstHead: U, head: U, expert: U, commission: U, justiceDeputy: U, otherOffice: U;
let mapId: string;
let projectId: string;
let secondProjectId: string;
let processId: string;
/** Every process of the project (the case's business processes). */
let processIds: string[];
let healthId: string, centerId: string, justiceId: string;
let legalActId: string;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: U | null, payload?: unknown, locale = 'ru') =>
  t.app.inject({
    method,
    url,
    headers: { ...(who ? { cookie: who.cookie } : {}), 'x-locale': locale },
    payload: payload as never,
  });
const project = async (who: U = office, id = projectId) =>
  (await call('GET', `/api/projects/${id}`, who)).json();
const act = (action: string, who: U, body: Record<string, unknown> = {}, id = projectId) =>
  call('POST', `/api/projects/${id}/actions/${action}`, who, body);
const savePart = async (part: 'team' | 'asIs' | 'plan', value: unknown, who: U = office) => {
  const p = await project(who);
  return call('PUT', `/api/projects/${projectId}/parts/${part}`, who, { baseRevision: p.revision, value });
};
const putVariant = (kind: string, xml: string, baseRevision: number, who: U = office, id = processId) =>
  call('PUT', `/api/registry/processes/${id}/variants/${kind}`, who, { baseRevision, xml });
const orgId = async (code: string) =>
  (await t.database.db.select().from(organisations).where(eq(organisations.code, code)))[0]!.id;

beforeAll(async () => {
  t = await setupTestApp({ clock: () => now });
  office = await t.userIn('mo-healthcare', ['dt_office']);
  deputy = await t.userIn('mo-healthcare', ['deputy_head']);
  firstHead = await t.userIn('mo-healthcare', ['first_head']);
  head = await t.userIn('mo-digital', ['authority_head']);
  expert = await t.userIn('dgsc', ['center_expert']);
  commission = await t.userIn('mvk', ['commission_member']);
  justiceDeputy = await t.userIn('mo-justice', ['deputy_head']);
  otherOffice = await t.userIn('mo-justice', ['dt_office']);
  healthId = await orgId('mo-healthcare');
  centerId = await orgId('dgsc');
  justiceId = await orgId('mo-justice');

  const db = t.database.db;
  const [system] = await db.select().from(informationSystems).limit(1);
  await db.insert(dataObjects).values([
    {
      code: 'iin-test',
      name: { kk: 'ЖСН', ru: 'ИИН', en: 'IIN' },
      synonyms: ['удостоверение личности'],
      informationSystemId: system!.id,
    },
    {
      code: 'family-test',
      name: { kk: 'Отбасы құрамы туралы мәлімет', ru: 'Сведения о составе семьи', en: 'Family composition' },
      synonyms: ['справка о составе семьи'],
      informationSystemId: system!.id,
    },
  ]);
  const [act601] = await db
    .insert(legalActs)
    .values({
      kind: 'order',
      code: '601/НҚ',
      name: { kk: 'Цифрлық трансформация қағидалары', ru: 'Правила ЦТ' },
    })
    .returning();
  legalActId = act601!.id;

  const doc = await t.validDocument();
  mapId = (await call('POST', '/api/maps', office, { document: doc })).json().map.id;
  expect((await call('POST', `/api/maps/${mapId}/versions/1/submit`, office)).statusCode).toBe(200);
  expect(
    (
      await call('POST', `/api/maps/${mapId}/versions/1/decision`, head, {
        decision: 'agree',
        reason: 'Согласовано',
      })
    ).statusCode,
  ).toBe(200);
  expect((await call('POST', `/api/maps/${mapId}/versions/1/approve`, firstHead)).statusCode).toBe(200);
}, 60_000);
afterAll(() => t.close());

describe('opening projects (R.29–R.30)', () => {
  it('opens a project for every case with R cells when the map is approved, the team due in 10 working days', async () => {
    const list = (await call('GET', '/api/projects', office)).json();
    const cases = validMapDocument()
      .sectors.flatMap((s) => s.cases)
      .filter(hasReengineering);
    expect(cases.length).toBeGreaterThan(1);
    expect(list.map((p: { caseId: string }) => p.caseId).sort()).toEqual(cases.map((c) => c.id).sort());
    // Approved Monday 2 March 2026: 8 March (Sunday) moves to Monday 9 March, so ten working days end on 17 March.
    for (const p of list) {
      expect(p).toMatchObject({ stage: 'team', teamDue: '2026-03-17', reengineeringStatus: 'planned' });
      expect(p.pendingTerm).toMatchObject({ term: 'team', due: '2026-03-17' });
    }
    projectId = list[0].id;
    secondProjectId = list[1].id;
    const p = await project();
    expect(p.processes.length).toBeGreaterThan(0);
    processIds = p.processes.map((x: { id: string }) => x.id);
    processId = processIds[0]!;
    expect(p.allowedActions).toEqual(
      expect.arrayContaining(['edit_team', 'confirm_team', 'request_deadline_change']),
    );
  });

  it('tells the office, keeps the project from other bodies, and refuses a second project for a case', async () => {
    const inbox = (await call('GET', '/api/notifications', office)).json();
    expect(inbox.items.some((n: { type: string }) => n.type === 'project.opened')).toBe(true);
    expect((await call('GET', `/api/projects/${projectId}`, otherOffice)).statusCode).toBe(404);
    expect((await call('GET', `/api/projects/${projectId}`, head)).statusCode).toBe(200);
    const p = await project();
    const again = await call('POST', '/api/projects', office, { mapId, caseId: p.caseId });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('project.exists');
  });

  it('reminds before the team is due and escalates after, only while the team is not formed', async () => {
    const job = {
      term: 'team' as const,
      kind: 'reminder' as const,
      projectId: secondProjectId,
      due: '2026-03-17',
    };
    expect(await runDeadlineJob(t.database.db, job)).toBeGreaterThan(0);
    expect(await runDeadlineJob(t.database.db, job)).toBe(0); // never twice
    const escalation = { ...job, kind: 'escalation' as const };
    expect(await runDeadlineJob(t.database.db, escalation)).toBeGreaterThan(0);
    const inbox = (await call('GET', '/api/notifications', deputy)).json();
    expect(inbox.items.map((n: { type: string }) => n.type)).toContain('deadline.team_escalation');
  });
});

describe('the project team (R.30–R.31)', () => {
  const member = (id: string, role: string, org: string | null, fullName: string) => ({
    id,
    role,
    orgId: org,
    fullName,
    position: 'Сотрудник',
  });
  const protocol = { number: 'ПК-1', date: '2026-03-05' };

  it('refuses to confirm a team without the Center architect, in the reader language, changing nothing', async () => {
    const team = [
      member('m1', 'leader', healthId, 'Ахметов Ерлан'),
      member('m2', 'owner_staff', healthId, 'Иванова Анна'),
      member('m3', 'business_analyst', centerId, 'Ким Ольга'),
    ];
    expect((await savePart('team', { team, teamProtocol: protocol })).statusCode).toBe(200);
    const res = await act('confirm_team', office);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'project.team_invalid',
      details: { problems: [{ code: 'team.architect_missing', point: 'R.31.2' }] },
    });
    expect(res.json().message).toContain('пункту 31');
    expect((await project()).stage).toBe('team');
  });

  it('detects a stale save of the same part instead of overwriting it', async () => {
    const p = await project();
    const stale = p.revision - 1;
    const res = await call('PUT', `/api/projects/${projectId}/parts/team`, office, {
      baseRevision: stale,
      value: { team: [], teamProtocol: protocol },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('project.part_conflict');
    expect((await project()).content.team).toHaveLength(3);
  });

  it('refuses a malformed part, naming the field', async () => {
    const res = await savePart('team', { team: [{ id: 'x', role: 'boss' }], teamProtocol: protocol });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toEqual(['body', 'value', 'team', 0, 'role']);
  });

  it('confirms a complete team by protocol and moves to the as-is description', async () => {
    const team = [
      member('m1', 'leader', healthId, 'Ахметов Ерлан'),
      member('m2', 'owner_staff', healthId, 'Иванова Анна'),
      member('m3', 'business_analyst', centerId, 'Ким Ольга'),
      member('m4', 'it_architect', centerId, 'Серіков Дәурен'),
      member('m5', 'independent_expert', null, 'Омаров Нурлан'),
    ];
    expect((await savePart('team', { team, teamProtocol: protocol })).statusCode).toBe(200);
    expect((await act('confirm_team', expert)).statusCode).toBe(403);
    const res = await act('confirm_team', office);
    expect(res.json()).toEqual({ id: projectId, stage: 'as_is' });
    const p = await project();
    expect(p).toMatchObject({
      teamFormedOn: '2026-03-02',
      reengineeringStatus: 'in_progress',
      teamProblems: [],
    });
    // The reminder of a formed team goes to nobody.
    const job = { term: 'team' as const, kind: 'escalation' as const, projectId, due: '2026-03-17' };
    expect(await runDeadlineJob(t.database.db, job)).toBe(0);
  });
});

describe('BPMN models', () => {
  it('refuses broken uploads with a clear message, storing nothing', async () => {
    const cases: [string, string, number][] = [
      [fixtureXml('not-xml'), 'bpmn.malformed', 400],
      [fixtureXml('malformed'), 'bpmn.malformed', 400],
      [fixtureXml('not-bpmn'), 'bpmn.not_bpmn', 400],
      [fixtureXml('unknown-element'), 'bpmn.invalid', 400],
      [fixtureXml('no-di'), 'bpmn.no_diagram', 400],
      [fixtureXml('missing-ref'), 'bpmn.invalid', 400],
      [`<?xml version="1.0"?><x>${'a'.repeat(BPMN_MAX_BYTES)}</x>`, 'bpmn.too_large', 413],
    ];
    for (const [xml, code, status] of cases) {
      const res = await putVariant('as_is', xml, 0);
      expect(res.statusCode, code).toBe(status);
      expect(res.json().code, code).toBe(code);
      expect(res.json().message).toMatch(/BPMN|XML/);
    }
    const kk = await putVariant('as_is', fixtureXml('not-bpmn'), 0);
    expect(kk.statusCode).toBe(400);
    const stored = await t.database.db
      .select()
      .from(processVariants)
      .where(eq(processVariants.processId, processId));
    expect(stored).toEqual([]);
    expect(
      (await call('GET', `/api/registry/processes/${processId}/variants/as_is`, office)).statusCode,
    ).toBe(404);
  });

  it('stores the as-is model with its SVG and metrics, keeping Kazakh and Russian names', async () => {
    const res = await putVariant('as_is', fixtureXml('as-is'), 0, expert);
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v.revision).toBe(1);
    expect(v.xml).toContain('Өтінішті қабылдау');
    expect(v.metrics.steps.count).toBeGreaterThan(0);
    // R.40: the applicant is asked for data the state holds.
    expect(v.repeatedData.map((r: { dataObject: { code: string } }) => r.dataObject.code).sort()).toEqual([
      'family-test',
      'iin-test',
    ]);
    const svg = await call('GET', `/api/registry/processes/${processId}/variants/as_is/svg`, office);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('<svg');
    expect(svg.body).toContain('Өтінішті');
    for (const other of processIds.slice(1))
      expect((await putVariant('as_is', fixtureXml('as-is'), 0, expert, other)).statusCode).toBe(200);
  });

  it('detects a concurrent save of a model and refuses target models before the target stage', async () => {
    const stale = await putVariant('as_is', fixtureXml('as-is'), 0);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'variant.conflict', details: { revision: 1 } });
    const early = await putVariant('target', fixtureXml('target'), 0);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('variant.not_allowed_in_stage');
    expect((await putVariant('as_is', fixtureXml('as-is'), 1, otherOffice)).statusCode).toBe(404);
  });
});

describe('the as-is description (R.32)', () => {
  it('refuses to move on until all six parts are complete, then moves to the target stage', async () => {
    const refused = await act('complete_as_is', office);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().code).toBe('project.as_is_incomplete');
    const p = await project();
    expect(
      p.checklist.filter((i: { done: boolean }) => !i.done).map((i: { part: number }) => i.part),
    ).toEqual([1, 2, 3, 4, 5]);
    const steps = p.processes.flatMap((x: { id: string; asIsSteps: { id: string }[] }) =>
      x.asIsSteps.map((s) => ({ processId: x.id, id: s.id })),
    );
    expect(steps.length).toBeGreaterThan(2);
    const asIs = {
      legalActIds: [legalActId],
      otherDocuments: '',
      stakeholders: [{ id: 's1', name: 'ЦОН', touchpoints: 'Приём заявления' }],
      stepData: steps.map((s: { processId: string; id: string }, i: number) => ({
        id: `d${i}`,
        processId: s.processId,
        stepId: s.id,
        data: 'ИИН, ФИО',
      })),
      problems: [{ id: 'pr1', text: 'Заявитель приносит справки, которые есть в ГБД ФЛ' }],
      interviews: [{ id: 'i1', interviewee: 'Заявитель', date: '2026-03-03', summary: 'Дважды ходил в ЦОН' }],
      journey: {
        persona: 'Родитель',
        stages: [
          {
            id: 'j1',
            name: 'Узнать',
            actions: 'Ищет услугу',
            touchpoints: 'eGov',
            painPoints: '',
            emotion: 0,
          },
          {
            id: 'j2',
            name: 'Подать',
            actions: 'Идёт в ЦОН',
            touchpoints: 'ЦОН',
            painPoints: 'Очередь',
            emotion: -2,
          },
        ],
      },
    };
    const unknownAct = await savePart('asIs', { ...asIs, legalActIds: [processId] }, expert);
    expect(unknownAct.statusCode).toBe(400);
    expect(unknownAct.json().issues[0]).toMatchObject({
      path: ['body', 'value', 'legalActIds', 0],
      rule: 'unknown_reference',
    });
    expect((await savePart('asIs', asIs, expert)).statusCode).toBe(200);
    const done = await act('complete_as_is', office);
    expect(done.json(), JSON.stringify((await project()).checklist)).toMatchObject({ stage: 'target' });
  });
});

describe('the target variant, justification and action plan (R.35–R.37)', () => {
  it('takes the target and optimal models and compares them with the as-is', async () => {
    for (const id of processIds) {
      expect((await putVariant('target', fixtureXml('target'), 0, office, id)).statusCode).toBe(200);
      expect((await putVariant('optimal', fixtureXml('optimal'), 0, expert, id)).statusCode).toBe(200);
    }
    expect((await putVariant('as_is', fixtureXml('as-is'), 1)).json().code).toBe(
      'variant.not_allowed_in_stage',
    );
    const cmp = (
      await call('GET', `/api/registry/processes/${processId}/compare?a=as_is&b=target`, office)
    ).json();
    expect(cmp.diff.added.length + cmp.diff.removed.length + cmp.diff.changed.length).toBeGreaterThan(0);
    const p = await project();
    const metrics = Object.fromEntries(
      p.processes[0].variants.map((v: { kind: string; metrics: { steps: { count: number } } }) => [
        v.kind,
        v.metrics.steps.count,
      ]),
    );
    expect(metrics.target).toBeLessThan(metrics.as_is);
  });

  it('refuses to submit an incomplete plan', async () => {
    const res = await act('submit_plan', office);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'project.plan_incomplete',
      details: { missing: ['justification', 'action_plan'] },
    });
  });

  it('goes through the Commission when another body disagrees, and only then can be approved', async () => {
    const plan = {
      justification: 'Меньше шагов и нет повторного сбора данных',
      actionPlan: [
        {
          id: 'a1',
          action: 'Внести изменения в приказ',
          responsible: 'ДЦТ',
          due: '2026-09-01',
          draftsLegalAct: true,
        },
      ],
      concernedOrgIds: [justiceId],
    };
    const notABody = await savePart('plan', { ...plan, concernedOrgIds: [centerId] });
    expect(notABody.json().issues[0].path).toEqual(['body', 'value', 'concernedOrgIds', 0]);
    expect((await savePart('plan', plan)).statusCode).toBe(200);
    expect((await act('submit_plan', office)).json().stage).toBe('agreement');
    const early = await act('approve_plan', deputy);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('project.commission_pending');
    // The concerned body sees the project and must give a reason to disagree.
    expect((await project(justiceDeputy)).allowedActions).toEqual(['agree_target', 'disagree_target']);
    const noReason = await act('disagree_target', justiceDeputy);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().issues[0]).toMatchObject({ path: ['body', 'reason'], rule: 'required' });
    expect((await act('disagree_target', justiceDeputy, { reason: 'Не учтён реестр' })).json().stage).toBe(
      'commission',
    );
    const pending = await act('approve_plan', deputy);
    expect(pending.json().code).toBe('project.commission_pending');
    expect(pending.json().message).toContain('МВК');
    const noProtocol = await act('commission_agree', commission, { reason: '' });
    expect(noProtocol.json().issues[0].path).toEqual(['body', 'protocolNumber']);
    const agreed = await act('commission_agree', commission, {
      protocolNumber: 'МВК-7',
      protocolDate: '2026-03-10',
    });
    expect(agreed.json().stage).toBe('approval');
    const p = await project();
    expect(p.commissionDecision).toMatchObject({ decision: 'agreed', protocolNumber: 'МВК-7' });
    expect(p.agreements[0]).toMatchObject({ answer: 'disagree', reason: 'Не учтён реестр' });
    expect((await act('approve_plan', office)).statusCode).toBe(403);
    const approved = await act('approve_plan', deputy);
    expect(approved.json().stage).toBe('approved');
    // R.37: published within 5 working days of 2 March 2026 (9 March is a day off).
    expect((await project()).publicationDue).toBe('2026-03-10');
    // The results' publication term is reminded and escalated while the results are unpublished.
    const reminder = {
      term: 'results_publication' as const,
      kind: 'reminder' as const,
      projectId,
      due: '2026-03-10',
    };
    expect(await runDeadlineJob(t.database.db, reminder)).toBeGreaterThan(0);
    expect(await runDeadlineJob(t.database.db, reminder)).toBe(0);
  });
});

describe('deadline changes (R.33–R.34)', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF').toString('base64');
  const body = (over: Record<string, unknown> = {}) => ({
    ground: 2,
    newDue: '2027-06-30',
    reasons: 'Выявлено больше бизнес-процессов',
    protocolNumber: 'ПК-3',
    protocolDate: '2026-03-06',
    signedByLeader: true,
    file: { name: 'протокол.pdf', type: 'application/pdf', contentBase64: pdf },
    ...over,
  });
  const request = (payload: unknown) =>
    call('POST', `/api/projects/${projectId}/deadline-changes`, office, payload);

  it('refuses a request without a ground of R.33, a protocol, the leader signature or a real file', async () => {
    for (const [payload, path] of [
      [body({ ground: 3 }), 'ground'],
      [body({ protocolNumber: '' }), 'protocolNumber'],
      [body({ signedByLeader: false }), 'signedByLeader'],
      [{ ...body(), file: undefined }, 'file'],
    ] as const) {
      const res = await request(payload);
      expect(res.statusCode, path).toBe(400);
      expect(res.json().issues[0].path[1], path).toBe(path);
    }
    const renamed = await request(
      body({ file: { name: 'x.pdf', type: 'application/pdf', contentBase64: 'aGVsbG8=' } }),
    );
    expect(renamed.json().code).toBe('deadline_change.file_invalid');
    expect((await project()).deadlineChanges).toEqual([]);
  });

  it('records the request with the file, and an approved change moves the deadline into the history', async () => {
    const before = (await project()).reengineeringDue;
    const res = await request(body());
    expect(res.statusCode).toBe(201);
    const changeId = res.json().id;
    const p = await project();
    expect(p.deadlineChanges[0]).toMatchObject({
      status: 'pending',
      signedBy: 'Ахметов Ерлан',
      previousDue: before,
    });
    const file = await call('GET', `/api/projects/${projectId}/deadline-changes/${changeId}/file`, deputy);
    expect(file.body.startsWith('%PDF-')).toBe(true);
    expect(
      (
        await call('POST', `/api/projects/${projectId}/deadline-changes/${changeId}/decision`, office, {
          decision: 'approve',
        })
      ).statusCode,
    ).toBe(403);
    const decided = await call(
      'POST',
      `/api/projects/${projectId}/deadline-changes/${changeId}/decision`,
      deputy,
      {
        decision: 'approve',
      },
    );
    expect(decided.json()).toEqual({ status: 'approved', reengineeringDue: '2027-06-30' });
    const again = await call(
      'POST',
      `/api/projects/${projectId}/deadline-changes/${changeId}/decision`,
      deputy,
      {
        decision: 'reject',
        reason: 'x',
      },
    );
    expect(again.json().code).toBe('deadline_change.already_decided');
    expect((await project()).reengineeringDue).toBe('2027-06-30');
    const history = (await call('GET', `/api/audit/project/${projectId}`, office)).json();
    const types = history.map((h: { type: string }) => h.type);
    expect(types[0]).toBe('project.opened');
    for (const type of [
      'project.part_saved',
      'project.stage_changed',
      'variant.saved',
      'project.deadline_change_requested',
      'project.deadline_change_decided',
    ])
      expect(types).toContain(type);
    const decidedEvent = history.find((h: { type: string }) => h.type === 'project.deadline_change_decided');
    expect(decidedEvent.data).toMatchObject({
      decision: 'approved',
      previousDue: before,
      newDue: '2027-06-30',
    });
    expect(decidedEvent.actorName).toBeTruthy();
    expect(decidedEvent.orgName.ru).toBeTruthy();
    // Model saves are the process's events that name the project; they carry the process id.
    const modelSave = history.find((h: { type: string }) => h.type === 'variant.saved');
    expect(processIds).toContain(modelSave.processId);
    // Another body not concerned with the project does not learn it exists.
    const stranger = await t.userIn('mo-education', ['dt_office']);
    expect((await call('GET', `/api/audit/project/${projectId}`, stranger)).statusCode).toBe(404);
  });
});

describe('publication (R.37) and feeding the map', () => {
  it('is not on the portal before publication', async () => {
    expect((await call('GET', `/api/public/projects/${projectId}`, null)).statusCode).toBe(404);
    expect((await call('GET', '/api/public/projects', null)).json()).toEqual([]);
  });

  it('publishes the as-is and target variants and the action plan; the case is implemented', async () => {
    now = new Date('2026-03-04T05:00:00Z');
    expect((await act('publish_results', office)).json().stage).toBe('published');
    const p = await project();
    expect(p).toMatchObject({
      reengineeringStatus: 'implemented',
      publishedOn: '2026-03-04',
      allowedActions: [],
    });
    expect(p.cells.every((c: { state: string }) => c.state === 'done')).toBe(true);
    const late = {
      term: 'results_publication' as const,
      kind: 'escalation' as const,
      projectId,
      due: '2026-03-10',
    };
    expect(await runDeadlineJob(t.database.db, late)).toBe(0);
    const pub = (await call('GET', `/api/public/projects/${projectId}`, null)).json();
    expect(pub.processes[0].variants.map((v: { kind: string }) => v.kind).sort()).toEqual([
      'as_is',
      'target',
    ]);
    expect(pub.actionPlan[0].action).toBe('Внести изменения в приказ');
    expect(JSON.stringify(pub)).not.toContain('Ахметов'); // the team and its protocols stay internal
    expect((await call('GET', '/api/public/projects', null)).json()).toHaveLength(1);
    // The published models are frozen.
    expect((await putVariant('target', fixtureXml('target'), 1)).json().code).toBe(
      'variant.not_allowed_in_stage',
    );
  });

  it("feeds the map: each case's project stage, status and R cells", async () => {
    const rows = (await call('GET', `/api/maps/${mapId}/reengineering`, office)).json();
    const done = rows.find((r: { projectId: string }) => r.projectId === projectId);
    expect(done).toMatchObject({ stage: 'published', reengineeringStatus: 'implemented' });
    const waiting = rows.find((r: { projectId: string }) => r.projectId === secondProjectId);
    expect(waiting).toMatchObject({ stage: 'team', reengineeringStatus: 'planned' });
    expect(waiting.cells.length).toBeGreaterThan(0);
    expect((await call('GET', `/api/maps/${mapId}/reengineering`, head)).statusCode).toBe(200);
    expect((await call('GET', `/api/maps/${mapId}/reengineering`, otherOffice)).statusCode).toBe(404);
  });

  it('keeps an intact audit chain', async () => {
    expect(await verifyAuditChain(t.database.db)).toBeNull();
  });
});
