import { parsePathKey, pathAndAncestors, pathKey } from './field-paths.ts';

const FOCUSABLE =
  'input:not([disabled]), textarea:not([disabled]), [role="gridcell"][tabindex], button:not([disabled])';

/**
 * Finds a field that is not in the DOM and brings it in: a virtualised list (the plan-schedule
 * grid) renders only the rows in view, so a path into another row has no element until the list
 * scrolls to it. Returns false when the path is not the list's.
 */
export type PathRevealer = (key: string, highlight: boolean) => boolean;

const revealers = new Set<PathRevealer>();

/** Lets a virtualised list answer focusPath for its paths while it is mounted; returns the release. */
export function registerRevealer(revealer: PathRevealer): () => void {
  revealers.add(revealer);
  return () => {
    revealers.delete(revealer);
  };
}

/**
 * Brings the field of a path into view, focuses its first input and (optionally) flashes it.
 * Falls back to the nearest ancestor that has a field (e.g. a list for a missing item). A path
 * into a row a virtualised list has not rendered is handed to that list (registerRevealer).
 */
export function focusPath(key: string, highlight = false): boolean {
  for (const p of pathAndAncestors(parsePathKey(key))) {
    const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(pathKey(p))}"]`);
    if (!el) {
      for (const reveal of revealers) if (reveal(pathKey(p), highlight)) return true;
      continue;
    }
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
