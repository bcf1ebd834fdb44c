import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, login, useRussian } from './helpers.ts';

/**
 * The plan-schedule grid of a large sector (issue 7: it renders only the rows in view). A Ministry
 * of Transport office gets a map of 300 cases through the API (every fifth case split into two
 * process rows: 360 rows); in the editor the grid keeps a window of rows in the DOM while telling
 * assistive technology the full size, the keyboard reaches rows that are not rendered, an edit
 * there is saved, and a finding's link scrolls its row into view.
 */

const CASES = 300;
const ROWS = CASES + CASES / 5;
/** The grid's header rows (years, quarters): case row n has aria-rowindex n + 2. */
const HEAD = 2;
const CSRF = { 'x-requested-with': 'dtmaps' };
const OFFICE = { login: 'office@transport', password: 'Transport-2025-grid' };
/** The case (0-based) left with an empty plan-schedule row: its finding links to the row. */
const EMPTY_CASE = 250;
/** Its row: the cases before it, plus one more row for each split case before it. */
const EMPTY_ROW = EMPTY_CASE + Math.floor(EMPTY_CASE / 5);

const split = (i: number) => i % 5 === 4;
const name = (i: number) => ({ kk: `Кейс ${i + 1}`, ru: `Кейс ${i + 1}` });
/** R, R, F, F from a quarter that moves with the case; 2029 IV always empty. */
const schedule = (i: number) =>
  Array.from({ length: 20 }, (_, q) => ['R', 'R', 'F', 'F'][q - (i % 16)] ?? '');

function mapDocument() {
  return {
    sectors: [
      {
        id: 'roads',
        name: { kk: 'Автомобиль жолдары', ru: 'Автомобильные дороги' },
        cases: Array.from({ length: CASES }, (_, i) => ({
          id: `c${i + 1}`,
          name: name(i),
          scheduleByProcess: split(i),
          processes: split(i)
            ? [1, 2].map((j) => ({
                id: `c${i + 1}-p${j}`,
                name: { kk: `Процесс ${j}`, ru: `Процесс ${j}` },
                schedule: schedule(i + j),
              }))
            : [],
          schedule: split(i) || i === EMPTY_CASE ? Array(20).fill('') : schedule(i),
        })),
      },
    ],
  };
}

async function signedIn(baseURL: string, user: string, password: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: CSRF });
  const res = await api.post('/api/auth/login', { data: { login: user, password } });
  expect(res.status(), await res.text()).toBe(200);
  return api;
}

/** The row of the focused cell, by its aria-rowindex. */
const focusedRow = (page: Page) => page.locator('table.ed-grid tbody tr:has(td:focus)');

