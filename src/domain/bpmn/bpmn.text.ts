/**
 * Text helpers shared by the BPMN module: names are compared case-insensitively, with ё = е and
 * runs of whitespace collapsed, so 'Приём  заявления' and 'прием заявления' are the same name.
 * Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) are kept as they are.
 */

/** A name for comparison: lowercase, ё→е, whitespace collapsed and trimmed. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** The words of a normalized name: runs of letters and digits, punctuation dropped. */
export function words(name: string): string[] {
  return normalizeName(name).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when `needle` occurs in `haystack` as a run of whole words (both lists of words). */
export function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, j) => haystack[i + j] === w)) return true;
  }
  return false;
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes a text for XML content and attribute values (both quote styles). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}
