import { chromium } from 'playwright-core';

/**
 * The plan-schedule grid of a sector with `cases` cases, in Debian's Chromium, signed in, each run
 * on a fresh page (after one warm-up, so the browser's HTTP cache holds the bundle, as for a
 * returning user). The grid renders only the rows in view, so "the last row is in the DOM" no
 * longer means "everything is rendered"; two figures instead:
 *
 * - first render (`runs`, `median`; the issue's ≤ 200 ms): from the navigation's start
 *   (performance.timeOrigin) to the animation frame in which the grid stands for the full data
 *   set — its aria-rowcount, less its header rows, equals the number of rows the version's
 *   document gives (a row per case, a row per process of a split case); a grid without
 *   aria-rowcount must have all those rows in the DOM — AND the cells of the
 *   first case row are on screen: inside the window and inside every scrolling box around them,
 *   and not covered (the element at the cell's centre is the cell).
 * - last row (`lastRowRuns`, `lastRowMedian`): then, in the same page, from the moment a script
 *   scrolls the grid's scroll box to its end and the box into the window, to the frame in which
 *   the cells of the last case row are on screen by the same test.
 *
 * The frame is caught by polling on requestAnimationFrame: the time is read inside the callback of
 * the first frame whose DOM satisfies the test, i.e. the frame that paints it. Also the time the
 * version's API response took (resource timing) and how many rows were in the DOM at first render.
 *
 * The first figure's polling is a script of the page itself from its first moment (an init
 * script, reporting through the console), not Playwright's waitForFunction: that evaluates
 * Playwright's injected script (tens of kB) in the page as it loads, and traces showed it taking
 * 25–90 ms of the page's main thread inside the measured interval. Same test, same frame, same clock.
 */
export interface GridResult {
  runs: number[];
  median: number;
  apiMedian: number | null;
  /** Rows of the grid (aria-rowcount less the header rows). */
  rows: number;
  /** Case rows in the DOM in the frame of the first figure (the window, not the data set). */
  domRows: number;
  lastRowRuns: number[];
  lastRowMedian: number;
}

/** The console message by which the page reports the first figure (see the init script below). */
const SHOWN = 'dtm-bench-grid-shown ';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : Number.NaN;
};

interface VersionBody {
  document: {
    sectors: { id: string; cases: { scheduleByProcess?: boolean; processes: unknown[] }[] }[];
  };
}

/**
 * Runs in the page: the time (and the case rows in the DOM) when the grid stands for `expected`
 * rows and the cells of its first or last case row are on screen; false until then.
 */
function gridShows(arg: { expected: number; row: 'first' | 'last' }): { t: number; dom: number } | false {
  const grid = document.querySelector<HTMLElement>('table.ed-grid[role="grid"]');
  if (!grid) return false;
  const head = grid.querySelectorAll('thead tr').length;
  const declared = grid.getAttribute('aria-rowcount');
  // A grid that renders every row need not declare its size: then its rows in the DOM are the size.
  const inDom = [...grid.querySelectorAll('tbody tr')].filter((r) => r.querySelector('td[role="gridcell"]'));
  const total = declared === null ? inDom.length : Number(declared) - head;
  if (total !== arg.expected) return false;
  const tr =
    declared === null
      ? inDom[arg.row === 'first' ? 0 : inDom.length - 1]
      : grid.querySelector(`tbody tr[aria-rowindex="${arg.row === 'first' ? head + 1 : head + total}"]`);
  const cells = tr ? [...tr.querySelectorAll<HTMLElement>('td[role="gridcell"]')] : [];
  if (cells.length === 0) return false;
  // The first cell (beside the sticky row header) stands for the row. No inner named functions:
  // this is sent to the page as its source, and tsx would wrap them in a helper the page lacks.
  const el = cells[0];
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return false;
  if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight) return false;
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (!/(auto|scroll|hidden)/.test(s.overflowY + s.overflowX)) continue;
    const b = p.getBoundingClientRect();
    if (r.top < b.top || r.bottom > b.bottom + 0.5) return false;
  }
  const hit = document.elementFromPoint(
    Math.min(r.left + r.width / 2, window.innerWidth - 1),
    r.top + r.height / 2,
  );
  if (hit === null || !(hit === el || el.contains(hit))) return false;
  return { t: performance.now(), dom: inDom.length };
}

