import { expect, type Locator, type Page, test } from '@playwright/test';
import { login, logout, pickOption, useRussian } from './helpers.ts';

/**
 * The authoring journey, end to end in a real browser, in the Russian UI:
 * the admin creates a DT-office user for the Ministry of Energy; that user creates the ministry's
 * map and fills a minimal valid map through the editor (the blocking findings fall to 0 along the
 * way, the plan-schedule is typed on the keyboard); everything survives a reload; another
 * ministry's office cannot open the map by its URL.
 */

const NEW_USER = {
  login: 'author@energy',
  fullName: 'Асқар Тоқтаров',
  password: 'Energy-2025-pass',
};
const ENERGY_RU = 'Министерство энергетики РК';

type Text = { kk: string; ru: string };
const MAP_TITLE: Text = {
  kk: 'Энергетика саласының цифрлық трансформация картасы',
  ru: 'Карта цифровой трансформации сферы энергетики',
};
const MAP_GOAL: Text = {
  kk: 'Энергетика саласындағы мемлекеттік басқаруды цифрлық трансформациялау',
  ru: 'Цифровая трансформация государственного управления в сфере энергетики',
};
const PLANNING_DOC = /^Национальный план развития Республики Казахстан до 2029 года/;
const IMPLEMENTER: Text = {
  kk: 'Атомдық және энергетикалық қадағалау комитеті',
  ru: 'Комитет атомного и энергетического надзора',
};
const SECTOR: Text = { kk: 'Электр энергетикасы', ru: 'Электроэнергетика' };
const SECTOR_UNIT: Text = {
  kk: 'Электр энергетикасын дамыту департаменті',
  ru: 'Департамент развития электроэнергетики',
};
const SECTOR_DESCRIPTION: Text = {
  kk: 'Сала электр энергиясын өндіруді, беруді және тұтынуды қамтиды.',
  ru: 'Сфера охватывает производство, передачу и потребление электрической энергии.',
};
const INDICATOR: Text = {
  kk: 'Электрондық түрде берілген рұқсаттардың үлесі',
  ru: 'Доля разрешений, выданных в электронном виде',
};
const PERCENT: Text = { kk: '%', ru: '%' };
const SOURCE: Text = { kk: 'Министрліктің даму жоспары', ru: 'План развития министерства' };
const TARGETS = { 2025: '20', 2026: '35', 2027: '50', 2028: '70', 2029: '90' } as const;
const SUBJECT: Text = { kk: 'Энергия өндіруші ұйымдар', ru: 'Энергопроизводящие организации' };
const STAGE: Text = { kk: 'Лицензия алу', ru: 'Получение лицензии' };
const PROBLEM: Text = { kk: 'Қағаз өтінімдер мен ұзақ мерзімдер', ru: 'Бумажные заявки и длительные сроки' };
const TECHNOLOGY: Text = { kk: 'Жүктемені машиналық болжау', ru: 'Машинное прогнозирование нагрузки' };
const CASE: Text = { kk: 'Энергетикалық лицензиялау', ru: 'Лицензирование в энергетике' };
const PROCESS: Text = { kk: 'Лицензия беру', ru: 'Выдача лицензии' };
const UNIT: Text = { kk: 'Лицензиялау басқармасы', ru: 'Управление лицензирования' };
const RATIONALE: Text = { kk: 'Өтініштер көп, мерзімдер ұзақ', ru: 'Много обращений, длительные сроки' };
const EFFECTS: Text = { kk: 'Мерзімдер екі есе қысқарады', ru: 'Сроки сократятся вдвое' };
const SOLUTIONS: Text = {
  kk: 'Эстониядағы проактивті лицензиялау',
  ru: 'Проактивное лицензирование в Эстонии',
};
const PERFORMANCE: Text = {
  kk: 'Цифрлық қызметтерге қанағаттану деңгейі',
  ru: 'Удовлетворённость цифровыми услугами',
};
const SURVEY: Text = { kk: 'Сауалнама', ru: 'Опрос' };

const KK = ' — на казахском';
const RU = ' — на русском';

/** Both official languages of a localized field (LocalizedTextField names its inputs "<label> — на …"). */
async function fillText(scope: Page | Locator, label: string, text: Text): Promise<void> {
  await scope.getByLabel(`${label}${KK}`, { exact: true }).fill(text.kk);
  await scope.getByLabel(`${label}${RU}`, { exact: true }).fill(text.ru);
}

