import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible, login } from './helpers.ts';

/**
 * Monitoring, end to end (R.25–R.28), in the Russian UI. The demo map of the Ministry of Agriculture
 * is approved on the first start; reporting on it begins after the quarter ends. So this journey
 * runs its own server twice on one embedded database: once today (the demo story approves the
 * map), then again with its clock set (CLOCK_START) to a week into the next quarter — the restarted
 * server opens the ended quarter's reporting period by itself. The office reports the quarter (a
 * value far below its target, an evidence file, the state of a plan-schedule cell with a comment)
 * and submits it; the deputy head sees the indicator off track and the KPI of R.25 and locks the
 * report; the authorized body's national page ranks the ministry, keeps it under "needing
 * attention" and drills down to its late item; the public portal shows the reported value.
 */

const PORT = Number(process.env.E2E_MONITORING_PORT ?? 3198);
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = '.tmp/e2e-monitoring-data';
const AGRICULTURE = 'Министерство сельского хозяйства РК';
const INDICATOR = 'Полнота цифрового земельного кадастра';
const CASE = 'Предоставление земельного участка';
const CELL_COMMENT = 'Подрядчик не завершил интеграцию с ГБД ЮЛ';

/** The next quarter's first day in Almaty plus a week, 10:00 — inside its reporting window. */
function nextQuarterWeekIn(now = new Date()): { clock: string; year: number; quarter: number } {
  const almaty = new Date(now.getTime() + 5 * 3_600_000);
  const year = almaty.getUTCFullYear();
  const quarter = Math.floor(almaty.getUTCMonth() / 3) + 1;
  const start = new Date(Date.UTC(year, quarter * 3, 8)); // month index quarter*3 = next quarter's first month
  const iso = start.toISOString().slice(0, 10);
  return { clock: `${iso}T10:00:00+05:00`, year, quarter };
}

let server: ChildProcess | null = null;

async function startServer(env: Record<string, string>): Promise<void> {
  // Node itself (not npx), so that SIGTERM reaches the server and its graceful shutdown.
  const started = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATA_DIR,
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '1000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server = started;
  for (let i = 0; i < 240; i++) {
    if (started.exitCode !== null) throw new Error(`the monitoring e2e server exited (${started.exitCode})`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the monitoring e2e server did not start');
}

async function stopServer(): Promise<void> {
  const s = server;
  server = null;
  if (!s || s.exitCode !== null) return;
  const exited = new Promise((r) => s.once('exit', r));
  s.kill('SIGTERM');
  await exited;
}

const period = nextQuarterWeekIn();
const QUARTER = `${['I', 'II', 'III', 'IV'][period.quarter - 1]} квартал ${period.year} года`;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: BASE });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  rmSync(DATA_DIR, { recursive: true, force: true });
  rmSync(`${DATA_DIR}.lock`, { force: true });
  // Today: the first start seeds the demo and plays its story (the map is approved and published).
  await startServer({});
  await stopServer();
  // A week into the next quarter: the restarted server opens the ended quarter's period.
  await startServer({ CLOCK_START: period.clock });
});

test.afterAll(async () => {
  await stopServer();
});

const CONTEXT = { locale: 'ru-RU', viewport: { width: 1440, height: 900 }, bypassCSP: true };

async function signIn(browser: Browser, user: string): Promise<Page> {
  const context = await browser.newContext(CONTEXT);
  await context.addInitScript(() => window.localStorage.setItem('dtm.locale', 'ru'));
  const page = await context.newPage();
  await login(page, user);
  return page;
}

let mapUrl = '';