test('a 360-row plan-schedule: a window of rows, the full size, the keyboard and a save across it', async ({
  browser,
  baseURL,
}) => {
  const admin = await signedIn(baseURL!, 'admin', DEMO_PASSWORD);
  const orgs = (await (await admin.get('/api/organisations')).json()) as { id: string; code: string }[];
  const transport = orgs.find((o) => o.code === 'mo-transport');
  expect(transport).toBeDefined();
  const created = await admin.post('/api/admin/users', {
    data: { ...OFFICE, fullName: 'Тест Көлік', orgId: transport!.id, roles: ['dt_office'] },
  });
  expect(created.status(), await created.text()).toBe(201);
  await admin.dispose();
  const office = await signedIn(baseURL!, OFFICE.login, OFFICE.password);
  const map = await office.post('/api/maps', { data: { document: mapDocument() } });
  expect(map.status(), await map.text()).toBe(201);
  const mapId = ((await map.json()) as { map: { id: string } }).map.id;

  // bypassCSP: axe-core is injected as a script tag, which the app's CSP refuses.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await useRussian(page);
  await login(page, OFFICE.login, OFFICE.password);
  await page.goto(`/maps/${mapId}/v/1/sector.roads.schedule`);
  const grid = page.getByRole('grid', { name: '1.3. План-график по сфере' });
  const rendered = grid.locator('tbody tr[aria-rowindex]');
  const row = (n: number) => grid.locator(`tbody tr[aria-rowindex="${n + HEAD}"]`);
  const cell = (label: string, year: number, quarter: string, value: string) =>
    grid.getByRole('gridcell', { name: `${label} — ${year} ${quarter} кв.: ${value}`, exact: true });
  const last = 'Кейс 300 — Процесс 2';

  await test.step('the full size is announced, a window of rows is rendered', async () => {
    await expect(grid).toHaveAttribute('aria-rowcount', String(ROWS + HEAD));
    await expect(cell('Кейс 1', 2025, 'I', 'R')).toBeVisible();
    expect(await rendered.count()).toBeLessThan(80);
    await expect(row(ROWS)).toHaveCount(0);
    await expect(rendered.first()).toHaveAttribute('aria-rowindex', String(1 + HEAD));
  });

  await test.step('the keyboard reaches rows that are not rendered', async () => {
    await cell('Кейс 1', 2025, 'I', 'R').focus();
    await page.keyboard.press('Control+End');
    await expect(cell(last, 2029, 'IV', 'пусто')).toBeFocused();
    await expect(cell(last, 2029, 'IV', 'пусто')).toBeInViewport();
    await expect(focusedRow(page)).toHaveAttribute('aria-rowindex', String(ROWS + HEAD));
    expect(await rendered.count()).toBeLessThan(80);

    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(focusedRow(page)).toHaveAttribute('aria-rowindex', String(ROWS - 2 + HEAD));
    await page.keyboard.press('Control+Home');
    await expect(cell('Кейс 1', 2025, 'I', 'R')).toBeFocused();
    await expect(cell('Кейс 1', 2025, 'I', 'R')).toBeInViewport();
    await expect(row(ROWS)).toHaveCount(0);

    // One row at a time past the first window: each next row is rendered before it is focused.
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
    await expect(focusedRow(page)).toHaveAttribute('aria-rowindex', String(61 + HEAD));
    await expect(page.locator('td:focus')).toBeInViewport();
    await expect(row(1)).toHaveCount(0);
  });

  await test.step('a cell of the last row, typed on the keyboard, is saved', async () => {
    await page.keyboard.press('Control+End');
    await page.keyboard.press('D');
    await expect(cell(last, 2029, 'IV', 'D')).toBeFocused();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect
      .poll(
        async () => {
          const res = await office.get(`/api/maps/${mapId}/versions/1`);
          const { document } = (await res.json()) as { document: ReturnType<typeof mapDocument> };
          return document.sectors[0].cases[CASES - 1].processes[1].schedule[19];
        },
        { timeout: 15_000 },
      )
      .toBe('D');
    await page.reload();
    await cell('Кейс 1', 2025, 'I', 'R').focus();
    await page.keyboard.press('Control+End');
    await expect(cell(last, 2029, 'IV', 'D')).toBeFocused();
  });

  await test.step("a finding's link scrolls its row into view", async () => {
    await page.keyboard.press('Control+Home');
    await expect(row(EMPTY_ROW + 1)).toHaveCount(0);
    const findings = page.getByRole('region', { name: 'Замечания по план-графику' });
    await findings
      .getByRole('button', { name: `Кейс ${EMPTY_CASE + 1}`, exact: true })
      .first()
      .click();
    await expect(focusedRow(page)).toHaveAttribute('aria-rowindex', String(EMPTY_ROW + 1 + HEAD));
    await expect(cell(`Кейс ${EMPTY_CASE + 1}`, 2025, 'I', 'пусто')).toBeFocused();
    await expect(cell(`Кейс ${EMPTY_CASE + 1}`, 2025, 'I', 'пусто')).toBeInViewport();
  });

  await test.step('accessible with rows virtualised', async () => {
    await expectAccessible(page);
  });
  await office.dispose();
  await context.close();
});

test('the built code is kept by the browser for good; the page that names it is always revalidated', async ({
  request: http,
}) => {
  const page = await http.get('/');
  expect(page.headers()['cache-control']).toBe('no-cache');
  const html = await page.text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    const res = await http.get(asset);
    expect(res.status(), asset).toBe(200);
    expect(res.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
  }
  // A client route falls back to the page, revalidated like it.
  const route = await http.get('/maps');
  expect(route.headers()['cache-control']).toBe('no-cache');
});
