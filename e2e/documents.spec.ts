import { readFileSync } from 'node:fs';
import { type Download, expect, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { expectAccessible, login, useRussian } from './helpers.ts';

/**
 * Official documents, end to end in Chromium (issue 6): from the public portal, anyone downloads
 * the demo map of the Ministry of Agriculture as DOCX and PDF in Kazakh and in Russian — each file
 * is opened and checked (the DOCX's own Form labels in its language, a real PDF); a signed-in user
 * builds the bundle of all published maps, watches its progress and downloads the ZIP.
 */

test.use({ bypassCSP: true });

const AGRICULTURE_MAP = 'Карта цифровой трансформации отрасли земельных отношений';

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

/** The text runs of a DOCX's main part. */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

/** Opens a format's menu in the documents group and downloads the document in a language. */
async function download(
  page: Page,
  format: 'DOCX' | 'PDF',
  language: 'Қазақша' | 'Русский',
): Promise<{ file: Buffer; name: string }> {
  const group = page.getByRole('group', { name: /Документы карты/ });
  await group.getByRole('button', { name: new RegExp(`^${format}`) }).click();
  const item = page.getByRole('link', { name: `${format} · ${language}` });
  await expect(item).toBeVisible();
  const [d] = await Promise.all([page.waitForEvent('download'), item.click()]);
  await expect(item).toBeHidden();
  return { file: await saved(d), name: d.suggestedFilename() };
}

test('the demo map downloads as DOCX and PDF in Kazakh and in Russian from the portal', async ({ page }) => {
  await useRussian(page);
  await page.goto('/portal');
  await page.getByRole('link', { name: AGRICULTURE_MAP }).click();
  await expect(page).toHaveURL(/\/portal\/maps\/[0-9a-f-]{36}/);
  const docs = page.getByRole('group', { name: /Документы карты/ });
  await expect(docs).toBeVisible();

  const kkDocx = await download(page, 'DOCX', 'Қазақша');
  expect(kkDocx.name).toMatch(/^dt-map-mo-agriculture-\d{4}-v\d+-kk\.docx$/);
  const kkText = await docxText(kkDocx.file);
  expect(kkText).toContain('Паспорт');
  expect(kkText).toContain('жоспар-кесте');

  const ruDocx = await download(page, 'DOCX', 'Русский');
  expect(ruDocx.name).toMatch(/-ru\.docx$/);
  const ruText = await docxText(ruDocx.file);
  expect(ruText).toContain('План-график');
  expect(ruText).not.toContain('жоспар-кесте');

  for (const [language, lang] of [
    ['Қазақша', 'kk'],
    ['Русский', 'ru'],
  ] as const) {
    const pdf = await download(page, 'PDF', language);
    expect(pdf.name).toMatch(new RegExp(`-${lang}\\.pdf$`));
    expect(pdf.file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.file.length).toBeGreaterThan(20_000);
  }
  await expectAccessible(page);
});

test('a signed-in user builds the bundle of published maps, sees its progress and downloads it', async ({
  page,
}) => {
  await useRussian(page);
  await login(page, 'authority@digital');
  await page.getByRole('link', { name: 'Архив опубликованных карт' }).click();
  await expect(page.getByRole('heading', { name: 'Архив опубликованных карт' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'PDF' }).uncheck();
  await page.getByRole('button', { name: /Собрать архив/ }).click();
  const row = page.getByRole('row').filter({ hasText: 'DOCX · на казахском, на русском' });
  await expect(row.getByRole('progressbar')).toBeVisible();
  const link = row.getByRole('link', { name: /Скачать ZIP/ });
  await expect(link).toBeVisible({ timeout: 60_000 });
  await expect(row.getByText(/Файлов: (\d+) из \1/)).toBeVisible();
  const [d] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const zip = await JSZip.loadAsync(await saved(d));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  expect(names).toContain(
    names.find((n) => /^mo-agriculture\/dt-map-mo-agriculture-\d{4}-v\d+-kk\.docx$/.test(n)) ?? 'kk docx',
  );
  expect(names.some((n) => n.endsWith('-ru.docx'))).toBe(true);
  expect(names.some((n) => n.endsWith('.pdf'))).toBe(false);
  // The pointer off the link: axe would judge its hover colour.
  await page.mouse.move(0, 0);
  await expectAccessible(page);
});
