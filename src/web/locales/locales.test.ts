import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, RULE_MESSAGES } from '../../api/messages.ts';
import { PLANNING_DOCUMENT_KINDS, REFERENCE_KINDS } from '../../api/reference.ts';
import { ORG_KINDS, ROLES } from '../../domain/auth/roles.ts';
import { LOCALES } from '../../domain/locale.ts';
import { FINDING_MESSAGES } from '../../domain/map/map.findings.messages.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.resolve(here, '..');

type Catalog = Record<string, unknown>;
const readCatalog = (dir: string, locale: string): Catalog =>
  JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Catalog;

/** Every key of any language must exist, non-blank, in all three (R: kk/ru/en from day one). */
function expectComplete(name: string, catalogs: Record<string, Catalog>) {
  const allKeys = new Set(Object.values(catalogs).flatMap((c) => Object.keys(c)));
  const problems: string[] = [];
  for (const [locale, catalog] of Object.entries(catalogs))
    for (const key of allKeys) {
      const v = catalog[key];
      if (typeof v !== 'string' || v.trim() === '')
        problems.push(`${name}/${locale}: "${key}" missing or empty`);
    }
  expect(problems).toEqual([]);
}

/** {{placeholders}} must be the same in every language, or a translation drops a value. */
function expectSamePlaceholders(catalogs: Record<string, Catalog>) {
  const names = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  const problems: string[] = [];
  for (const key of Object.keys(catalogs.ru ?? {})) {
    const ru = names(catalogs.ru[key]);
    for (const locale of LOCALES)
      if (JSON.stringify(names(catalogs[locale]?.[key])) !== JSON.stringify(ru))
        problems.push(
          `${locale}: "${key}" has {{${names(catalogs[locale]?.[key]).join(',')}}}, ru {{${ru.join(',')}}}`,
        );
  }
  expect(problems).toEqual([]);
}

/** Feature namespaces with their own catalogs (folder of kk/ru/en.json, relative to src/web). */
const FEATURE_NAMESPACES = {
  editor: 'features/editor/locales',
  reeng: 'features/reengineering/locales',
  bpmn: 'features/reengineering/bpmn/locales',
  monitoring: 'features/monitoring/locales',
} as const;

const appCatalogs = Object.fromEntries(
  LOCALES.map((l) => [l, readCatalog(path.join(webRoot, 'locales'), l)]),
);

describe('UI catalogs', () => {
  it('has every app key (namespace translation) non-empty in kk, ru and en', () => {
    expect(Object.keys(appCatalogs.kk).length).toBeGreaterThan(0);
    expectComplete('translation', appCatalogs);
    expectSamePlaceholders(appCatalogs);
  });

  for (const [ns, dir] of Object.entries(FEATURE_NAMESPACES))
    it(`has every ${ns} key non-empty in kk, ru and en`, () => {
      const catalogs = Object.fromEntries(LOCALES.map((l) => [l, readCatalog(path.join(webRoot, dir), l)]));
      expectComplete(ns, catalogs);
      expectSamePlaceholders(catalogs);
    });

  it('names every role, organisation kind, reference table and planning document kind', () => {
    const needed = [
      ...ROLES.map((r) => `role.${r}`),
      ...ORG_KINDS.map((k) => `orgKind.${k}`),
      ...REFERENCE_KINDS.flatMap((k) => [`reference.kind.${k}`, `reference.extra.${k}`]),
      ...PLANNING_DOCUMENT_KINDS.map((k) => `reference.docKind.${k}`),
      ...LOCALES.map((l) => `lang.${l}`),
      'status.draft',
    ];
    expect(needed.filter((k) => !(k in appCatalogs.en))).toEqual([]);
  });

  it('has a catalog entry for every literal t() key, in the namespace of its folder', () => {
    const featureDirs = Object.entries(FEATURE_NAMESPACES).map(([ns, dir]) => ({
      ns,
      dir: path.join(webRoot, dir, '..'),
      catalog: readCatalog(path.join(webRoot, dir), 'en'),
    }));
    // The editor's files use its namespace through a wrapper; they are checked by the editor tests.
    const skipped = [path.join(webRoot, 'features', 'editor')];
    const missing: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!skipped.includes(p)) walk(p);
          continue;
        }
        if (!/\.tsx?$/.test(e.name) || /\.test\.tsx?$/.test(e.name)) continue;
        // The innermost feature folder that has its own catalog owns the file's literal keys.
        const owner = featureDirs
          .filter((f) => p.startsWith(f.dir + path.sep))
          .sort((a, b) => b.dir.length - a.dir.length)[0];
        const catalog = owner?.catalog ?? appCatalogs.en;
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) {
          const key = m[1];
          if (key.includes(':')) continue; // an explicit namespace (rules:, errors:), checked below
          if (!(key in catalog))
            missing.push(`${path.relative(webRoot, p)}: ${owner?.ns ?? 'translation'}:${key}`);
        }
      }
    };
    walk(webRoot);
    expect(missing).toEqual([]);
  });
});

describe('shared message namespaces', () => {
  const namespaces = {
    findings: FINDING_MESSAGES as Record<string, Catalog>,
    errors: ERROR_MESSAGES as Record<string, Catalog>,
    rules: RULE_MESSAGES as Record<string, Catalog>,
  };
  for (const [ns, byLocale] of Object.entries(namespaces))
    it(`${ns}: kk, ru and en have the same keys, none empty`, () => {
      const keys = (l: string) => Object.keys(byLocale[l] ?? {}).sort();
      expect(keys('kk').length).toBeGreaterThan(0);
      expect(keys('ru')).toEqual(keys('kk'));
      expect(keys('en')).toEqual(keys('kk'));
      expectComplete(ns, byLocale);
    });

  it('the web i18n resources carry all eight namespaces in kk, ru and en', async () => {
    const { RESOURCES } = await import('../lib/i18n.ts');
    for (const l of LOCALES)
      expect(Object.keys(RESOURCES[l]).sort()).toEqual([
        'bpmn',
        'editor',
        'errors',
        'findings',
        'monitoring',
        'reeng',
        'rules',
        'translation',
      ]);
    for (const ns of ['findings', 'errors', 'rules'] as const) {
      const keys = (l: (typeof LOCALES)[number]) => Object.keys(RESOURCES[l][ns]).sort();
      expect(keys('ru')).toEqual(keys('kk'));
      expect(keys('en')).toEqual(keys('kk'));
    }
  });

  it('the rule keys the web uses directly exist', () => {
    for (const rule of [
      'required',
      'too_small',
      'too_big',
      'password_letter',
      'password_digit',
      'login_format',
    ])
      for (const l of LOCALES) expect(RULE_MESSAGES[l][rule], `${l}:${rule}`).toBeTruthy();
  });
});
