/**
 * The first few milliseconds of a page load, before the app's code (about 1 MB of React, antd and
 * the router) is compiled and run: index.html loads this tiny module first (vite.config.ts emits it
 * as its own chunk and injects it). It starts what the first screen will wait for, so that the
 * network and the server work while the browser is still busy with the app's code:
 *
 * - the session check (`GET /api/auth/me`) on every page of the signed-in app;
 * - on an editor URL, the version (`GET /api/maps/:id/versions/:n`).
 *
 * The app takes these responses instead of asking again (`takeBootResponse` in lib/api.ts). It
 * imports nothing: it must not wait for, or pull in, any other code. The editor page's own code is
 * not preloaded from here: two dozen more requests at this moment delayed the app's entry chunks,
 * which every page needs first; the router asks for it as soon as the entry runs (router.tsx).
 */

export interface BootRequest {
  /** performance.now() when the request started. */
  at: number;
  response: Promise<Response>;
}

declare global {
  interface Window {
    /** Requests started by boot.ts, by URL; each is taken (and removed) by the app once. */
    __dtmBoot?: Map<string, BootRequest>;
  }
}

/** /maps/:mapId/v/:number[/:page], as the router's editor routes (app/router.tsx). */
export const EDITOR_PATH = /^\/maps\/([^/]+)\/v\/([1-9][0-9]*)(?:\/[^/]+)?\/?$/;
const LOCALES = ['kk', 'ru', 'en'];

/** The UI language the app will start in (lib/i18n.ts): the browser's saved choice, else its language. */
export function bootLocale(storage: Pick<Storage, 'getItem'> | null, language: string | undefined): string {
  let saved: string | null = null;
  try {
    saved = storage?.getItem('dtm.locale') ?? null;
  } catch {
    saved = null;
  }
  if (saved && LOCALES.includes(saved)) return saved;
  const nav = (language ?? '').slice(0, 2);
  return LOCALES.includes(nav) ? nav : 'kk';
}

/** The API requests a page at `pathname` starts at once; none on the public portal and sign-in. */
export function bootRequests(pathname: string): string[] {
  if (pathname === '/portal' || pathname.startsWith('/portal/')) return [];
  if (pathname === '/login' || pathname.startsWith('/login/')) return [];
  const urls = ['/api/auth/me'];
  const editor = EDITOR_PATH.exec(pathname);
  if (!editor) return urls;
  try {
    // As versionUrl() writes it from the router's (decoded) parameter.
    urls.push(`/api/maps/${encodeURIComponent(decodeURIComponent(editor[1]))}/versions/${editor[2]}`);
  } catch {
    // A malformed escape: the app will show its own error for this URL.
  }
  return urls;
}

export function boot(win: Window): void {
  const pathname = win.location.pathname;
  let locale = 'kk';
  try {
    locale = bootLocale(win.localStorage, win.navigator.language);
  } catch {
    locale = bootLocale(null, win.navigator.language);
  }
  const started = new Map<string, BootRequest>();
  for (const url of bootRequests(pathname))
    started.set(url, {
      at: win.performance.now(),
      // The same request lib/api.ts makes, so the answer is the one the app would have had.
      response: win.fetch(url, {
        method: 'GET',
        credentials: 'same-origin',
        headers: { 'x-locale': locale, 'x-requested-with': 'dtmaps' },
      }),
    });
  win.__dtmBoot = started;
}

// In the page (index.html loads this module); not where there is no page (tests import it in Node).
if (typeof window !== 'undefined' && typeof document !== 'undefined' && !window.__dtmBoot) boot(window);
