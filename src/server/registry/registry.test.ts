import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validMapDocument } from '../../domain/map/map.fixture.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { processSearchText } from '../../domain/registry/registry.search.ts';
import {
  auditEvents,
  businessProcesses,
  dataObjects,
  informationSystems,
  legalActs,
  maps,
  mapVersions,
  organisations,
  processVariants,
} from '../db/schema.ts';
import { seedRegistryReference } from '../seed/seed.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';

type User = { cookie: string; id: string };
let t: TestApp;
let healthOffice: User;
let healthDeputy: User;
let justiceOffice: User;
let reviewer: User;
let centerExpert: User;
let commission: User;
let admin: User;
const org: Record<string, string> = {};
const system: Record<string, string> = {};
const dataObject: Record<string, string> = {};
let services: string[];
let rulesActId: string;
let lawId: string;
let healthMap: string;
let justiceMap: string;

const inject = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  user: { cookie: string },
  payload?: unknown,
  locale = 'ru',
) =>
  t.app.inject({
    method,
    url,
    headers: { cookie: user.cookie, 'x-locale': locale },
    payload: payload as never,
  });

/** A map of a body with versions (content per version), inserted as the map module would store them. */
async function insertMap(orgId: string, createdBy: string, contents: MapDocument[]) {
  const db = t.database.db;
  const [map] = await db.insert(maps).values({ orgId, periodFrom: 2025, createdBy }).returning();
  for (const [i, content] of contents.entries())
    await db.insert(mapVersions).values({
      mapId: map.id,
      number: i + 1,
      status: i + 1 < contents.length ? 'superseded' : 'draft',
      content,
      createdBy,
      updatedBy: createdBy,
    });
  return map.id;
}

/** A BPMN model (the domain/bpmn shape) with an applicant lane writing the named data objects. */
function modelRequesting(...names: string[]) {
  return {
    processes: [{ id: 'P', name: '' }],
    participants: [{ id: 'Pool', name: 'Процесс', processId: 'P' }],
    lanes: [
      { id: 'L1', name: 'Заявитель', participantId: 'Pool', processId: 'P' },
      { id: 'L2', name: 'Оператор ЦОН', participantId: 'Pool', processId: 'P' },
    ],
    nodes: [
      {
        id: 'T1',
        type: 'UserTask',
        name: 'Подать заявление',
        processId: 'P',
        laneId: 'L1',
        participantId: 'Pool',
        eventKind: null,
      },
      {
        id: 'T2',
        type: 'Task',
        name: 'Проверить документы',
        processId: 'P',
        laneId: 'L2',
        participantId: 'Pool',
        eventKind: null,
      },
    ],
    sequenceFlows: [{ id: 'F1', name: '', sourceId: 'T1', targetId: 'T2' }],
    messageFlows: [],
    dataObjects: [
      ...names.map((name, i) => ({
        id: `D${i + 1}`,
        name,
        kind: 'object',
        readBy: ['T2'],
        writtenBy: ['T1'],
      })),
      // Written by the operator, not asked of the applicant: never a repeated request.
      { id: 'DX', name: 'Адресная справка', kind: 'object', readBy: [], writtenBy: ['T2'] },
    ],
    shapes: [],
    edges: [],
  };
}

async function insertVariant(processId: string, kind: string, revision: number, model: object) {
  await t.database.db
    .insert(processVariants)
    .values({ processId, kind, revision, xml: '<x/>', svg: '<svg/>', model: model as never, metrics: {} });
}

/** Sets the derived roles/steps/data of a process as the variant-save code does. */
async function setDerived(id: string, derived: { roles: string[]; steps: string[]; dataNames: string[] }) {
  const db = t.database.db;
  const [row] = await db.select().from(businessProcesses).where(eq(businessProcesses.id, id));
  await db
    .update(businessProcesses)
    .set({ ...derived, searchText: processSearchText({ ...row, ...derived }) })
    .where(eq(businessProcesses.id, id));
}

