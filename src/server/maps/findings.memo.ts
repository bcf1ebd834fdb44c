import type { Finding } from '../../domain/map/map.findings.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { validateMap } from '../../domain/map/map.validate.ts';

/**
 * The findings of a version's document, remembered by (version id, revision). Every write of a
 * version's content bumps its revision in the same UPDATE (maps.queries.ts updateVersionContent),
 * so the pair names one document for ever, on every app process: a remembered entry is never stale,
 * only possibly evicted. The findings depend on the document alone (validateMap is pure), and a
 * process that starts with new rules starts with an empty memo.
 *
 * Checking a national-scale document (10 sectors × 30 cases, ≈1.4 MB) costs far more than reading
 * it; the editor reads a version after every save, and lists count findings of each map.
 */
const LIMIT = 500;
const memo = new Map<string, Finding[]>();

export function findingsOf(
  version: { id: string; revision: number },
  content: MapDocument | (() => MapDocument),
): Finding[] {
  const key = `${version.id}:${version.revision}`;
  const known = memo.get(key);
  if (known) {
    // Most recently used last: Map keeps insertion order, so re-inserting refreshes the entry.
    memo.delete(key);
    memo.set(key, known);
    return known;
  }
  const findings = validateMap(typeof content === 'function' ? content() : content);
  memo.set(key, findings);
  if (memo.size > LIMIT) memo.delete(memo.keys().next().value as string);
  return findings;
}

/** How many entries the memo holds (tests). */
export const findingsMemoSize = () => memo.size;
