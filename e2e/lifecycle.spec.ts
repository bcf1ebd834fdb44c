import { type Browser, type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { pickOption } from './helpers.ts';

/**
 * The life cycle of a map, end to end in a real browser (SPEC §3; R.22–R.24, R.41–R.42), in the
 * Russian UI, one browser context per user:
 * the healthcare office submits the demo map; a reviewer of the authorized body raises a remark on
 * an indicator; the authorized body's head returns the map for revision; the office starts the
 * next draft, changes the indicator's 2027 target, sees "what changed" under the remark and
 * resubmits; the head agrees (the redline shows the change); the ministry's first head approves;
 * the office publishes; the public portal shows the map in Kazakh; an amendment on ground 6 the
 * same day is refused with the date from which it is possible (R.41.6).
 */

const PASSWORD = 'demo-password-1';
const MAP_RU = 'Карта цифровой трансформации отрасли здравоохранения';
const MAP_KK = 'Денсаулық сақтау саласының цифрлық трансформация картасы';
const SECTOR_RU = '1. Первичная медико-санитарная помощь';
const INDICATOR_RU = 'Доля записей на приём к врачам ПМСП, оформленных в электронном виде';
const REMARK = 'Целевое значение на 2027 год не обосновано: приведите расчёт.';
const RETURN_REASON = 'Обосновать целевые значения индикаторов ПМСП.';
const REPLY = 'Значение на 2027 год уточнено по плану развития.';

/** A signed-in user with a browser context of their own, the UI in Russian. */
interface User {
  context: BrowserContext;
  page: Page;
}

async function signIn(browser: Browser, login: string): Promise<User> {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1440, height: 900 } });
  await context.addInitScript(() => window.localStorage.setItem('dtm.locale', 'ru'));
  const page = await context.newPage();
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Вход в систему' })).toBeVisible();
  await page.getByLabel('Логин', { exact: true }).fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible();
  return { context, page };
}

/** Opens the demo map from the maps list (its latest version the user may see). */
async function openMap(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: MAP_RU, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: MAP_RU })).toBeVisible({ timeout: 30_000 });
}

/** The workflow bar under the editor's top bar. */
const bar = (page: Page): Locator => page.getByRole('region', { name: 'Жизненный цикл карты' });

async function expectStatus(page: Page, status: string): Promise<void> {
  await expect(bar(page).getByText(status, { exact: true })).toBeVisible();
}

