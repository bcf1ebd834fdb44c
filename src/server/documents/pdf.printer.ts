import { type Browser, chromium } from 'playwright-core';
import { AppError } from '../../domain/errors.ts';

/**
 * PDF printing by Chromium (Debian's package, driven by playwright-core): one warm browser for the
 * process, started on the first print and restarted if it dies; print jobs wait in one queue and run
 * one at a time (the machine has two cores and the API must stay responsive), each in a fresh
 * context with JavaScript off and every network request refused — the documents are self-contained
 * HTML, so nothing a user typed can reach out or run.
 */
export interface PdfPrinter {
  /** Prints a self-contained HTML page; the page's own @page rules set size, orientation, margins. */
  print(html: string): Promise<Buffer>;
  /** Renders an SVG drawing to PNG at twice the given CSS size (sharp in Word at 100–200 %). */
  png(svg: string, size: { width: number; height: number }): Promise<Buffer>;
  /** Jobs waiting or running. */
  readonly pending: number;
  close(): Promise<void>;
}

export interface PdfPrinterOptions {
  executablePath: string;
  /** Jobs allowed to wait; beyond it the printer answers 'documents.busy' (503) at once. */
  maxQueue?: number;
  /** One job's time limit. */
  timeoutMs?: number;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function createPdfPrinter(opts: PdfPrinterOptions): PdfPrinter {
  const maxQueue = opts.maxQueue ?? 50;
  const timeout = opts.timeoutMs ?? 60_000;
  let browser: Promise<Browser> | null = null;
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  let closed = false;

  const warm = (): Promise<Browser> => {
    if (!browser) {
      // No browser on this machine (Debian's chromium is a separate install): a clear 503, not a 500.
      const launching = chromium
        .launch({ executablePath: opts.executablePath, args: LAUNCH_ARGS })
        .catch((err: unknown) => {
          console.error(`PDF printing: Chromium did not start (${opts.executablePath}):`, err);
          throw new AppError('documents.pdf_unavailable');
        });
      browser = launching;
      // A crashed or failed browser is forgotten, so the next job starts a new one.
      const forget = () => {
        if (browser === launching) browser = null;
      };
      launching.then((b) => b.on('disconnected', forget), forget);
    }
    return browser;
  };

  /** Runs `work` in a fresh, offline, script-less page after the jobs before it. */
  function enqueue<T>(
    work: (page: import('playwright-core').Page) => Promise<T>,
    deviceScaleFactor = 1,
  ): Promise<T> {
    if (closed) return Promise.reject(new Error('the PDF printer is closed'));
    if (pending >= maxQueue) return Promise.reject(new AppError('documents.busy'));
    pending++;
    const run = async () => {
      const context = await (await warm()).newContext({ javaScriptEnabled: false, deviceScaleFactor });
      try {
        await context.route('**/*', (route) =>
          route.request().url().startsWith('data:') ? route.continue() : route.abort(),
        );
        const page = await context.newPage();
        page.setDefaultTimeout(timeout);
        return await work(page);
      } finally {
        await context.close().catch(() => undefined);
      }
    };
    const job = tail.then(run, run);
    tail = job.then(
      () => undefined,
      () => undefined,
    );
    return job.finally(() => {
      pending--;
    });
  }

  return {
    print: (html) =>
      enqueue(async (page) => {
        await page.setContent(html, { waitUntil: 'load' });
        return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      }),
    png: (svg, size) =>
      enqueue(async (page) => {
        await page.setViewportSize({ width: Math.ceil(size.width), height: Math.ceil(size.height) });
        await page.setContent(
          `<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`,
          { waitUntil: 'load' },
        );
        return page.locator('svg').first().screenshot({ type: 'png', scale: 'device' });
      }, 2),
    get pending() {
      return pending;
    },
    async close() {
      closed = true;
      await tail;
      const b = browser;
      browser = null;
      if (b) await (await b.catch(() => null))?.close();
    },
  };
}
