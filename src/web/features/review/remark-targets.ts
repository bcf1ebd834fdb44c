import type { TFunction } from 'i18next';
import { type Locale, type LocalizedText, pickText } from '../../../domain/locale.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';
import type { EditorPageRef } from '../editor/editor-pages.ts';
import { pageTitle } from '../editor/page-titles.ts';
import type { FindingLocation, LocatedItem } from './finding-location.ts';
import { ITEM_N_KEY } from './redline.logic.ts';

/** What a reviewer can raise a remark on from a page: the page as a whole, or one of its items. */
export interface RemarkTarget {
  /** A stable key for the picker. */
  value: string;
  section: string;
  path: (string | number)[];
  /** null for the page (or section) as a whole. */
  item: { list: string; n: number; label: LocalizedText | null; code?: number } | null;
  /** For a whole-section target on a page of the map as a whole: which section. */
  sectionPage?: EditorPageRef;
}

/** The lists of items a page shows, by the page (F: passport, 1.1–1.4, attachments). */
const SECTOR_PAGE_LISTS: Record<string, { key: string; list: string; suffix?: string }[]> = {
  description: [{ key: 'description', list: 'indicators' }],
  subjects: [{ key: 'subjects', list: 'subjects' }],
  problems: [{ key: 'problems', list: 'problems' }],
  technologies: [{ key: 'technologies', list: 'technologies' }],
  cases: [{ key: 'cases', list: 'cases' }],
  // A row of the plan-schedule is the case's 'schedule'; the grid as a whole is the sector's.
  schedule: [{ key: 'schedule', list: 'cases', suffix: 'schedule' }],
  'fast-track': [{ key: 'fastTrack', list: 'fastTrack' }],
};

const ATTACHMENT_LISTS = [
  'priorityDirections',
  'performanceIndicators',
  'pilotProjects',
  'dataList',
  'risks',
];

type Obj = Record<string, unknown>;

function itemLabel(list: string, item: Obj, doc: MapDocument, sectorIndex: number | null) {
  if (list === 'principles') return { label: item.application as LocalizedText, code: Number(item.code) };
  if (list === 'fastTrack' && sectorIndex !== null) {
    const c = doc.sectors[sectorIndex].cases.find((x) => x.id === item.caseId);
    return { label: c?.name ?? null };
  }
  return { label: (item.name ?? item.text ?? item.risk ?? null) as LocalizedText | null };
}

function listTargets(
  section: string,
  base: (string | number)[],
  list: string,
  items: readonly unknown[],
  doc: MapDocument,
  sectorIndex: number | null,
  suffix?: string,
): RemarkTarget[] {
  return items.map((raw, j) => {
    const item = raw as Obj;
    const path = [...base, list, j, ...(suffix ? [suffix] : [])];
    return {
      value: path.join('.'),
      section,
      path,
      item: { list, n: j + 1, ...itemLabel(list, item, doc, sectorIndex) },
    };
  });
}

/**
 * The targets a page offers, whole page first. Pages of the map as a whole (the Gantt, the
 * versions…) offer each section as a whole.
 */
