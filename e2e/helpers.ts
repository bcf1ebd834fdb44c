import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Shared steps of the browser journeys. They assume the Russian UI (`useRussian` before the first
 * navigation) and the demo seed the Playwright web server starts with.
 */

/** The password of every demo user (src/server/seed/demo-users.ts). */
export const DEMO_PASSWORD = 'demo-password-1';

/** Russian UI from the first script of every page load (the key lib/i18n.ts reads). */
export async function useRussian(page: Page): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('dtm.locale', 'ru'));
}

/** Signs in through the sign-in page and waits for the signed-in header. */
export async function login(page: Page, userLogin: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Вход в систему' })).toBeVisible();
  await page.getByLabel('Логин', { exact: true }).fill(userLogin);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible();
}

/** Signs out with the header's button and waits for the sign-in page. */
export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Вход в систему' })).toBeVisible();
}

/** The label of the option a select's combobox points at with aria-activedescendant (null when closed). */
function activeOption(select: Locator): Promise<string | null> {
  return select.evaluate((input) => {
    const id = input.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : null;
    return option?.getAttribute('aria-label') ?? option?.textContent ?? null;
  });
}

/**
 * Picks an option of an antd Select the way a keyboard user does: open it, type to filter, move the
 * active option (the combobox's aria-activedescendant) with ArrowDown until it is the wanted one,
 * press Enter. Mouse clicks on antd's option rows proved unreliable (a click that lands while the
 * virtual list re-renders after a filter or during the opening animation is lost), and the visible
 * rows carry no ARIA role anyway: antd keeps role="option" copies in a 0×0 box for screen readers.
 */
export async function pickOption(
  page: Page,
  select: Locator,
  option: string | RegExp,
  opts: { search?: string; multiple?: boolean } = {},
): Promise<void> {
  const popup = page.locator('.ant-select-dropdown').filter({ visible: true });
  const wanted = (label: string | null) =>
    label !== null && (typeof option === 'string' ? label === option : option.test(label));
  await select.click();
  await expect(select).toHaveAttribute('aria-expanded', 'true');
  if (opts.search !== undefined) await select.fill(opts.search);
  // The list shows the option (filtered, rendered) before the active one is read.
  await expect(popup.getByTitle(option, { exact: true })).toBeVisible();
  let found = false;
  for (let step = 0; step < 100 && !found; step++) {
    found = wanted(await activeOption(select));
    if (!found) await select.press('ArrowDown');
  }
  if (!found) throw new Error(`pickOption: no option ${String(option)}`);
  await select.press('Enter');
  // A multiple select stays open after a pick: close it (Escape closes only the list, not a
  // drawer around it; Tab would toggle the active option). Either way wait until the list is gone,
  // so it cannot cover the next field.
  if (opts.multiple) await select.press('Escape');
  await expect(popup).toHaveCount(0);
}

/** axe-core on the page as it is: no violations of serious or critical impact. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResults> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      }));
  });
  expect(violations).toEqual([]);
}
interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}
