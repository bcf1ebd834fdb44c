import { parsePathKey, pathAndAncestors, pathKey } from './field-paths.ts';

const FOCUSABLE =
  'input:not([disabled]), textarea:not([disabled]), [role="gridcell"][tabindex], button:not([disabled])';

/**
 * Brings the field of a path into view, focuses its first input and (optionally) flashes it.
 * Falls back to the nearest ancestor that has a field (e.g. a list for a missing item).
 */
export function focusPath(key: string, highlight = false): boolean {
  for (const p of pathAndAncestors(parsePathKey(key))) {
    const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(pathKey(p))}"]`);
    if (!el) continue;
    el.scrollIntoView({ block: 'center', behavior: 'auto' });
    const target = el.matches(FOCUSABLE) ? el : el.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus({ preventScroll: true });
    if (highlight) {
      el.classList.remove('ed-flash');
      void el.offsetWidth; // restart the animation
      el.classList.add('ed-flash');
      window.setTimeout(() => el.classList.remove('ed-flash'), 2600);
    }
    return true;
  }
  return false;
}

/** Focuses a field that the next render creates (a new row). */
export function focusPathSoon(key: string): void {
  window.setTimeout(() => focusPath(key), 60);
}
