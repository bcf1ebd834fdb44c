import { describe, expect, it } from 'vitest';
import { documentUrl, langOrder } from './document-downloads.tsx';

describe('document download links', () => {
  it('adds the format and the language to the base URL, keeping its query', () => {
    expect(documentUrl('/api/maps/m1/versions/2/map', 'docx', 'kk')).toBe(
      '/api/maps/m1/versions/2/map.docx?lang=kk',
    );
    expect(documentUrl('/api/maps/m1/diff?from=1&to=2', 'pdf', 'ru')).toBe(
      '/api/maps/m1/diff.pdf?from=1&to=2&lang=ru',
    );
  });

  it('offers the reader’s language first; an English reader gets Kazakh first', () => {
    expect(langOrder('ru')).toEqual(['ru', 'kk']);
    expect(langOrder('kk')).toEqual(['kk', 'ru']);
    expect(langOrder('en')).toEqual(['kk', 'ru']);
  });
});
