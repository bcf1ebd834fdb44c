import type { LocalizedText } from '../../domain/locale.ts';
import type { Finding } from '../../domain/map/map.findings.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { validateMap } from '../../domain/map/map.validate.ts';
import { Lru } from '../cache/lru.ts';
import type { Db } from '../db/connect.ts';
import { type GzipPiece, gzipPieceAsync } from '../http/gzip.ts';
import { findDocumentText, findVersionTitles } from './maps.queries.ts';

/**
 * What a version's document gives, remembered by (version id, revision). Every write of a
 * version's content bumps its revision in the same UPDATE (maps.queries.ts updateVersionContent),
 * so the pair names one document for ever, on every app process: a remembered entry is never
 * stale, only possibly evicted. Each process keeps its own, bounded, least recently used out first.
 *
 * At national scale a document is ≈1.4 MB: checking it costs far more than reading it, and reading
 * it (detoasting and printing the JSONB) costs far more than reading the version's other columns.
 */
type VersionKey = { id: string; revision: number };
const keyOf = (v: VersionKey) => `${v.id}:${v.revision}`;

/** Findings of 500 versions (a few kB each). */
const findings = new Lru<Finding[]>(500);

/**
 * The findings of a version's document (validateMap is pure: they depend on the document alone,
 * and a process that starts with new rules starts with an empty memo).
 */
export function findingsOf(version: VersionKey, content: MapDocument | (() => MapDocument)): Finding[] {
  const key = keyOf(version);
  const known = findings.get(key);
  if (known) return known;
  const found = validateMap(typeof content === 'function' ? content() : content);
  findings.set(key, found);
  return found;
}

/** The findings this process already holds for a version, if any. */
export const cachedFindings = (version: VersionKey) => findings.get(keyOf(version));

/**
 * A version's document as the JSON text the database holds — kept as its UTF-8 bytes, ready for
 * the socket (encoding 1.4 MB of mostly Cyrillic text on every response cost as much as the rest
 * of the request) — and the ids of its sectors.
 */
export interface DocumentText {
  json: Buffer;
  sectorIds: string[];
  /** The text as a gzip piece (gzip.ts), deflated on the first request that takes gzip. */
  gzip?: Promise<GzipPiece>;
}

/**
 * The document's gzip piece: deflated once per memo entry (≈10× smaller; tens of milliseconds on
 * the thread pool, once per revision instead of once per response).
 */
export function gzippedDocument(doc: DocumentText): Promise<GzipPiece> {
  doc.gzip ??= gzipPieceAsync(doc.json).catch((err: unknown) => {
    doc.gzip = undefined;
    throw err;
  });
  return doc.gzip;
}

/**
 * Document texts up to 256 MB (≈180 national-scale versions, more than the maps in force); an
 * entry's gzip piece, when made, adds about a tenth to its size.
 */
const texts = new Lru<DocumentText>(256 * 1024 * 1024, (d) => d.json.length, 1 / 8);

/**
 * The version's document text: from this process's memo when it holds that revision, otherwise
 * read and remembered. Undefined when the version no longer has that revision (saved meanwhile).
 */
export async function storedDocumentText(db: Db, version: VersionKey): Promise<DocumentText | undefined> {
  const key = keyOf(version);
  const known = texts.get(key);
  if (known) return known;
  const read = await findDocumentText(db, version);
  if (!read) return undefined;
  const loaded = { json: Buffer.from(read.text), sectorIds: read.sectorIds };
  texts.set(key, loaded);
  return loaded;
}

/** Titles of 5 000 versions (a few hundred bytes each). */
const titles = new Lru<LocalizedText>(5000);

/**
 * The titles of versions by id: from the memo, the others in one statement. Projecting a title in
 * SQL still decompresses the version's whole document (≈1.4 MB), so a list of 40 published maps
 * read 56 MB per request.
 */
export async function titlesOf(db: Db, versions: VersionKey[]): Promise<Map<string, LocalizedText>> {
  const out = new Map<string, LocalizedText>();
  const missing: VersionKey[] = [];
  for (const v of versions) {
    const known = titles.get(keyOf(v));
    if (known) out.set(v.id, known);
    else missing.push(v);
  }
  if (missing.length)
    for (const row of await findVersionTitles(db, missing)) {
      titles.set(keyOf(row), row.title);
      out.set(row.id, row.title);
    }
  return out;
}

/** How many entries the memos hold (tests). */
export const memoSizes = () => ({ findings: findings.size, texts: texts.size, titles: titles.size });
