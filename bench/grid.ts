import { chromium } from 'playwright-core';

/**
 * First render of the plan-schedule grid of a sector with `cases` cases, in Debian's Chromium:
 * signed in, a fresh page navigates to the editor's schedule page; the time is from the
 * navigation's start (performance.timeOrigin) to the frame in which the last case's row of the
 * grid is in the DOM and visible. Also the time the version's API response took (resource timing).
 */
export interface GridResult {
  runs: number[];
  median: number;
  apiMedian: number | null;
  rows: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : Number.NaN;
};

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
    const url = `${opts.baseUrl}/maps/${opts.mapId}/v/${opts.number}/sector.${opts.sectorId}.schedule`;
    const runs: number[] = [];
    const api: number[] = [];
    let rows = 0;
    // One warm-up (the browser's HTTP cache then holds the bundle, as for a returning user).
    for (let i = 0; i < opts.runs + 1; i++) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(
        (n) => {
          const bodies = document.querySelectorAll('table.ed-grid > tbody');
          const last = bodies[bodies.length - 1] as HTMLElement | undefined;
          return (
            bodies.length >= n && last !== undefined && last.querySelector('td[role="gridcell"]') !== null
          );
        },
        opts.cases,
        { polling: 'raf', timeout: 120_000 },
      );
      const t = await page.evaluate(() => performance.now());
      await page.locator('table.ed-grid td[role="gridcell"]').first().waitFor({ state: 'visible' });
      const timing = await page.evaluate(() => {
        const r = performance
          .getEntriesByType('resource')
          .find((e) => /\/api\/maps\/[^/]+\/versions\/\d+$/.test(e.name)) as
          | PerformanceResourceTiming
          | undefined;
        return {
          api: r ? r.responseEnd - r.startTime : null,
          rows: document.querySelectorAll('table.ed-grid tbody tr').length,
        };
      });
      rows = timing.rows;
      if (i > 0) {
        runs.push(t);
        if (timing.api !== null) api.push(timing.api);
      }
      await page.close();
    }
    return { runs, median: median(runs), apiMedian: api.length ? median(api) : null, rows };
  } finally {
    await browser.close();
  }
}
