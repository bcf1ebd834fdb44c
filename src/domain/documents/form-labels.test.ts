import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../locale.ts';
import { FORM_LABELS, type FormLabel, formLabel } from './form-labels.ts';

// A verbatim copy of the Form (Order 251/НҚ, Kazakh; shared/seeds/001_f79e10e9509251ac.txt).
const FORM_TEXT = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'form-251.seed.txt'),
  'utf8',
);
/** The seed wraps lines mid-sentence and marks up emphasis: compare with whitespace collapsed. */
const normalise = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
const FORM = normalise(FORM_TEXT);

const entries = Object.entries(FORM_LABELS) as [string, FormLabel][];

describe('the catalogue of document labels', () => {
  it.each(entries)('%s has kk, ru and en', (_key, label) => {
    for (const text of [label.kk, label.ru, label.en]) expect(text.trim()).not.toBe('');
  });

  it.each(entries.filter(([, l]) => l.form === true))(
    '%s is the Form’s own wording, verbatim',
    (_key, label) => {
      expect(FORM).toContain(normalise(interpolate(label.kk, label.sample)));
    },
  );

  it.each(entries.filter(([, l]) => typeof l.form === 'string'))(
    '%s records the Form’s passage it restores, verbatim',
    (_key, label) => {
      expect(FORM).toContain(normalise(label.form as string));
      // The restored wording is a correction of the passage, not a different text.
      expect(normalise(label.kk).length).toBeGreaterThan(normalise(label.form as string).length * 0.7);
    },
  );

  it('uses the same placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [, label] of entries) {
      expect(placeholders(label.ru)).toEqual(placeholders(label.kk));
      expect(placeholders(label.en)).toEqual(placeholders(label.kk));
    }
  });

  it('fills placeholders in the document language', () => {
    expect(formLabel('sector.description', 'kk', { n: 2 })).toBe('2.1. Сипаттама');
    expect(formLabel('sector.description', 'ru', { n: 2 })).toBe('2.1. Описание');
    expect(formLabel('quarter.3', 'ru')).toBe('III кв');
  });
});
