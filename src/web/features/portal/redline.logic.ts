import type { DiffList } from '../../../domain/map/map.diff.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';

/**
 * How the redline names a changed field of MapDiff ('name.kk', 'targets.2027', 'period.from',
 * 'publicServiceIds'): the field itself (a key of the editor's `field.*` labels), the language
 * of a text, the year of a target, the end of the period.
 */
export interface FieldName {
  field: string;
  lang: 'kk' | 'ru' | 'en' | null;
  year: string | null;
  part: 'from' | 'to' | null;
}

const LANGS = ['kk', 'ru', 'en'] as const;

export function describeField(path: string): FieldName {
  const segs = path.split('.');
  const last = segs[segs.length - 1];
  const lang =
    (LANGS as readonly string[]).includes(last) && segs.length > 1 ? (last as FieldName['lang']) : null;
  const year = segs.length > 1 && /^\d{4}$/.test(segs[1]) ? segs[1] : null;
  const part = segs.length > 1 && (segs[1] === 'from' || segs[1] === 'to') ? segs[1] : null;
  return { field: segs[0], lang, year, part };
}

/** The label key of a list of the diff: its last segment ('cases.processes' → 'processes'). */
export function listField(list: DiffList): string {
  const segs = list.split('.');
  return segs[segs.length - 1];
}

/** How a value of a field is shown: the kind of thing it holds. */
export type ValueKind =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'ids'; ids: string[] }
  | { kind: 'enum'; key: string }
  | { kind: 'case'; id: string };

/** Fields whose value is one of a fixed set, shown by the editor's label of the value. */
const ENUMS: Record<string, string> = {
  reengineeringStatus: 'editor:reeng.',
  kind: 'editor:implementer.kind.',
  source: 'editor:problem.source.',
  criterion: 'editor:criterion.',
};

export function valueKind(field: string, value: unknown): ValueKind {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (Array.isArray(value)) {
    const ids = value.filter((v): v is string => typeof v === 'string');
    return ids.length ? { kind: 'ids', ids } : { kind: 'empty' };
  }
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (field === 'caseId' && typeof value === 'string') return { kind: 'case', id: value };
  if (field in ENUMS && (typeof value === 'string' || typeof value === 'number'))
    return { kind: 'enum', key: `${ENUMS[field]}${value}` };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return { kind: 'text', text: value };
  return { kind: 'text', text: JSON.stringify(value) };
}

type Named = { id: string; name: MapDocument['passport']['title'] };

/**
 * The item holding a nested list of the diff (a case for 'cases.processes', a subject for
 * 'subjects.lifeCycle', a direction for 'priorityDirections.indicators'), looked up in the newer
 * version first, then in the older.
 */
export function parentOf(list: DiffList, parentId: string, docs: readonly MapDocument[]): Named | null {
  const parentList = list.split('.')[0];
  for (const doc of docs) {
    let found: Named | undefined;
    if (parentList === 'cases') found = doc.sectors.flatMap((s) => s.cases).find((c) => c.id === parentId);
    else if (parentList === 'subjects')
      found = doc.sectors.flatMap((s) => s.subjects).find((c) => c.id === parentId);
    else if (parentList === 'priorityDirections')
      found = doc.attachments.priorityDirections.find((d) => d.id === parentId);
    if (found) return found;
  }
  return null;
}

/** The case (and process) a changed plan-schedule cell belongs to, from the newer version. */
export function cellRowNames(
  doc: MapDocument,
  caseId: string,
  processId: string | null,
): { caseName: Named['name'] | null; processName: Named['name'] | null } {
  const c = doc.sectors.flatMap((s) => s.cases).find((x) => x.id === caseId);
  const p = processId ? c?.processes.find((x) => x.id === processId) : undefined;
  return { caseName: c?.name ?? null, processName: p?.name ?? null };
}

/** A run of words of a redlined text: kept, removed from the older version, or added in the newer. */
export interface TextRun {
  text: string;
  op: 'same' | 'del' | 'ins';
}

/** Longest texts compared word by word; longer ones are shown whole (the table is O(n·m)). */
const MAX_WORDS = 1500;

/**
 * A word-level redline of two versions of a text, as one sequence: the words both share, the
 * words removed and the words added, in reading order (longest common subsequence of words;
 * spacing kept). Null when a text is too long to compare this way.
 */
export function wordDiff(before: string, after: string): TextRun[] | null {
  const a = before.match(/\S+\s*/g) ?? [];
  const b = after.match(/\S+\s*/g) ?? [];
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) return null;
  const word = (t: string) => t.trimEnd();
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs: Uint16Array[] = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = word(a[i]) === word(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const runs: TextRun[] = [];
  const push = (text: string, op: TextRun['op']) => {
    const last = runs[runs.length - 1];
    if (last && last.op === op) last.text += text;
    else runs.push({ text, op });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (word(a[i]) === word(b[j])) {
      push(b[j], 'same');
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push(a[i++], 'del');
    else push(b[j++], 'ins');
  }
  while (i < a.length) push(a[i++], 'del');
  while (j < b.length) push(b[j++], 'ins');
  // A removed word glued to the next added one reads better with a space between them.
  return runs.map((r, k) =>
    r.op === 'del' && runs[k + 1]?.op === 'ins' && !/\s$/.test(r.text) ? { ...r, text: `${r.text} ` } : r,
  );
}

/**
 * Shortens the kept runs of a word redline to `context` words next to each change, so a long
 * paragraph with one amended sentence reads as that sentence: «… words [change] words …».
 */
export function elide(runs: readonly TextRun[], context = 12): TextRun[] {
  if (!runs.some((r) => r.op !== 'same')) return [...runs];
  return runs.map((r, i) => {
    if (r.op !== 'same') return r;
    const words = r.text.match(/\S+\s*/g) ?? [];
    const first = i === 0;
    const last = i === runs.length - 1;
    const keep = (first || last ? 1 : 2) * context;
    if (words.length <= keep + 2) return r;
    if (first) return { text: `… ${words.slice(-context).join('')}`, op: 'same' };
    if (last) return { text: `${words.slice(0, context).join('')}…`, op: 'same' };
    return { text: `${words.slice(0, context).join('')}… ${words.slice(-context).join('')}`, op: 'same' };
  });
}
