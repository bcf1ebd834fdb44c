import type { Attachments, Case, MapDocument, Passport, Sector } from './map.schema.ts';

/** The reference tables a map points into. */
export type ReferenceTable = 'public_services' | 'information_systems' | 'planning_documents';

export interface ReferenceUse {
  table: ReferenceTable;
  id: string;
  path: (string | number)[];
}

function caseRefs(c: Case, base: (string | number)[]): ReferenceUse[] {
  return [
    ...c.publicServiceIds.map((id, i) => ({
      table: 'public_services' as const,
      id,
      path: [...base, 'publicServiceIds', i],
    })),
    ...c.informationSystemIds.map((id, i) => ({
      table: 'information_systems' as const,
      id,
      path: [...base, 'informationSystemIds', i],
    })),
  ];
}

export function passportRefs(p: Passport, base: (string | number)[] = []): ReferenceUse[] {
  return p.planningDocumentIds.map((id, i) => ({
    table: 'planning_documents' as const,
    id,
    path: [...base, 'planningDocumentIds', i],
  }));
}

export function sectorRefs(s: Sector, base: (string | number)[] = []): ReferenceUse[] {
  return s.cases.flatMap((c, i) => caseRefs(c, [...base, 'cases', i]));
}

export function attachmentRefs(a: Attachments, base: (string | number)[] = []): ReferenceUse[] {
  return a.dataList.flatMap((d, i) =>
    d.informationSystemIds.map((id, j) => ({
      table: 'information_systems' as const,
      id,
      path: [...base, 'dataList', i, 'informationSystemIds', j],
    })),
  );
}

/** Every reference a document makes, with the JSON path of each. */
export function documentRefs(doc: MapDocument): ReferenceUse[] {
  return [
    ...passportRefs(doc.passport, ['passport']),
    ...doc.sectors.flatMap((s, i) => sectorRefs(s, ['sectors', i])),
    ...attachmentRefs(doc.attachments, ['attachments']),
  ];
}
