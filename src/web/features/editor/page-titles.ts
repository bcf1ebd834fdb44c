import type { TFunction } from 'i18next';
import { type Locale, pickText } from '../../../domain/locale.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';
import type { EditorPageRef } from './editor-pages.ts';

/** The sector's heading as the Form numbers it: "1. <name>". */
export function sectorTitle(doc: MapDocument, sectorId: string, t: TFunction, locale: Locale): string {
  const i = doc.sectors.findIndex((s) => s.id === sectorId);
  if (i < 0) return t('editor:sector.unnamed');
  return `${i + 1}. ${pickText(doc.sectors[i].name, locale) || t('editor:sector.unnamed')}`;
}

/** The title of a page, with the Form's numbering (1.1, 1.2…) for a sector's pages. */
export function pageTitle(page: EditorPageRef, doc: MapDocument, t: TFunction): string {
  switch (page.kind) {
    case 'passport':
      return t('editor:nav.passport');
    case 'gantt':
      return t('editor:nav.gantt');
    case 'attachments':
      return t('editor:nav.attachments');
    case 'findings':
      return t('editor:nav.findings');
    case 'versions':
      return t('editor:nav.versions');
    case 'history':
      return t('editor:nav.history');
    case 'redline':
      return t('editor:nav.redline');
    case 'sector': {
      const n = doc.sectors.findIndex((s) => s.id === page.sectorId) + 1;
      const sub = page.sub === 'fast-track' ? 'fastTrack' : page.sub;
      return t(`editor:sub.${sub}`, { n });
    }
  }
}