test('the office reports the quarter: a value, its evidence, a cell with a comment; submits', async ({
  browser,
}) => {
  const page = await signIn(browser, 'office@agri');
  await page.getByRole('link', { name: 'Мониторинг', exact: true }).click();
  await expect(page).toHaveURL(/\/monitoring\/[0-9a-f-]{36}$/);
  mapUrl = new URL(page.url()).pathname;
  // The period was opened by the restarted server's catch-up run of the monitoring job.
  const periods = page.getByRole('region', { name: 'Отчётные периоды' });
  await expect(async () => {
    await page.reload();
    await expect(periods.getByRole('link', { name: QUARTER })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await periods.getByRole('link', { name: QUARTER }).click();
  await expect(page.getByRole('heading', { name: /Отчёт о мониторинге/ })).toBeVisible();

  // A value that is not a number is refused with the row's message, and nothing is stored.
  const value = page.getByLabel(`Факт: ${INDICATOR}`);
  await value.fill('сорок');
  await page.getByRole('button', { name: /Сохранить значения/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: /число/ }).first()).toBeVisible();

  await value.fill('40');
  await page.getByLabel(`Источник: ${INDICATOR}`).fill('Данные ИС «Земельный кадастр»');
  await page.getByLabel(`Комментарий: ${INDICATOR}`).fill('Оцифровка архивов отстаёт от графика');
  await page.getByLabel(`Прикрепить файл: ${INDICATOR}`).setInputFiles({
    name: 'справка.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await expect(page.getByText('справка.pdf')).toBeVisible();
  await page.getByRole('button', { name: /Сохранить значения/ }).click();
  await expect(page.getByText('Сохранено').first()).toBeVisible();
  // After the save the stored evidence is a download link.
  await expect(page.getByRole('link', { name: 'справка.pdf' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: INDICATOR });
  await expect(row.getByText('Отставание')).toBeVisible();

  // A plan-schedule cell of the quarter, reported with a comment.
  const cells = page.getByRole('region', { name: 'Ячейки план-графика в квартале' });
  const cellComment = cells.getByLabel(`Комментарий: ${CASE}`).first();
  await cellComment.fill(CELL_COMMENT);
  await cells.getByRole('button', { name: /Сохранить состояния/ }).click();
  await expect(page.getByText('Сохранено').first()).toBeVisible();

  await page.getByRole('button', { name: /Представить отчёт/ }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /Представить отчёт/ })
    .click();
  await expect(page.getByText('Представлен').first()).toBeVisible();
  await expectAccessible(page);
  await page.context().close();
});

test('the deputy head sees the indicator off track and the KPI, and locks the report', async ({
  browser,
}) => {
  const page = await signIn(browser, 'deputy@agri');
  await page.goto(mapUrl);
  await expect(page.getByRole('region', { name: 'Отчётные периоды' })).toBeVisible();
  // R.25: one indicator of the priority direction, not on track → 0 of 1.
  await expect(page.getByText(/0 из 1 в норме/)).toBeVisible();
  const indicators = page.getByRole('region', { name: 'Индикаторы: план и факт' });
  await expect(
    indicators.getByRole('row').filter({ hasText: INDICATOR }).getByText('Отставание').first(),
  ).toBeVisible();
  // The plan-schedule's late items include the reported cell.
  await expect(
    page.getByRole('region', { name: 'Исполнение план-графика' }).getByText(CASE).first(),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('region', { name: 'Отчётные периоды' }).getByRole('link', { name: QUARTER }).click();
  await page.getByRole('button', { name: /Закрыть отчёт/ }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /Закрыть отчёт/ })
    .click();
  await expect(page.getByText('Отчёт закрыт и доступен только для чтения.')).toBeVisible();
  await expect(page.getByLabel(`Факт: ${INDICATOR}`)).toBeDisabled();
  await page.context().close();
});

test('the authorized body ranks the ministry nationally and drills down to its late item', async ({
  browser,
}) => {
  const page = await signIn(browser, 'authority@digital');
  await page.goto('/monitoring/national');
  await expect(page.getByRole('heading', { name: 'Внешний мониторинг' })).toBeVisible();
  const ranking = page.getByRole('region', { name: 'Рейтинг органов' });
  const body = ranking.getByRole('row').filter({ hasText: AGRICULTURE });
  await expect(body).toBeVisible();
  await expect(body.getByRole('cell').first()).toHaveText('1');
  // Only the bodies needing attention: the ministry stays (off track, late items).
  await ranking.getByRole('checkbox', { name: /Только требующие внимания/ }).check();
  await expect(body).toBeVisible();
  await expectAccessible(page);
  await body.getByRole('link', { name: AGRICULTURE }).click();
  await expect(page).toHaveURL(new RegExp(`${mapUrl}$`));
  await expect(
    page.getByRole('region', { name: 'Исполнение план-графика' }).getByText(CASE).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Индикаторы: план и факт' }).getByText(INDICATOR).first(),
  ).toBeVisible();
  await page.context().close();
});

test('the public portal shows the reported value without login', async ({ browser }) => {
  const context = await browser.newContext(CONTEXT);
  await context.addInitScript(() => window.localStorage.setItem('dtm.locale', 'ru'));
  const page = await context.newPage();
  const mapId = mapUrl.split('/').pop();
  await page.goto(`/portal/maps/${mapId}/progress`);
  await expect(page.getByRole('heading', { name: /Ход реализации карты/ })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Индикаторы: план и факт' })
      .getByRole('row')
      .filter({ hasText: INDICATOR }),
  ).toContainText('40');
  await expectAccessible(page);
  await context.close();
});
