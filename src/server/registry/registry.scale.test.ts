import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickText } from '../../domain/locale.ts';
import { validMapDocument } from '../../domain/map/map.fixture.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { normalizeSearch, processSearchText } from '../../domain/registry/registry.search.ts';
import { businessProcesses, maps, mapVersionCases, mapVersions, organisations } from '../db/schema.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';
import { searchCondition } from './registry.queries.ts';

// The paths that keep the registry search fast at national scale (issue 7): the trigram index
// behind searches of three characters or more, the sort keys sorted and paged before the page's
// rows are loaded, and case names read from the map_version_cases projection. Each must answer
// exactly what a plain substring search over every process, sorted whole, would answer.

type User = { cookie: string; id: string };
let t: TestApp;
let healthOffice: User;
let justiceOffice: User;
let reviewer: User;
let healthOrg: string;
let healthMap: string;
let justiceMap: string;
let justiceDraftId: string;

interface Seeded {
  id: string;
  name: { kk: string; ru: string; en?: string };
  searchText: string;
}
const seeded: Seeded[] = [];

const KK = [
  'Анықтама',
  'Әкімдік',
  'Өтініш',
  'Отиниш',
  'Ұлттық',
  'Үлгі',
  'Іздеу',
  'Қабылдау',
  'Ғимарат',
  'Һәм',
];
const RU = ['Выдача', 'Лицензия', 'Приём', 'Учёт', 'Щит', 'Шит', 'Ёлка', 'Елка', 'Справка', 'Объект'];

