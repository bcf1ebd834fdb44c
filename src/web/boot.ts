/**
 * The first few milliseconds of a page load, before the app's code (about 1 MB of React, antd and
 * the router) is compiled and run: index.html loads this tiny module first (vite.config.ts emits it
 * as its own chunk and injects it). It starts what the first screen will wait for, so that the
 * network and the server work while the browser is still busy with the app's code:
 *
 * - the session check (`GET /api/auth/me`) on every page of the signed-in app;
 * - on an editor URL, the version (`GET /api/maps/:id/versions/:n`), and the editor page's code
 *   and styles (their file names are written into index.html at build time, `#dtm-boot`).
 *
 * The app takes these responses instead of asking again (`takeBootResponse` in lib/api.ts). It
 * imports nothing: it must not wait for, or pull in, any other code.
 */

/** What index.html tells this script (a JSON data block written by the build). */
export interface BootManifest {
  /** The editor page's code not loaded by index.html itself, and its style sheets. */
  editor: { js: string[]; css: string[] };
}

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

export function boot(win: Window, manifest: BootManifest | null): void {
  const doc = win.document;
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
  if (!manifest || !EDITOR_PATH.test(pathname)) return;
  // The same links the app's loader adds when the editor route is visited (it skips those present).
  for (const href of manifest.editor.css) {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.crossOrigin = '';
    link.href = href;
    doc.head.appendChild(link);
  }
  for (const href of manifest.editor.js) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    doc.head.appendChild(link);
  }
}

function readManifest(doc: Document): BootManifest | null {
  const el = doc.getElementById('dtm-boot');
  if (!el?.textContent) return null;
  try {
    return JSON.parse(el.textContent) as BootManifest;
  } catch {
    return null;
  }
}

if (typeof window !== 'undefined' && typeof document !== 'undefined' && document.getElementById('dtm-boot'))
  boot(window, readManifest(document));
