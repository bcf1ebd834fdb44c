/** Immutable list edits for the editor's tables and lists, and ids for new items. */

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The list with item `index` moved by `delta` places (clamped to the list). */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, index + delta));
  if (to === index || index < 0 || index >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item);
  return out;
}

/** A short id for a new item, matching the schema's /^[A-Za-z0-9_-]+$/ (ItemIdSchema). */
export function newId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 10);
}