/** Presses a workflow button, then the same-named OK button of its confirmation dialog. */
async function confirmStep(page: Page, action: string, dialogTitle: string): Promise<void> {
  await bar(page).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await expect(dialog).toBeVisible();
  // A click during antd's opening zoom animation can be lost on a loaded machine: wait it out.
  await expect(dialog).not.toHaveClass(/ant-zoom/);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The remarks panel beside the page. */
const panel = (page: Page): Locator => page.getByRole('complementary', { name: 'Замечания по рассмотрению' });

async function showRemarks(page: Page): Promise<void> {
  if (await panel(page).isVisible()) return;
  await bar(page)
    .getByRole('button', { name: /^Замечания · открытых/ })
    .click();
  await expect(panel(page)).toBeVisible();
}

/** Opens page 1.1 of the first sector through the side navigation. */
async function openSectorDescription(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Разделы карты' });
  await nav.getByRole('button', { name: `Развернуть разделы «${SECTOR_RU}»` }).click();
  await nav.getByRole('link', { name: /^1\.1\. Описание/ }).click();
  await expect(page.getByRole('heading', { level: 3, name: '1.1. Описание' })).toBeVisible();
}

test.describe
  .serial('the life cycle of the demo healthcare map', () => {
    let office: User;
    let reviewer: User;
    let authority: User;
    let head: User;

    test.afterAll(async () => {
      for (const u of [office, reviewer, authority, head]) await u?.context.close();
    });

    test('the office submits the complete draft for agreement; the review term starts (R.22–R.23)', async ({
      browser,
    }) => {
      office = await signIn(browser, 'office@health');
      const page = office.page;
      await openMap(page);
      await expectStatus(page, 'Проект');
      await confirmStep(page, 'Направить на согласование', 'Направление карты на согласование');
      await expect(page.getByText('Карта направлена на согласование.')).toBeVisible();
      await expectStatus(page, 'На рассмотрении');
      // R.23: ten working days from receipt, with the dates it counts from and to.
      const review = bar(page).getByRole('listitem').filter({ hasText: 'Рассмотрение' });
      await expect(review).toContainText('10 рабочих дней');
      await expect(review).toContainText(/с \d{2}\.\d{2}\.\d{4} по \d{2}\.\d{2}\.\d{4}/);
      await expect(review).toContainText(
        /(остал(ось|ся) \d+ рабоч(ий день|их дня|их дней)|срок истекает сегодня)/,
      );
      // The submitted version is frozen.
      await expect(page.getByText('Только просмотр', { exact: true })).toBeVisible();
    });

    test('a reviewer of the authorized body raises a remark on an indicator', async ({ browser }) => {
      reviewer = await signIn(browser, 'reviewer@digital');
      const page = reviewer.page;
      await openMap(page);
      await expectStatus(page, 'На рассмотрении');
      await openSectorDescription(page);
      await showRemarks(page);
      // Picked as a keyboard user does: a mouse click on an antd option row is sometimes lost.
      await pickOption(page, panel(page).getByLabel('К чему относится'), `Индикатор 1: ${INDICATOR_RU}`, {
        search: 'Индикатор 1',
      });
      await panel(page).getByLabel('Текст замечания').fill(REMARK);
      await panel(page).getByRole('button', { name: 'Направить замечание' }).click();
      const thread = panel(page).getByRole('article').filter({ hasText: REMARK });
      await expect(thread).toBeVisible();
      await expect(thread).toContainText(`${SECTOR_RU} — 1.1. Описание — ${INDICATOR_RU}`);
      await expect(thread).toContainText('Открыто');
      await expect(bar(page).getByRole('button', { name: 'Замечания · открытых: 1' })).toBeVisible();
    });

    test("the authorized body's head returns the map for revision, with a reason (R.23)", async ({
      browser,
    }) => {
      authority = await signIn(browser, 'authority@digital');
      const page = authority.page;
      await openMap(page);
      await bar(page).getByRole('button', { name: 'Принять решение' }).click();
      const dialog = page.getByRole('dialog', { name: 'Решение уполномоченного органа' });
      await expect(dialog).toContainText('Открытых замечаний: 1');
      await dialog.getByRole('radio', { name: 'Вернуть на доработку' }).check();
      // The reason is required.
      await dialog.getByRole('button', { name: 'Зафиксировать решение' }).click();
      await expect(dialog.getByText('Обязательное поле.')).toBeVisible();
      await dialog.getByLabel('Обоснование и замечания').fill(RETURN_REASON);
      await dialog.getByRole('button', { name: 'Зафиксировать решение' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText('Карта возвращена на доработку.')).toBeVisible();
      await expectStatus(page, 'Возвращена на доработку');
      await expect(bar(page)).toContainText(RETURN_REASON);
      // The review term is done, on time.
      await expect(bar(page).getByRole('listitem').filter({ hasText: 'Рассмотрение' })).toContainText(
        /выполнено в срок \d{2}\.\d{2}\.\d{4}/,
      );
    });

    test('the office starts the next draft, fixes the indicator, sees what changed under the remark and resubmits', async () => {
      const page = office.page;
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: MAP_RU })).toBeVisible({ timeout: 30_000 });
      await expectStatus(page, 'Возвращена на доработку');
      await confirmStep(page, 'Начать следующий проект', 'Начать следующий проект');
      await expect(page).toHaveURL(/\/v\/2(\/|$)/);
      await expectStatus(page, 'Проект');
      await expect(bar(page).getByRole('link', { name: 'На основе версии 1' })).toBeVisible();

      await openSectorDescription(page);
      const target = page.getByLabel('Индикатор 1: Целевое значение на 2027 год', { exact: true });
      await target.fill('75');
      await target.press('Tab');
      await expect(page.getByText(/^Сохранено/)).toBeVisible();

      // The remark raised on version 1 shows what changed in its indicator since.
      await showRemarks(page);
      const thread = panel(page).getByRole('article').filter({ hasText: REMARK });
      await expect(thread).toContainText('к версии 1');
      await expect(thread.getByRole('heading', { name: 'Что изменилось с версии 1' })).toBeVisible();
      const change = thread.getByRole('listitem').filter({ hasText: /^Целевое значение на 2027 год/ });
      await expect(change).toContainText(/было: 70\s*→?\s*стало: 75/);
      await thread.getByLabel('Ответ').fill(REPLY);
      await thread.getByRole('button', { name: 'Ответить' }).click();
      await expect(thread.getByText(REPLY)).toBeVisible();

      await confirmStep(page, 'Направить на согласование', 'Направление карты на согласование');
      await expectStatus(page, 'На рассмотрении');
    });

    test('the head sees the redline against the returned version and agrees', async () => {
      const page = authority.page;
      await openMap(page);
      await expect(page).toHaveURL(/\/v\/2(\/|$)/);
      await page
        .getByRole('navigation', { name: 'Разделы карты' })
        .getByRole('link', { name: 'Сравнение версий' })
        .click();
      await expect(page.getByText('Сравнение с предыдущей направленной версией.')).toBeVisible();
      const change = page.getByRole('row', { name: /Целевое значение на 2027 год/ });
      await expect(change).toContainText('70');
      await expect(change).toContainText('75');

      await bar(page).getByRole('button', { name: 'Принять решение' }).click();
      const dialog = page.getByRole('dialog', { name: 'Решение уполномоченного органа' });
      await dialog.getByRole('radio', { name: 'Согласовать' }).check();
      await dialog.getByLabel('Обоснование и замечания').fill('Замечания учтены, карта согласована.');
      await dialog.getByRole('button', { name: 'Зафиксировать решение' }).click();
      await expect(dialog).toBeHidden();
      await expectStatus(page, 'Согласована');
    });

    test("the ministry's first head approves; the publication term starts (R.23–R.24)", async ({
      browser,
    }) => {
      head = await signIn(browser, 'head@health');
      const page = head.page;
      await openMap(page);
      await expectStatus(page, 'Согласована');
      await confirmStep(page, 'Утвердить', 'Утверждение карты');
      await expectStatus(page, 'Утверждена');
      const publication = bar(page).getByRole('listitem').filter({ hasText: 'Опубликование' });
      await expect(publication).toContainText('3 рабочих дня');
    });

    test('the office publishes; the history tells the story in the reader’s language', async () => {
      const page = office.page;
      await openMap(page);
      await expectStatus(page, 'Утверждена');
      await confirmStep(page, 'Опубликовать', 'Опубликование карты');
      await expectStatus(page, 'Опубликована');
      await expect(bar(page).getByRole('listitem').filter({ hasText: 'Опубликование' })).toContainText(
        /выполнено в срок/,
      );
      await page
        .getByRole('navigation', { name: 'Разделы карты' })
        .getByRole('link', { name: 'История карты' })
        .click();
      const history = page.getByRole('list').filter({ hasText: 'Айгерім Сейітова' });
      await expect(history).toContainText('Версия 1 направлена на согласование');
      await expect(history).toContainText(`Версия 1 возвращена на доработку: «${RETURN_REASON}»`);
      await expect(history).toContainText(/Версия 2 опубликована \d{2}\.\d{2}\.\d{4}, в срок/);
    });

    test('the public portal shows the published map in Kazakh', async ({ browser }) => {
      // A visitor without an account, the UI in Russian until they switch.
      const context = await browser.newContext({ locale: 'ru-RU' });
      await context.addInitScript(() => {
        if (!window.localStorage.getItem('dtm.locale')) window.localStorage.setItem('dtm.locale', 'ru');
      });
      const page = await context.newPage();
      const listed = await page.request.get('/api/public/maps');
      expect(JSON.stringify(await listed.json())).toContain(MAP_KK);
      await page.goto('/portal');
      await page.getByRole('radiogroup', { name: 'Язык интерфейса' }).getByText('Қазақша').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
      await page.getByRole('link', { name: MAP_KK }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: MAP_KK })).toBeVisible();
      await context.close();
    });

    test('an amendment on ground 6 the same day is refused, naming the date it becomes possible (R.41.6)', async () => {
      const page = office.page;
      await openMap(page);
      await bar(page).getByRole('button', { name: 'Внести изменения' }).click();
      const dialog = page.getByRole('dialog', { name: 'Внесение изменений в карту' });
      await dialog
        .getByRole('radio', { name: /^6\) в случаях, не предусмотренных настоящими Правилами/ })
        .check();
      await dialog.getByLabel('Обоснование').fill('Уточнение перечня кейсов.');
      await dialog.getByRole('button', { name: 'Начать проект изменений' }).click();
      const refusal = dialog.getByRole('alert');
      await expect(refusal).toContainText(/6 месяцев/);
      await expect(refusal).toContainText(/\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4}/);
      await expect(dialog).toBeVisible();
      await expect(page).toHaveURL(/\/v\/2(\/|$)/);
    });
  });