async function expectText(scope: Page | Locator, label: string, text: Text): Promise<void> {
  await expect(scope.getByLabel(`${label}${KK}`, { exact: true })).toHaveValue(text.kk);
  await expect(scope.getByLabel(`${label}${RU}`, { exact: true })).toHaveValue(text.ru);
}

/** The top bar's "Блокирующих: N" (a link to the findings page). */
const blockingTotal = (page: Page) =>
  page.getByRole('link', { name: /Блокирующих: \d+/ }).getByText(/^Блокирующих: \d+$/);

async function expectBlocking(page: Page, n: number): Promise<void> {
  await expect(blockingTotal(page)).toHaveText(`Блокирующих: ${n}`);
}

/** Opens a page of the editor by its side navigation and waits for its heading. */
async function openEditorPage(page: Page, link: string | RegExp, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Разделы карты' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
}

/** Hands the focused field's edit to the map and waits for the autosave to report success. */
async function waitSaved(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(
    page.getByRole('status').filter({ hasText: /Сохран|сохран|Изменений нет|Конфликт/ }),
  ).toHaveText(/^Сохранено \S/, { timeout: 15_000 });
}

/**
 * Chooses a value of a radio group. antd's button-style radios hide the native input (0×0), so the
 * visible label is clicked and the input's checked state is asserted.
 */
async function chooseRadio(page: Page, group: string, option: string): Promise<void> {
  const radios = page.getByRole('radiogroup', { name: group });
  await radios.getByText(option, { exact: true }).click();
  await expect(radios.getByRole('radio', { name: option })).toBeChecked();
}

/** A finding shown next to a field (or in the page's list of findings), by its message. */
const finding = (page: Page, message: string | RegExp) => page.getByRole('main').getByText(message);

