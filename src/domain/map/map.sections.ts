import type { z } from 'zod';
import type { SectionKind } from '../auth/policy.ts';
import {
  AttachmentsSchema,
  ItemIdSchema,
  type MapDocument,
  PassportSchema,
  SectorSchema,
} from './map.schema.ts';

/**
 * A map is saved section by section, the Form's own sections: the passport, each sector
 * (F section 1, 2, …) and the attachments (R.17, R.20). A stale write is detected per section,
 * so two people working on different sectors never block each other.
 */
export type SectionKey = 'passport' | 'attachments' | `sector:${string}`;

export interface SectionRef {
  key: SectionKey;
  kind: SectionKind;
  sectorId?: string;
}

/** Parses 'passport', 'attachments' or 'sector:<id>'; null for anything else. */
export function parseSectionKey(key: string): SectionRef | null {
  if (key === 'passport' || key === 'attachments') return { key, kind: key };
  if (key.startsWith('sector:')) {
    const id = key.slice('sector:'.length);
    if (ItemIdSchema.safeParse(id).success) return { key: `sector:${id}`, kind: 'sector', sectorId: id };
  }
  return null;
}

/** The zod schema a section's content must satisfy. */
export function sectionSchema(ref: SectionRef): z.ZodTypeAny {
  switch (ref.kind) {
    case 'passport':
      return PassportSchema;
    case 'attachments':
      return AttachmentsSchema;
    case 'sector':
      return SectorSchema;
  }
}

/** The content of a section, or undefined when the sector does not exist. */
export function readSection(doc: MapDocument, ref: SectionRef): unknown {
  switch (ref.kind) {
    case 'passport':
      return doc.passport;
    case 'attachments':
      return doc.attachments;
    case 'sector':
      return doc.sectors.find((s) => s.id === ref.sectorId);
  }
}

/** A new document with the section replaced; a sector not yet in the map is appended. */
export function writeSection(doc: MapDocument, ref: SectionRef, content: unknown): MapDocument {
  switch (ref.kind) {
    case 'passport':
      return { ...doc, passport: content as MapDocument['passport'] };
    case 'attachments':
      return { ...doc, attachments: content as MapDocument['attachments'] };
    case 'sector': {
      const sector = { ...(content as MapDocument['sectors'][number]), id: ref.sectorId! };
      const exists = doc.sectors.some((s) => s.id === ref.sectorId);
      return {
        ...doc,
        sectors: exists
          ? doc.sectors.map((s) => (s.id === ref.sectorId ? sector : s))
          : [...doc.sectors, sector],
      };
    }
  }
}

/** A new document without the sector. */
export function removeSector(doc: MapDocument, sectorId: string): MapDocument {
  return { ...doc, sectors: doc.sectors.filter((s) => s.id !== sectorId) };
}

/** A new document with the sectors in the given order (ids not listed keep their relative order at the end). */
export function reorderSectors(doc: MapDocument, order: string[]): MapDocument {
  const rank = new Map(order.map((id, i) => [id, i]));
  const sectors = [...doc.sectors].sort(
    (a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER),
  );
  return { ...doc, sectors };
}

/** Every section key of a document, in the Form's order. */
export function sectionKeys(doc: MapDocument): SectionKey[] {
  return ['passport', ...doc.sectors.map((s) => `sector:${s.id}` as const), 'attachments'];
}