const created: Record<string, string> = {};
async function create(user: User, key: string, body: Record<string, unknown>) {
  const res = await inject('POST', '/api/registry/processes', user, body);
  expect(res.statusCode, res.body).toBe(201);
  created[key] = res.json().id;
  return res.json();
}

beforeAll(async () => {
  t = await setupTestApp();
  const db = t.database.db;
  await seedRegistryReference(db);
  for (const o of await db.select().from(organisations)) org[o.code] = o.id;
  for (const s of await db.select().from(informationSystems)) if (s.code) system[s.code] = s.id;
  for (const d of await db.select().from(dataObjects)) dataObject[d.code] = d.id;
  const acts = await db.select().from(legalActs);
  rulesActId = acts.find((a) => a.code === '№ 601/НҚ, 27.09.2024')!.id;
  lawId = acts.find((a) => a.code === '№ 418-V, 24.11.2015')!.id;
  services = (await t.refs()).services;

  healthOffice = await t.userIn('mo-healthcare', ['dt_office']);
  healthDeputy = await t.userIn('mo-healthcare', ['deputy_head']);
  justiceOffice = await t.userIn('mo-justice', ['dt_office']);
  reviewer = await t.userIn('mo-digital', ['reviewer']);
  centerExpert = await t.userIn('dgsc', ['center_expert']);
  commission = await t.userIn('mvk', ['commission_member']);
  admin = await t.userIn('mo-digital', ['admin']);

  // The healthcare map: version 1 has cases c1 and c2; version 2 renamed c1 and dropped c2.
  const v1 = validMapDocument();
  const v2 = validMapDocument();
  v2.sectors[0].cases[0].name = {
    kk: 'Жер учаскесін беру (жаңа)',
    ru: 'Предоставление земельного участка (новое)',
  };
  v2.sectors[0].cases.splice(1, 1);
  healthMap = await insertMap(org['mo-healthcare'], healthOffice.id, [v1, v2]);
  justiceMap = await insertMap(org['mo-justice'], justiceOffice.id, [validMapDocument()]);

  await create(healthOffice, 'intake', {
    name: { kk: 'Өтінішті қабылдау', ru: 'Приём заявления на прикрепление', en: 'Application intake' },
    status: 'current',
    caseLinks: [{ mapId: healthMap, caseId: 'c1', processItemId: 'bp1' }],
    publicServiceIds: [services[0]],
    informationSystemIds: [system['gbd-fl']],
    legalActIds: [rulesActId],
  });
  await create(healthOffice, 'certificate', {
    name: { kk: 'Анықтама беру', ru: 'Выдача справки' },
    status: 'in_reengineering',
    caseLinks: [{ mapId: healthMap, caseId: 'c2' }],
    informationSystemIds: [system.rpn],
    legalActIds: [lawId],
  });
  await create(healthOffice, 'patients', {
    name: { kk: 'Ұлттық тіркелім', ru: 'Учёт пациентов' },
    status: 'reengineered',
    publicServiceIds: [services[1]],
  });
  for (const [key, kk, ru] of [
    ['admin', 'Әкімшілік есеп', 'Административный отчет'],
    ['child', 'Бала туу', 'Рождение ребенка'],
    ['doctor', 'Қабылдауға жазылу', 'Запись на прием'],
    ['home', 'Үйге шақыру', 'Вызов на дом'],
    ['records', 'Іс жүргізу', 'Делопроизводство'],
  ])
    await create(healthOffice, key, { name: { kk, ru }, status: 'retired' });
  await create(justiceOffice, 'marriage', {
    name: { kk: 'Неке қию', ru: 'Регистрация брака' },
    caseLinks: [{ mapId: justiceMap, caseId: 'c1' }],
    informationSystemIds: [system['is-zags']],
  });

  await setDerived(created.intake, {
    roles: ['Заявитель', 'Оператор ЦОН'],
    steps: ['Подать заявление', 'Проверить документы'],
    dataNames: ['Справка о составе семьи'],
  });
  await insertVariant(
    created.intake,
    'as_is',
    1,
    modelRequesting('Справка о составе семьи', 'Копия удостоверения личности'),
  );
  await insertVariant(
    created.intake,
    'as_is',
    2,
    modelRequesting(
      'Справка о составе семьи',
      'Копия удостоверения личности',
      'Паспорт гражданина Республики Казахстан',
    ),
  );
  await insertVariant(created.intake, 'target', 1, modelRequesting('Удостоверение личности'));
  await insertVariant(created.certificate, 'as_is', 1, modelRequesting('Адресная справка'));
  await insertVariant(created.marriage, 'optimal', 1, modelRequesting('Свидетельство о браке'));
});
afterAll(() => t.close());