const list = async (user: User, query: string, locale = 'ru') => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/registry/processes?${query}`,
    headers: { cookie: user.cookie, 'x-locale': locale },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    items: {
      id: string;
      name: { kk: string; ru: string };
      caseLinks: {
        caseId: string;
        caseName: { ru: string } | null;
        processItemName: { ru: string } | null;
      }[];
    }[];
    total: number;
  };
};

/** The answer by definition: every visible process whose search text contains the query, sorted whole. */
function expected(q: string, locale: 'kk' | 'ru') {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const needle = normalizeSearch(q);
  return seeded
    .filter((p) => p.searchText.includes(needle))
    .sort(
      (a, b) =>
        collator.compare(pickText(a.name, locale), pickText(b.name, locale)) || a.id.localeCompare(b.id),
    )
    .map((p) => p.id);
}

async function insertVersion(mapId: string, number: number, status: string, content: MapDocument) {
  const [v] = await t.database.db
    .insert(mapVersions)
    .values({ mapId, number, status, content, createdBy: healthOffice.id, updatedBy: healthOffice.id })
    .returning();
  return v.id;
}

beforeAll(async () => {
  t = await setupTestApp();
  const db = t.database.db;
  healthOffice = await t.userIn('mo-healthcare', ['dt_office']);
  justiceOffice = await t.userIn('mo-justice', ['dt_office']);
  reviewer = await t.userIn('mo-digital', ['reviewer']);
  const orgId = async (code: string) =>
    (await db.select().from(organisations).where(eq(organisations.code, code)))[0].id;
  healthOrg = await orgId('mo-healthcare');
  const justiceOrg = await orgId('mo-justice');

  // Health: version 1 published with c1 and c2, version 2 a draft renaming c1 and adding c9.
  [{ id: healthMap }] = await db
    .insert(maps)
    .values({ orgId: healthOrg, periodFrom: 2025, createdBy: healthOffice.id })
    .returning();
  const published = validMapDocument();
  const draft = validMapDocument();
  draft.sectors[0].cases[0].name = { kk: 'Жоба атауы', ru: 'Черновое название' };
  draft.sectors[0].cases.push({
    ...structuredClone(draft.sectors[0].cases[1]),
    id: 'c9',
    name: { kk: 'Тек жобада', ru: 'Только в черновике' },
  });
  await insertVersion(healthMap, 1, 'published', published);
  await insertVersion(healthMap, 2, 'draft', draft);
  // Justice: one draft only.
  [{ id: justiceMap }] = await db
    .insert(maps)
    .values({ orgId: justiceOrg, periodFrom: 2025, createdBy: justiceOffice.id })
    .returning();
  justiceDraftId = await insertVersion(justiceMap, 1, 'draft', validMapDocument());

  // 120 processes of the healthcare body with names built from Kazakh and Russian words whose
  // search keys collide (Өтініш / Отиниш, Щит / Шит) and with numbers that sort numerically.
  const rows = Array.from({ length: 120 }, (_, i) => {
    const name = {
      kk: `${KK[i % KK.length]} ${KK[(i * 7 + 3) % KK.length].toLowerCase()} ${i % 13}`,
      ru: `${RU[(i * 3) % RU.length]} ${RU[(i * 5 + 1) % RU.length].toLowerCase()} ${i % 17}`,
      ...(i % 4 === 0 ? { en: `Licence ${i}` } : {}),
    };
    const steps = i % 5 === 0 ? ['Проверить документы'] : [];
    return {
      orgId: healthOrg,
      name,
      steps,
      caseLinks:
        i % 10 === 0
          ? [
              { mapId: healthMap, caseId: 'c1', processItemId: 'bp1' },
              { mapId: healthMap, caseId: 'c9', processItemId: null },
              { mapId: justiceMap, caseId: 'c1', processItemId: null },
            ]
          : [],
      searchText: processSearchText({ name, roles: [], steps, dataNames: [] }),
    };
  });
  for (const r of await db.insert(businessProcesses).values(rows).returning())
    seeded.push({ id: r.id, name: r.name, searchText: r.searchText });
});
afterAll(() => t.close());

describe('registry search at scale', () => {
  it.each([
    ['a one-letter query (no trigram)', 'а', 'ru'],
    ['a two-letter query (no trigram)', 'үл', 'kk'],
    ['a Kazakh word', 'өтініш', 'kk'],
    ['a Russian word spelt with the same key as the Kazakh one', 'отиниш', 'kk'],
    ['щ, whose key is not ш’s', 'щит', 'ru'],
    ['ё read as е', 'ЁЛКА', 'ru'],
    ['words across a space', 'выдача лицензия', 'ru'],
    ['an English name', 'licence 4', 'ru'],
    ['a step', 'проверить док', 'ru'],
    ['digits', ' 12', 'ru'],
  ] as const)(
    'finds exactly the processes containing %s, in the reader’s alphabet',
    async (_what, q, locale) => {
      const want = expected(q, locale);
      expect(want.length).toBeGreaterThan(0);
      expect(want.length).toBeLessThan(seeded.length);
      const got = await list(reviewer, `q=${encodeURIComponent(q)}&pageSize=200`, locale);
      expect(got.total).toBe(want.length);
      expect(got.items.map((i) => i.id)).toEqual(want);
    },
  );

  it('finds nothing when nothing contains the query, even where the search keys collide', async () => {
    // "өтініш" and "отиниш" share a search key; "өтиниш" is in neither name.
    for (const q of ['жоқ мәтін', 'өтиниш'])
      expect(await list(reviewer, `q=${encodeURIComponent(q)}`, 'kk')).toMatchObject({ total: 0, items: [] });
  });

  it('pages the whole match in order, by name both ways and by change', async () => {
    for (const locale of ['kk', 'ru'] as const) {
      const want = expected('', locale);
      const pages: string[] = [];
      for (let page = 1; page <= 5; page++)
        pages.push(...(await list(reviewer, `pageSize=25&page=${page}`, locale)).items.map((i) => i.id));
      expect(pages).toEqual(want);
      const back = await list(reviewer, 'sort=-name&pageSize=30&page=2', locale);
      expect(back.items.map((i) => i.id)).toEqual([...want].reverse().slice(30, 60));
      expect(back.total).toBe(want.length);
    }
    // All share one change time: then by name.
    const updated = await list(reviewer, 'sort=updated&pageSize=10&page=3', 'kk');
    expect(updated.items.map((i) => i.id)).toEqual(expected('', 'kk').slice(20, 30));
    expect((await list(reviewer, 'pageSize=50&page=4')).items).toEqual([]);
  });

  it('serves a search of three characters or more from the trigram index', async () => {
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      for (const q of ['лиц', 'өтініш', 'проверить док']) {
        const plan = await tx.execute(
          sql`EXPLAIN SELECT id FROM business_processes WHERE ${searchCondition(normalizeSearch(q))}`,
        );
        expect(JSON.stringify(plan), q).toContain('business_processes_search_key_trgm_idx');
      }
    });
  });

  it('names linked cases from the newest version the reader may see, never from a draft of another body', async () => {
    const linked = seeded.filter((_, i) => i % 10 === 0).map((p) => p.id);
    const names = async (user: User) => {
      const body = await list(user, 'pageSize=200');
      return body.items
        .filter((i) => linked.includes(i.id))
        .map((i) =>
          i.caseLinks.map((l) => [l.caseId, l.caseName?.ru ?? null, l.processItemName?.ru ?? null]),
        );
    };
    const own = await names(healthOffice);
    expect(own).toHaveLength(linked.length);
    for (const links of own)
      expect(links).toEqual([
        ['c1', 'Черновое название', 'Рассмотрение заявления на земельный участок'],
        ['c9', 'Только в черновике', null],
        // Another body's draft: no name.
        ['c1', null, null],
      ]);
    const national = await names(reviewer);
    expect(national).toHaveLength(linked.length);
    for (const links of national)
      expect(links).toEqual([
        ['c1', 'Предоставление земельного участка', 'Рассмотрение заявления на земельный участок'],
        ['c9', null, null],
        ['c1', null, null],
      ]);
    expect(JSON.stringify(await list(reviewer, 'pageSize=200'))).not.toMatch(/Черновое|черновике/);
  });

  it('keeps the case projection equal to the documents through every write of a version', async () => {
    const db = t.database.db;
    const projected = async (versionId: string) =>
      (
        await db
          .select()
          .from(mapVersionCases)
          .where(eq(mapVersionCases.versionId, versionId))
          .orderBy(mapVersionCases.sectorOrd, mapVersionCases.caseOrd)
      ).map((c) => [c.sectorOrd, c.caseOrd, c.caseId, c.name?.ru, c.processes.map((p) => p.id)]);
    const fromDocument = (doc: MapDocument) =>
      doc.sectors.flatMap((s, si) =>
        s.cases.map((c, ci) => [si + 1, ci + 1, c.id, c.name.ru, c.processes.map((p) => p.id)]),
      );
    const doc = validMapDocument();
    expect(await projected(justiceDraftId)).toEqual(fromDocument(doc));

    // A renamed case, a removed one and a new process item, saved as the editor saves.
    doc.sectors[0].cases[0].name.ru = 'Переименованное дело';
    doc.sectors[0].cases[1].processes.pop();
    doc.sectors[0].cases.splice(0, 0, { ...structuredClone(doc.sectors[0].cases[1]), id: 'c0' });
    await db.update(mapVersions).set({ content: doc }).where(eq(mapVersions.id, justiceDraftId));
    expect(await projected(justiceDraftId)).toEqual(fromDocument(doc));

    // A save of another part of the document leaves the cases as they are.
    doc.passport.title.ru = 'Новое название карты';
    await db.update(mapVersions).set({ content: doc }).where(eq(mapVersions.id, justiceDraftId));
    expect(await projected(justiceDraftId)).toEqual(fromDocument(doc));

    // Cases of a sector that is gone go with it.
    doc.sectors = [];
    await db.update(mapVersions).set({ content: doc }).where(eq(mapVersions.id, justiceDraftId));
    expect(await projected(justiceDraftId)).toEqual([]);
  });
});