export function remarkTargets(page: EditorPageRef, doc: MapDocument): RemarkTarget[] {
  if (page.kind === 'passport')
    return [
      { value: 'passport', section: 'passport', path: ['passport'], item: null },
      ...listTargets('passport', ['passport'], 'principles', doc.passport.principles, doc, null),
      ...listTargets('passport', ['passport'], 'implementers', doc.passport.implementers, doc, null),
    ];
  if (page.kind === 'attachments')
    return [
      { value: 'attachments', section: 'attachments', path: ['attachments'], item: null },
      ...ATTACHMENT_LISTS.flatMap((list) =>
        listTargets('attachments', ['attachments'], list, doc.attachments[list as 'risks'], doc, null),
      ),
    ];
  if (page.kind === 'sector') {
    const i = doc.sectors.findIndex((s) => s.id === page.sectorId);
    if (i < 0) return [];
    const section = `sector:${page.sectorId}`;
    const lists = SECTOR_PAGE_LISTS[page.sub] ?? [];
    const sector = doc.sectors[i] as unknown as Obj;
    return [
      {
        value: `${section}.${lists[0]?.key ?? ''}`,
        section,
        path: ['sectors', i, lists[0]?.key ?? 'description'],
        item: null,
      },
      ...lists.flatMap((l) =>
        listTargets(section, ['sectors', i], l.list, (sector[l.list] as unknown[]) ?? [], doc, i, l.suffix),
      ),
    ];
  }
  return [
    {
      value: 'passport',
      section: 'passport',
      path: ['passport'],
      item: null,
      sectionPage: { kind: 'passport' },
    },
    ...doc.sectors.map(
      (s, i): RemarkTarget => ({
        value: `sector:${s.id}`,
        section: `sector:${s.id}`,
        path: ['sectors', i],
        item: null,
        sectionPage: { kind: 'sector', sectorId: s.id, sub: 'description' },
      }),
    ),
    {
      value: 'attachments',
      section: 'attachments',
      path: ['attachments'],
      item: null,
      sectionPage: { kind: 'attachments' },
    },
  ];
}

/** A text cut to a readable length for a label (whole words where possible). */
export function shorten(text: string, max = 90): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** An item's label: its name, or "<kind> N" when it has none yet; a principle by its number. */
export function itemText(
  item: Pick<LocatedItem, 'list' | 'n' | 'label' | 'code'>,
  t: TFunction,
  locale: Locale,
): string {
  if (item.list === 'principles' && item.code)
    return t('editor:passport.principleApplication', { n: item.code });
  const name = shorten(pickText(item.label, locale));
  if (name) return name;
  const key = ITEM_N_KEY[item.list];
  return key && item.n ? t(`editor:${key}`, { n: item.n }) : item.list;
}

/** The label of a picker option: "Индикатор 2: <name>", or "<page> — целиком". */
export function targetText(
  target: RemarkTarget,
  page: EditorPageRef,
  doc: MapDocument,
  t: TFunction,
  locale: Locale,
): string {
  if (!target.item) {
    const p = target.sectionPage ?? page;
    const title =
      p.kind === 'sector' && target.sectionPage
        ? `${doc.sectors.findIndex((s) => s.id === p.sectorId) + 1}. ${pickText(doc.sectors.find((s) => s.id === p.sectorId)?.name, locale)}`
        : pageTitle(p, doc, t);
    return t('editor:rv.add.whole', { label: title });
  }
  const key = ITEM_N_KEY[target.item.list];
  const kind = key ? t(`editor:${key}`, { n: target.item.n }) : target.item.list;
  if (target.item.list === 'principles') return itemText(target.item, t, locale);
  const name = shorten(pickText(target.item.label, locale), 80);
  return name ? `${kind}: ${name}` : kind;
}

/**
 * A remark's place as a reader says it: «1. Первичная помощь — 1.2. Кейсы — <кейс>», ending with the
 * field when the remark points at one («поле: Целевые значения по годам»).
 */
export function remarkLabel(
  loc: FindingLocation,
  doc: MapDocument,
  t: TFunction,
  locale: Locale,
  fieldLabel?: (list: string, field: string) => string | null,
): string {
  if (loc.sectorGone) return t('editor:rv.itemGone');
  const parts: string[] = [];
  if (loc.sector)
    parts.push(
      `${loc.sector.n}. ${shorten(pickText(loc.sector.name, locale), 60) || t('editor:sector.unnamed')}`,
    );
  if (loc.page) parts.push(pageTitle(loc.page, doc, t));
  for (const item of loc.items) {
    parts.push(item.label === null ? t('editor:rv.itemGone') : itemText(item, t, locale));
    if (item.label === null) break;
  }
  const last = loc.items[loc.items.length - 1];
  if (loc.field && fieldLabel) {
    const name = fieldLabel(last?.list ?? (loc.sector ? 'sector' : (loc.page?.kind ?? '')), loc.field);
    if (name) parts.push(t('editor:rv.field', { field: name }));
  }
  return parts.join(' — ');
}