const list = async (user: User, query = '', locale = 'ru') => {
  const res = await inject(
    'GET',
    `/api/registry/processes${query ? `?${query}` : ''}`,
    user,
    undefined,
    locale,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    items: { id: string; name: { kk: string; ru: string } }[];
    total: number;
    canCreate: boolean;
  };
};
const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).sort();
const of = (...keys: string[]) => keys.map((k) => created[k]).sort();

describe('the registry list', () => {
  it('shows a state body its own processes only, and says whether it may add one', async () => {
    const own = await list(healthOffice);
    expect(own.total).toBe(8);
    expect(
      own.items.every((i) => (i as never as { org: { code: string } }).org.code === 'mo-healthcare'),
    ).toBe(true);
    expect(own.canCreate).toBe(true);
    expect((await list(healthDeputy)).canCreate).toBe(false);
    expect(ids(await list(justiceOffice))).toEqual(of('marriage'));
  });

  it('shows the authorized body, the Center and the Commission the whole national registry', async () => {
    for (const user of [reviewer, centerExpert, commission]) {
      const all = await list(user);
      expect(all.total).toBe(9);
      expect(all.canCreate).toBe(false);
    }
  });

  it('filters by body, map, case, public service, information system, legal act and status', async () => {
    expect(ids(await list(reviewer, `orgId=${org['mo-justice']}`))).toEqual(of('marriage'));
    expect((await list(healthOffice, `orgId=${org['mo-justice']}`)).total).toBe(0);
    expect(ids(await list(reviewer, `mapId=${healthMap}`))).toEqual(of('intake', 'certificate'));
    expect(ids(await list(reviewer, 'caseId=c1'))).toEqual(of('intake', 'marriage'));
    expect(ids(await list(reviewer, `mapId=${healthMap}&caseId=c1`))).toEqual(of('intake'));
    expect(ids(await list(reviewer, `mapId=${justiceMap}&caseId=c2`))).toEqual([]);
    expect(ids(await list(healthOffice, `publicServiceId=${services[1]}`))).toEqual(of('patients'));
    expect(ids(await list(reviewer, `informationSystemId=${system['is-zags']}`))).toEqual(of('marriage'));
    expect(ids(await list(reviewer, `informationSystemId=${system.rpn}`))).toEqual(of('certificate'));
    expect(ids(await list(healthOffice, `legalActId=${rulesActId}`))).toEqual(of('intake'));
    expect(ids(await list(healthOffice, 'status=in_reengineering'))).toEqual(of('certificate'));
    expect(ids(await list(healthOffice, 'status=reengineered'))).toEqual(of('patients'));
    expect((await list(healthOffice, 'status=retired')).total).toBe(5);
  });

  it('refuses an unknown status or a malformed id as a field error', async () => {
    const res = await inject('GET', '/api/registry/processes?status=lost&orgId=x', reviewer);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { path: unknown[] }) => i.path[0])).toContain('querystring');
  });

  it('finds Kazakh text whatever the case, with Kazakh capitals', async () => {
    for (const q of ['ӨТІНІШ', 'өтініш', 'Өтінішті ҚАБЫЛДАУ'])
      expect(ids(await list(healthOffice, `q=${encodeURIComponent(q)}`, 'kk')), q).toEqual(of('intake'));
    expect(ids(await list(healthOffice, `q=${encodeURIComponent('ҰЛТТЫҚ')}`))).toEqual(of('patients'));
    expect(ids(await list(healthOffice, `q=${encodeURIComponent('іс жүргізу')}`))).toEqual(of('records'));
  });

  it('finds Russian text with ё read as е both ways, and English names', async () => {
    expect(ids(await list(healthOffice, `q=${encodeURIComponent('прием заявления')}`))).toEqual(of('intake'));
    expect(ids(await list(healthOffice, `q=${encodeURIComponent('ПРИЁМ ЗАЯВЛЕНИЯ')}`))).toEqual(of('intake'));
    expect(ids(await list(healthOffice, `q=${encodeURIComponent('учет')}`))).toEqual(of('patients'));
    expect(ids(await list(healthOffice, `q=${encodeURIComponent('учёт')}`))).toEqual(of('patients'));
    expect(ids(await list(healthOffice, `q=${encodeURIComponent('Запись на приём')}`))).toEqual(of('doctor'));
    expect(ids(await list(healthOffice, 'q=intake'))).toEqual(of('intake'));
  });

  it('finds a process by its roles, steps and data names', async () => {
    expect(ids(await list(healthOffice, `q=${encodeURIComponent('оператор цон')}`))).toEqual(of('intake'));
    expect(ids(await list(healthOffice, `q=${encodeURIComponent('проверить  документы')}`))).toEqual(
      of('intake'),
    );
    expect(ids(await list(healthOffice, `q=${encodeURIComponent('составе семьи')}`))).toEqual(of('intake'));
  });

  it('takes % and _ in the query literally', async () => {
    expect((await list(healthOffice, `q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await list(healthOffice, 'q=_')).total).toBe(0);
  });

  it('sorts by name in the Kazakh alphabet for a Kazakh reader, and pages', async () => {
    const kk = await list(healthOffice, 'sort=name&pageSize=50', 'kk');
    expect(kk.items.map((i) => i.name.kk)).toEqual([
      'Анықтама беру',
      'Әкімшілік есеп',
      'Бала туу',
      'Қабылдауға жазылу',
      'Өтінішті қабылдау',
      'Ұлттық тіркелім',
      'Үйге шақыру',
      'Іс жүргізу',
    ]);
    const desc = await list(healthOffice, 'sort=-name', 'kk');
    expect(desc.items.map((i) => i.name.kk)).toEqual(kk.items.map((i) => i.name.kk).reverse());
    const page2 = await list(healthOffice, 'sort=name&page=2&pageSize=3', 'kk');
    expect(page2.total).toBe(8);
    expect(page2.items.map((i) => i.name.kk)).toEqual([
      'Қабылдауға жазылу',
      'Өтінішті қабылдау',
      'Ұлттық тіркелім',
    ]);
  });

  it('sorts by the Russian name for a Russian reader', async () => {
    const ru = await list(healthOffice, 'sort=name', 'ru');
    expect(ru.items.map((i) => i.name.ru)).toEqual([
      'Административный отчет',
      'Выдача справки',
      'Вызов на дом',
      'Делопроизводство',
      'Запись на прием',
      'Приём заявления на прикрепление',
      'Рождение ребенка',
      'Учёт пациентов',
    ]);
  });

  it('names the cases from the newest map version that has them, and the referenced rows', async () => {
    const body = await list(healthOffice, `mapId=${healthMap}`);
    const intake = body.items.find((i) => i.id === created.intake) as never as Record<string, unknown>;
    expect(intake.caseLinks).toEqual([
      {
        mapId: healthMap,
        caseId: 'c1',
        processItemId: 'bp1',
        caseName: { kk: 'Жер учаскесін беру (жаңа)', ru: 'Предоставление земельного участка (новое)' },
        processItemName: {
          kk: 'Жер учаскесіне өтінішті қарау',
          ru: 'Рассмотрение заявления на земельный участок',
        },
      },
    ]);
    expect(intake.informationSystems).toEqual([
      expect.objectContaining({ id: system['gbd-fl'], code: 'gbd-fl' }),
    ]);
    expect(intake.legalActs).toEqual([expect.objectContaining({ id: rulesActId })]);
    expect(intake.publicServices).toEqual([expect.objectContaining({ id: services[0] })]);
    expect(intake.roles).toEqual(['Заявитель', 'Оператор ЦОН']);
    const certificate = body.items.find((i) => i.id === created.certificate) as never as Record<
      string,
      unknown
    >;
    // c2 exists only in version 1.
    expect(certificate.caseLinks).toEqual([
      expect.objectContaining({
        caseId: 'c2',
        caseName: expect.objectContaining({ ru: 'Контроль за использованием земель' }),
      }),
    ]);
  });

  it('lists the current variant of each kind and counts repeated data of the target, else the as-is', async () => {
    const body = await list(reviewer);
    const item = (key: string) =>
      body.items.find((i) => i.id === created[key]) as never as {
        variants: { kind: string; revision: number }[];
        repeatedDataCount: number;
      };
    expect(item('intake').variants.map((v) => [v.kind, v.revision])).toEqual([
      ['as_is', 2],
      ['target', 1],
    ]);
    expect(item('intake').repeatedDataCount).toBe(1);
    expect(item('certificate').repeatedDataCount).toBe(1);
    // Only an optimal variant: nothing counted.
    expect(item('marriage').variants.map((v) => v.kind)).toEqual(['optimal']);
    expect(item('marriage').repeatedDataCount).toBe(0);
    expect(item('patients').variants).toEqual([]);
  });
});

describe('a process', () => {
  it('opens for its body with the edit action, and for the national side read-only', async () => {
    const own = await inject('GET', `/api/registry/processes/${created.intake}`, healthOffice);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ allowedActions: ['edit'], description: '', revision: 1 });
    expect(own.json().repeatedData).toHaveLength(4);
    const deputy = await inject('GET', `/api/registry/processes/${created.intake}`, healthDeputy);
    expect(deputy.json().allowedActions).toEqual([]);
    const national = await inject('GET', `/api/registry/processes/${created.intake}`, reviewer);
    expect(national.statusCode).toBe(200);
    expect(national.json().allowedActions).toEqual([]);
  });

  it("answers 404 for another body's process, as if it did not exist", async () => {
    const res = await inject('GET', `/api/registry/processes/${created.intake}`, justiceOffice);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('registry.not_found');
    const put = await inject('PUT', `/api/registry/processes/${created.intake}`, justiceOffice, {
      name: { kk: 'А', ru: 'Б' },
      revision: 1,
    });
    expect(put.statusCode).toBe(404);
  });
});

describe('writing the registry', () => {
  const count = async () =>
    Number(
      (
        (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM business_processes`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0].n,
    );

  it('refuses unknown references and foreign or unknown cases, naming each field and rule, and stores nothing', async () => {
    const before = await count();
    const missing = '00000000-0000-4000-8000-000000000999';
    const res = await inject('POST', '/api/registry/processes', healthOffice, {
      name: { kk: 'Жаңа', ru: 'Новый' },
      publicServiceIds: [services[0], missing],
      informationSystemIds: [missing],
      legalActIds: [missing],
      caseLinks: [
        { mapId: justiceMap, caseId: 'c1' },
        { mapId: healthMap, caseId: 'nope' },
        { mapId: healthMap, caseId: 'c1', processItemId: 'nope' },
        { mapId: healthMap, caseId: 'c2', processItemId: 'bp3' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation.failed');
    expect(res.json().issues.map((i: { path: unknown[]; rule: string }) => [i.path, i.rule])).toEqual([
      [['body', 'publicServiceIds', 1], 'unknown_reference'],
      [['body', 'informationSystemIds', 0], 'unknown_reference'],
      [['body', 'legalActIds', 0], 'unknown_reference'],
      [['body', 'caseLinks', 0, 'mapId'], 'unknown_case'],
      [['body', 'caseLinks', 1, 'caseId'], 'unknown_case'],
      [['body', 'caseLinks', 2, 'processItemId'], 'unknown_process_item'],
    ]);
    expect(await count()).toBe(before);
  });

  it('requires the Kazakh and Russian names', async () => {
    const res = await inject('POST', '/api/registry/processes', healthOffice, {
      name: { kk: ' ', ru: 'Процесс' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toEqual(['body', 'name', 'kk']);
  });

  it("lets only the body's office or data officer write", async () => {
    const body = { name: { kk: 'Процесс', ru: 'Процесс' } };
    expect((await inject('POST', '/api/registry/processes', healthDeputy, body)).statusCode).toBe(403);
    expect((await inject('POST', '/api/registry/processes', reviewer, body)).statusCode).toBe(403);
    const dataOfficer = await t.userIn('mo-healthcare', ['data_officer']);
    const res = await inject('POST', '/api/registry/processes', dataOfficer, body);
    expect(res.statusCode).toBe(201);
    expect(
      (
        await inject('PUT', `/api/registry/processes/${created.intake}`, healthDeputy, {
          ...body,
          revision: 1,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('changes a process on its revision and refuses a stale change with 409, storing nothing', async () => {
    const id = created.certificate;
    const base = {
      name: { kk: 'Анықтама беру', ru: 'Выдача справки о прикреплении' },
      description: 'Ёмкое описание',
      status: 'reengineered',
      caseLinks: [{ mapId: healthMap, caseId: 'c2', processItemId: 'bp3' }],
      informationSystemIds: [system.rpn, system.rpn],
    };
    const first = await inject('PUT', `/api/registry/processes/${id}`, healthOffice, {
      ...base,
      revision: 1,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ id, revision: 2 });
    const stale = await inject('PUT', `/api/registry/processes/${id}`, healthOffice, {
      ...base,
      name: { kk: 'Басқа', ru: 'Другое' },
      revision: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'registry.conflict', details: { revision: 2 } });
    const now = (await inject('GET', `/api/registry/processes/${id}`, healthOffice)).json();
    expect(now).toMatchObject({
      name: { ru: 'Выдача справки о прикреплении' },
      description: 'Ёмкое описание',
      status: 'reengineered',
      revision: 2,
      informationSystems: [expect.objectContaining({ id: system.rpn })],
      legalActs: [],
    });
    expect(now.caseLinks[0]).toMatchObject({
      processItemId: 'bp3',
      processItemName: { ru: 'Оформление результатов проверки' },
    });
    // The description is searchable too, with ё = е.
    expect(ids(await list(healthOffice, `q=${encodeURIComponent('емкое')}`))).toEqual([id]);
  });

  it('audits every write with the process as the subject', async () => {
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'process'), eq(auditEvents.subjectId, created.certificate)));
    expect(rows.map((r) => r.type)).toEqual(['process.created', 'process.updated']);
    expect(rows[1].data).toEqual({ status: 'reengineered', revision: 2 });
  });
});

describe('repeated data requests, national list', () => {
  type Row = {
    process: { id: string; org: { code: string } };
    variantKind: string;
    elementId: string;
    elementName: string;
    dataObject: { code: string };
    informationSystem: { id: string };
  };
  const rows = async (user: User, query = '') => {
    const res = await inject('GET', `/api/registry/repeated-data${query ? `?${query}` : ''}`, user);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Row[]; total: number };
  };

  it('lists, for every current variant of every body, the data asked of the applicant that a system holds', async () => {
    const all = await rows(justiceOffice);
    const summary = all.items.map((r) => [
      r.process.org.code,
      r.variantKind,
      r.elementName,
      r.dataObject.code,
    ]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['mo-healthcare', 'as_is', 'Справка о составе семьи', 'family-composition'],
        ['mo-healthcare', 'as_is', 'Копия удостоверения личности', 'identity-document'],
        ['mo-healthcare', 'as_is', 'Паспорт гражданина Республики Казахстан', 'identity-document'],
        ['mo-healthcare', 'target', 'Удостоверение личности', 'identity-document'],
        ['mo-healthcare', 'as_is', 'Адресная справка', 'registered-address'],
        ['mo-justice', 'optimal', 'Свидетельство о браке', 'marital-status'],
      ]),
    );
    expect(all.total).toBe(6);
    // Data the operator writes is not asked of the applicant.
    expect(all.items.some((r) => r.elementId === 'DX')).toBe(false);
  });

  it('filters by body and by the holding information system', async () => {
    expect((await rows(reviewer, `orgId=${org['mo-justice']}`)).items.map((r) => r.dataObject.code)).toEqual([
      'marital-status',
    ]);
    const gbd = await rows(healthOffice, `informationSystemId=${system['gbd-fl']}`);
    expect(gbd.total).toBe(3);
    expect(gbd.items.every((r) => r.informationSystem.id === system['gbd-fl'])).toBe(true);
  });

  it('reads only active data objects', async () => {
    const res = await inject(
      'PUT',
      `/api/reference/data-objects/${dataObject['registered-address']}`,
      admin,
      {
        code: 'registered-address',
        name: { kk: 'Тіркелген мекенжайы', ru: 'Адрес регистрации' },
        extra: system['address-register'],
        isActive: false,
      },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect((await rows(reviewer)).items.some((r) => r.dataObject.code === 'registered-address')).toBe(false);
    const body = await list(reviewer);
    const certificate = body.items.find((i) => i.id === created.certificate) as never as {
      repeatedDataCount: number;
    };
    expect(certificate.repeatedDataCount).toBe(0);
  });

  it('needs a signed-in user', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/registry/repeated-data' })).statusCode).toBe(401);
  });
});

describe('cases to link', () => {
  it('offers a body the cases of its own maps, each once, named as in the newest version that has it', async () => {
    const res = await inject('GET', '/api/registry/cases', healthOffice);
    expect(res.statusCode).toBe(200);
    const cases = res.json() as {
      mapId: string;
      caseId: string;
      name: { ru: string };
      processes: { id: string }[];
    }[];
    expect(cases.map((c) => [c.mapId, c.caseId, c.name.ru])).toEqual([
      [healthMap, 'c1', 'Предоставление земельного участка (новое)'],
      [healthMap, 'c2', 'Контроль за использованием земель'],
    ]);
    expect(cases[1].processes.map((p) => p.id)).toEqual(['bp2', 'bp3']);
    expect(
      (await inject('GET', `/api/registry/cases?orgId=${org['mo-justice']}`, healthOffice)).json(),
    ).toEqual([]);
    // The national side sees the cases of submitted versions only: the justice body's map is a
    // draft nobody outside it may read (found by the authorization matrix).
    const national = (await inject('GET', '/api/registry/cases', reviewer)).json() as { mapId: string }[];
    expect(new Set(national.map((c) => c.mapId))).toEqual(new Set([healthMap]));
    const justiceCases = (await inject('GET', '/api/registry/cases', justiceOffice)).json() as {
      mapId: string;
    }[];
    expect(new Set(justiceCases.map((c) => c.mapId))).toEqual(new Set([justiceMap]));
  });
});