test('admin creates an energy DT-office user who fills a minimal valid map; another ministry cannot open it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await useRussian(page);

  await test.step('the admin creates the DT-office user of the Ministry of Energy', async () => {
    await login(page, 'admin');
    await page
      .getByRole('navigation', { name: 'Основное меню' })
      .getByRole('link', { name: 'Пользователи' })
      .click();
    await expect(page.getByRole('heading', { name: 'Пользователи', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Добавить пользователя' }).click();

    const drawer = page.getByRole('dialog', { name: 'Новый пользователь' });
    await expect(drawer).toBeVisible();
    await drawer.getByLabel('Логин', { exact: true }).fill(NEW_USER.login);
    await drawer.getByLabel('ФИО', { exact: true }).fill(NEW_USER.fullName);
    await pickOption(page, drawer.getByLabel('Организация', { exact: true }), ENERGY_RU, {
      search: 'энергетики',
    });
    await pickOption(page, drawer.getByLabel('Роли', { exact: true }), 'Офис цифровой трансформации', {
      multiple: true,
    });
    await expect(drawer.getByTitle(ENERGY_RU, { exact: true })).toBeVisible();
    await expect(drawer.getByTitle('Офис цифровой трансформации', { exact: true })).toBeVisible();
    await drawer.getByLabel('Начальный пароль', { exact: true }).fill(NEW_USER.password);
    await drawer.getByRole('button', { name: 'Создать пользователя' }).click();

    await expect(page.getByText(`Пользователь ${NEW_USER.login} создан.`)).toBeVisible();
    await expect(drawer).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: NEW_USER.login });
    await expect(row).toContainText(NEW_USER.fullName);
    await expect(row).toContainText(ENERGY_RU);
    await expect(row).toContainText('Офис цифровой трансформации');
    await logout(page);
  });

  let mapId = '';
  let sectorId = '';

  await test.step('the new user creates the ministry map', async () => {
    await login(page, NEW_USER.login, NEW_USER.password);
    await expect(page.getByRole('heading', { name: 'Карты цифровой трансформации', level: 1 })).toBeVisible();
    await expect(page.getByText('У организации пока нет карты')).toBeVisible();
    await page.getByRole('button', { name: 'Создать карту' }).click();
    await page.waitForURL(/\/maps\/[^/]+\/v\/1(\/passport)?$/);
    mapId = /\/maps\/([^/]+)\/v\/1/.exec(page.url())![1];
    await expect(page.getByRole('heading', { name: 'Паспорт', level: 2 })).toBeVisible();
    await expect(page.getByText(ENERGY_RU).first()).toBeVisible();
    // A new map: title, goal, planning documents, implementers, sectors.
    await expectBlocking(page, 5);
  });

  await test.step('passport', async () => {
    // The finding next to the title names the blank languages, then goes away.
    const titleMissing = /не заполнено наименование карты цифровой трансформации/;
    await expect(finding(page, titleMissing)).toHaveText(/\(kk, ru\)/);
    await page
      .getByLabel(`Наименование карты цифровой трансформации${KK}`, { exact: true })
      .fill(MAP_TITLE.kk);
    await expect(finding(page, titleMissing)).toHaveText(/\(ru\)$/);
    await page
      .getByLabel(`Наименование карты цифровой трансформации${RU}`, { exact: true })
      .fill(MAP_TITLE.ru);
    await expect(finding(page, titleMissing)).toHaveCount(0);
    await expectBlocking(page, 4);

    await fillText(page, 'Цель', MAP_GOAL);
    await expectBlocking(page, 3);

    const docsMissing = 'Паспорт: не указаны документы Системы государственного планирования';
    await expect(finding(page, docsMissing)).toBeVisible();
    await pickOption(page, page.getByLabel('Документы СГП', { exact: true }), PLANNING_DOC, {
      search: 'Национальный план',
      multiple: true,
    });
    await expect(finding(page, docsMissing)).toHaveCount(0);
    await expectBlocking(page, 2);

    await page.getByRole('button', { name: 'Добавить орган или организацию' }).click();
    await fillText(page, 'Орган/организация 1: Наименование', IMPLEMENTER);
    await expectBlocking(page, 1);

    // The legal basis is the Form's default wording, already filled in.
    await expect(page.getByLabel(`Основание для разработки${RU}`, { exact: true })).toHaveValue(
      /^Административный процедурно-процессуальный кодекс Республики Казахстан/,
    );
    await expect(page.getByLabel(`Основание для разработки${KK}`, { exact: true })).not.toHaveValue('');
    await expect(
      finding(page, 'Карта цифровой трансформации не охватывает ни одной отрасли (сферы)'),
    ).toBeVisible();
  });

  await test.step('sector: name, responsible unit, description, indicator', async () => {
    await page
      .getByRole('navigation', { name: 'Разделы карты' })
      .getByRole('button', { name: 'Добавить сферу' })
      .click();
    await page.waitForURL(/\/sector\.[A-Za-z0-9_-]+\.description$/);
    sectorId = /\/sector\.([A-Za-z0-9_-]+)\.description$/.exec(page.url())![1];
    // An empty sector: name, description, indicators, subjects, problems, technologies, cases, Fast Track.
    await expectBlocking(page, 8);

    await fillText(page, 'Наименование сферы', SECTOR);
    await expect(page.getByRole('heading', { name: `1. Сфера 1 – ${SECTOR.ru}`, level: 2 })).toBeVisible();
    await fillText(page, 'Ответственное подразделение (департамент / комитет)', SECTOR_UNIT);
    await fillText(page, 'Общее описание сферы', SECTOR_DESCRIPTION);
    await expectBlocking(page, 6);

    await page.getByRole('button', { name: 'Добавить индикатор' }).click();
    // A blank indicator: name, unit, baseline value and year, five targets, source — minus the list's own finding.
    await expectBlocking(page, 15);
    const ind = 'Индикатор 1';
    // Each filled attribute takes one blocking finding away.
    await fillText(page, `${ind}: Наименование индикатора`, INDICATOR);
    await expectBlocking(page, 14);
    await fillText(page, `${ind}: Единица измерения`, PERCENT);
    await expectBlocking(page, 13);
    await page.getByLabel(`${ind}: Базовое значение`, { exact: true }).fill('12.5');
    await expectBlocking(page, 12);
    await page.getByLabel(`${ind}: Базовый год`, { exact: true }).fill('2024');
    await expectBlocking(page, 11);
    let left = 11;
    for (const [year, value] of Object.entries(TARGETS)) {
      const target = finding(page, `Не указано целевое значение индикатора на ${year} год`);
      await expect(target).toBeVisible();
      await page.getByLabel(`${ind}: Целевое значение на ${year} год`, { exact: true }).fill(value);
      await expect(target).toHaveCount(0);
      await expectBlocking(page, --left);
    }
    await fillText(page, `${ind}: Источник (документ)`, SOURCE);
    // Left: subjects, problems, technologies, cases, Fast Track.
    await expectBlocking(page, 5);
  });

  await test.step('subjects with a life-cycle stage, a problem, an AI technology', async () => {
    await openEditorPage(page, 'Субъекты/объекты регулирования', 'Субъекты/объекты регулирования');
    await page.getByRole('button', { name: 'Добавить субъект/объект' }).click();
    await fillText(page, 'Субъект/объект 1: Субъект (объект) регулирования', SUBJECT);
    const noLifeCycle = finding(page, 'Не указан жизненный цикл субъекта или объекта регулирования');
    await expect(noLifeCycle).toBeVisible();
    await page.getByRole('button', { name: 'Добавить этап' }).click();
    await expect(noLifeCycle).toHaveCount(0);
    await fillText(page, 'Субъект/объект 1: Этап 1', STAGE);
    // The subjects are there; their stage is not yet covered by a case (shown on the cases page).
    await expectBlocking(page, 5);

    await openEditorPage(page, 'Проблемы в сфере', 'Проблемы в сфере');
    await page.getByRole('button', { name: 'Добавить проблему' }).click();
    await fillText(page, 'Проблема 1: Проблема', PROBLEM);
    await expectBlocking(page, 4);

    await openEditorPage(page, 'Перспективные технологии', 'Перспективные технологии');
    await page.getByRole('button', { name: 'Добавить технологию' }).click();
    await fillText(page, 'Технология 1: Наименование технологии', TECHNOLOGY);
    const noAi = finding(
      page,
      'Среди перспективных технологий нет технологий с применением искусственного интеллекта',
    );
    await expect(noAi).toBeVisible();
    await page.getByRole('checkbox', { name: 'Технология 1: Искусственный интеллект' }).check();
    await expect(noAi).toHaveCount(0);
    await expectBlocking(page, 3);
  });

  await test.step('a case covering the stage', async () => {
    await openEditorPage(page, /^1\.2\. Кейсы/, /^1\.2\. Кейсы/);
    const notCovered = finding(page, `Этап жизненного цикла «${STAGE.kk}» не охвачен ни одним кейсом`);
    await expect(notCovered).toBeVisible();
    await page.getByRole('button', { name: 'Добавить кейс' }).click();
    // A blank case: name, processes, responsible units, automation, subject, reengineering status and
    // its empty plan-schedule row, instead of the missing cases.
    await expectBlocking(page, 9);

    await fillText(page, 'Наименование кейса', CASE);
    await expectBlocking(page, 8);
    await page.getByRole('button', { name: 'Добавить бизнес-процесс' }).click();
    await fillText(page, 'Бизнес-процесс 1', PROCESS);
    await expectBlocking(page, 7);
    await page.getByRole('button', { name: 'Добавить подразделение' }).click();
    await fillText(page, 'Подразделение 1', UNIT);
    await expectBlocking(page, 6);

    const automation = finding(page, 'Не указан статус автоматизации кейса (да / нет)');
    await expect(automation).toBeVisible();
    await chooseRadio(page, 'Статус автоматизации', 'Нет');
    await expect(automation).toHaveCount(0);
    await expectBlocking(page, 5);

    await pickOption(page, page.getByLabel('Субъект / объект', { exact: true }), SUBJECT.ru, {
      search: 'Энерго',
      multiple: true,
    });
    await expectBlocking(page, 4);
    await pickOption(
      page,
      page.getByLabel('Охватываемые этапы жизненного цикла', { exact: true }),
      STAGE.ru,
      {
        multiple: true,
      },
    );
    await expect(notCovered).toHaveCount(0);
    await expect(page.getByRole('table').filter({ hasText: 'Охватывающие кейсы' })).toContainText(CASE.ru);
    await expectBlocking(page, 3);

    await chooseRadio(page, 'Статус реинжиниринга', 'планируется');
    // Left: the case's empty plan-schedule row and the sector's missing Fast Track project.
    await expectBlocking(page, 2);
  });

  await test.step('the plan-schedule row, typed on the keyboard', async () => {
    await openEditorPage(page, /^1\.3\. План-график/, /^1\.3\. План-график/);
    const grid = page.getByRole('grid', { name: '1.3. План-график по сфере' });
    const cell = (year: number, quarter: string, value: string) =>
      grid.getByRole('gridcell', { name: `${CASE.ru} — ${year} ${quarter} кв.: ${value}`, exact: true });
    const empty = finding(page, 'В план-графике по кейсу не отмечено ни одного мероприятия');
    await expect(empty).toBeVisible();

    await cell(2025, 'I', 'пусто').focus();
    await page.keyboard.press('R');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('R');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('F');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('F');
    // Skip 2026 I quarter: 2026 II is two cells further right.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('D');
    await expect(cell(2026, 'II', 'D')).toBeFocused();

    await expect(cell(2025, 'I', 'R')).toBeVisible();
    await expect(cell(2025, 'II', 'R')).toBeVisible();
    await expect(cell(2025, 'III', 'F')).toBeVisible();
    await expect(cell(2025, 'IV', 'F')).toBeVisible();
    await expect(cell(2026, 'I', 'пусто')).toBeVisible();
    await expect(empty).toHaveCount(0);
    await expectBlocking(page, 1);
    // The sector's summary Gantt is derived from the row.
    await expect(page.getByRole('table', { name: 'Сводный график трансформации сферы' })).toContainText(
      SECTOR.ru,
    );
  });

  await test.step('a Fast Track project pointing at the case', async () => {
    await openEditorPage(page, /^1\.4\. Приоритетные проекты/, /^1\.4\. Приоритетные проекты/);
    await expect(finding(page, /для каждой отрасли должен быть указан хотя бы один процесс/)).toBeVisible();
    await page.getByRole('button', { name: 'Добавить приоритетный проект' }).click();
    const project = page.getByRole('region', { name: 'Приоритетный проект 1' });
    await expect(project).toContainText(SECTOR.ru);
    const caseMissing = finding(page, 'Не указан кейс приоритетного проекта (Fast Track)');
    await expect(caseMissing).toBeVisible();
    await pickOption(
      page,
      project.getByLabel('Приоритетный проект 1: Наименование кейса', { exact: true }),
      CASE.ru,
    );
    await expect(caseMissing).toHaveCount(0);
    await fillText(project, 'Приоритетный проект 1: Сложность и актуальность кейса', RATIONALE);
    await fillText(project, 'Приоритетный проект 1: Возможные эффекты', EFFECTS);
    await fillText(project, 'Приоритетный проект 1: Перспективные решения или технологии', SOLUTIONS);
    await expectBlocking(page, 0);
  });

  await test.step('attachments: a DT performance indicator against a criterion of R.19', async () => {
    await openEditorPage(page, 'Приложения', 'Приложения');
    await page.getByRole('button', { name: 'Добавить индикатор' }).click();
    // A blank performance indicator is blocking until it is measurable and has its criterion.
    await expectBlocking(page, 11);
    const ind = 'Индикатор 1';
    await fillText(page, `${ind}: Наименование индикатора`, PERFORMANCE);
    await fillText(page, `${ind}: Единица измерения`, PERCENT);
    await page.getByLabel(`${ind}: Базовое значение`, { exact: true }).fill('60');
    await page.getByLabel(`${ind}: Базовый год`, { exact: true }).fill('2024');
    for (const [year, value] of Object.entries({
      2025: '65',
      2026: '70',
      2027: '75',
      2028: '80',
      2029: '85',
    }))
      await page.getByLabel(`${ind}: Целевое значение на ${year} год`, { exact: true }).fill(value);
    await fillText(page, `${ind}: Источник (документ)`, SURVEY);
    await expectBlocking(page, 1);
    const criterionMissing = finding(page, /Не указан критерий показателя результативности/);
    await expect(criterionMissing).toBeVisible();
    await pickOption(
      page,
      page.getByLabel(`${ind}: Критерий (пункт 19)`, { exact: true }),
      /^1\) повышение удовлетворённости/,
    );
    await expect(criterionMissing).toHaveCount(0);
    await expect(
      page.getByRole('listitem').filter({ hasText: /^✓ 1\) повышение удовлетворённости/ }),
    ).toContainText('охвачен');
    await expectBlocking(page, 0);
  });

  await test.step('0 blocking findings; saved', async () => {
    await waitSaved(page);
    await openEditorPage(page, 'Результаты проверки', 'Результаты проверки');
    await expect(page.getByText('Блокирующие (0)')).toBeVisible();
    await expect(page.getByRole('main').getByText(/Блокирует/)).toHaveCount(0);
    await expectBlocking(page, 0);
    await waitSaved(page);
  });

  await test.step('after a reload everything is there', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Результаты проверки', level: 2 })).toBeVisible();
    await expect(page.getByText('Найдены несохранённые изменения')).toHaveCount(0);
    await expectBlocking(page, 0);
    await expect(page.getByRole('heading', { name: MAP_TITLE.ru, level: 1 })).toBeVisible();

    await openEditorPage(page, 'Паспорт', 'Паспорт');
    await expectText(page, 'Наименование карты цифровой трансформации', MAP_TITLE);
    await expectText(page, 'Цель', MAP_GOAL);
    await expect(page.locator('[data-path="passport.planningDocumentIds"]')).toContainText(
      'Национальный план развития Республики Казахстан до 2029 года',
    );
    await expectText(page, 'Орган/организация 1: Наименование', IMPLEMENTER);
    await expect(page.getByRole('link', { name: SECTOR.ru, exact: true })).toBeVisible();

    await page.goto(`/maps/${mapId}/v/1/sector.${sectorId}.description`);
    await expect(page.getByRole('heading', { name: `1. Сфера 1 – ${SECTOR.ru}`, level: 2 })).toBeVisible();
    await expectText(page, 'Ответственное подразделение (департамент / комитет)', SECTOR_UNIT);
    await expectText(page, 'Индикатор 1: Наименование индикатора', INDICATOR);
    await expect(page.getByLabel('Индикатор 1: Базовое значение', { exact: true })).toHaveValue('12.5');
    await expect(page.getByLabel('Индикатор 1: Базовый год', { exact: true })).toHaveValue('2024');
    await expect(page.getByLabel('Индикатор 1: Целевое значение на 2029 год', { exact: true })).toHaveValue(
      '90',
    );

    await openEditorPage(page, 'Перспективные технологии', 'Перспективные технологии');
    await expect(page.getByRole('checkbox', { name: 'Технология 1: Искусственный интеллект' })).toBeChecked();

    await openEditorPage(page, /^1\.2\. Кейсы/, /^1\.2\. Кейсы/);
    await expectText(page, 'Бизнес-процесс 1', PROCESS);
    await expect(
      page.getByRole('radiogroup', { name: 'Статус автоматизации' }).getByRole('radio', { name: 'Нет' }),
    ).toBeChecked();
    await expect(
      page
        .getByRole('radiogroup', { name: 'Статус реинжиниринга' })
        .getByRole('radio', { name: 'планируется' }),
    ).toBeChecked();
    await expect(page.locator('[data-path$=".lifeCycleStageIds"]')).toContainText(STAGE.ru);

    await page.goto(`/maps/${mapId}/v/1/sector.${sectorId}.schedule`);
    const grid = page.getByRole('grid', { name: '1.3. План-график по сфере' });
    // The whole row, 2025 I … 2029 IV.
    await expect(grid.getByRole('gridcell')).toHaveText(['R', 'R', 'F', 'F', '', 'D', ...Array(14).fill('')]);
    await expect(
      grid.getByRole('gridcell', { name: `${CASE.ru} — 2025 I кв.: R`, exact: true }),
    ).toBeVisible();

    await openEditorPage(page, /^1\.4\. Приоритетные проекты/, /^1\.4\. Приоритетные проекты/);
    const project = page.getByRole('region', { name: 'Приоритетный проект 1' });
    await expect(project.locator('[data-path$=".caseId"]')).toContainText(CASE.ru);
    await expectText(project, 'Приоритетный проект 1: Возможные эффекты', EFFECTS);

    await openEditorPage(page, 'Приложения', 'Приложения');
    await expectText(page, 'Индикатор 1: Наименование индикатора', PERFORMANCE);
    await expect(page.locator('[data-path="attachments.performanceIndicators.0.criterion"]')).toContainText(
      '1) повышение удовлетворённости',
    );
  });

  await test.step('another ministry cannot open the map by its URL', async () => {
    await logout(page);
    await login(page, 'office@justice');
    // Their list holds their own map only.
    await expect(page.getByRole('link', { name: /^Открыть карту:/ })).toHaveCount(1);
    await expect(page.getByRole('link', { name: MAP_TITLE.ru })).toHaveCount(0);
    await page.goto(`/maps/${mapId}/v/1`);
    await expect(page.getByRole('alert')).toContainText('Карта не найдена');
    await expect(page.getByText(MAP_TITLE.ru)).toHaveCount(0);
    await expect(page.getByText(SECTOR.ru)).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Разделы карты' })).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });
});
