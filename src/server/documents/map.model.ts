import type { DocModel } from '../../domain/documents/document.model.ts';
import type { DocumentLocale } from '../../domain/documents/form-labels.ts';
import { buildMapDocumentModel } from '../../domain/documents/map.document.ts';
import type { LocalizedText } from '../../domain/locale.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import type { Db } from '../db/connect.ts';
import type { MapRow, OrgRow } from '../maps/maps.queries.ts';
import { referenceNames } from './documents.queries.ts';
import { safeFileName } from './send.ts';

/** A map version loaded for a document: its map, body, number, content and what names the content. */
export interface LoadedVersion {
  map: MapRow;
  org: OrgRow;
  versionId: string;
  revision: number;
  number: number;
  content: MapDocument;
}

/** dt-map-<orgcode>-<period>-v<n>-<lang> (without extension), as the JSON export names its file. */
export function documentFileName(
  org: { code: string },
  periodFrom: number,
  number: number,
  locale: DocumentLocale,
): string {
  return `dt-map-${safeFileName(org.code)}-${periodFrom}-v${number}-${locale}`;
}

/** The official document model of a map version, with the names of the reference rows it cites. */
export async function mapDocumentModel(
  db: Db,
  loaded: LoadedVersion,
  locale: DocumentLocale,
  names?: Map<string, LocalizedText>,
): Promise<DocModel> {
  return buildMapDocumentModel(loaded.content, {
    locale,
    organisation: { name: loaded.org.name },
    referenceNames: names ?? (await referenceNames(db, loaded.content)),
  });
}