/** Runs in the page: scrolls the grid's scroll box to its end and that box into the window. */
function scrollGridToEnd(): number {
  const t0 = performance.now();
  const grid = document.querySelector<HTMLElement>('table.ed-grid[role="grid"]');
  let box: HTMLElement | null = grid?.parentElement ?? null;
  while (box && box !== document.body && box.scrollHeight <= box.clientHeight) box = box.parentElement;
  if (box && box !== document.body) {
    box.scrollTop = box.scrollHeight;
    box.scrollIntoView({ block: 'nearest' });
  } else window.scrollTo(0, document.documentElement.scrollHeight);
  return t0;
}

export async function measureGrid(opts: {
  baseUrl: string;
  login: string;
  password: string;
  mapId: string;
  number: number;
  sectorId: string;
  cases: number;
  runs: number;
  chromiumPath?: string;
}): Promise<GridResult> {
  const browser = await chromium.launch({
    executablePath: opts.chromiumPath ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const login = await context.request.post(`${opts.baseUrl}/api/auth/login`, {
      data: { login: opts.login, password: opts.password },
    });
    if (!login.ok()) throw new Error(`grid: sign-in failed (${login.status()})`);
    // The number of rows the full data set has, from the document itself (not from the UI).
    const res = await context.request.get(`${opts.baseUrl}/api/maps/${opts.mapId}/versions/${opts.number}`);
    if (!res.ok()) throw new Error(`grid: the version could not be read (${res.status()})`);
    const sector = ((await res.json()) as VersionBody).document.sectors.find((s) => s.id === opts.sectorId);
    if (!sector) throw new Error(`grid: no sector ${opts.sectorId}`);
    if (sector.cases.length !== opts.cases)
      throw new Error(`grid: the sector has ${sector.cases.length} cases, not ${opts.cases}`);
    const expected = sector.cases.reduce((n, c) => n + (c.scheduleByProcess ? c.processes.length : 1), 0);

    const gridPath = `/maps/${opts.mapId}/v/${opts.number}/sector.${opts.sectorId}.schedule`;
    const url = `${opts.baseUrl}${gridPath}`;
    // The first figure's rAF polling, in every page of this context from its first script on
    // (only on the grid's URL); the result comes back as a console message.
    await context.addInitScript(`(() => {
      if (location.pathname !== ${JSON.stringify(gridPath)}) return;
      const shows = ${gridShows.toString()};
      const arg = { expected: ${expected}, row: 'first' };
      const tick = () => {
        const r = shows(arg);
        if (r) console.debug(${JSON.stringify(SHOWN)} + JSON.stringify(r));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const runs: number[] = [];
    const lastRuns: number[] = [];
    const api: number[] = [];
    let domRows = 0;
    for (let i = 0; i < opts.runs + 1; i++) {
      const page = await context.newPage();
      const shown = page.waitForEvent('console', {
        predicate: (m) => m.text().startsWith(SHOWN),
        timeout: 120_000,
      });
      await page.goto(url, { waitUntil: 'commit' });
      const first = JSON.parse((await shown).text().slice(SHOWN.length)) as { t: number; dom: number };
      // Playwright's injected script now, before the scroll is timed (as it was when the first
      // figure was waited for with it), so the second figure does not include it either.
      await page.waitForFunction(() => true);
      const t0 = await page.evaluate(scrollGridToEnd);
      const last = (await (
        await page.waitForFunction(
          gridShows,
          { expected, row: 'last' as const },
          { polling: 'raf', timeout: 60_000 },
        )
      ).jsonValue()) as { t: number; dom: number };
      const apiTime = await page.evaluate(() => {
        const r = performance
          .getEntriesByType('resource')
          .find((e) => /\/api\/maps\/[^/]+\/versions\/\d+$/.test(e.name)) as
          | PerformanceResourceTiming
          | undefined;
        return r ? r.responseEnd - r.startTime : null;
      });
      if (i > 0) {
        runs.push(first.t);
        lastRuns.push(last.t - t0);
        domRows = Math.max(domRows, first.dom);
        if (apiTime !== null) api.push(apiTime);
      }
      await page.close();
    }
    return {
      runs,
      median: median(runs),
      apiMedian: api.length ? median(api) : null,
      rows: expected,
      domRows,
      lastRowRuns: lastRuns,
      lastRowMedian: median(lastRuns),
    };
  } finally {
    await browser.close();
  }
}
