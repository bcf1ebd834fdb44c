import { describe, expect, it } from 'vitest';
import { requireTool } from './document.test-helpers.ts';
import { createPdfPrinter } from './pdf.printer.ts';

describe('the PDF printer', () => {
  it('answers documents.pdf_unavailable when Chromium is not installed, and tries again next time', async () => {
    const printer = createPdfPrinter({ executablePath: '/nonexistent/chromium' });
    for (let i = 0; i < 2; i++)
      await expect(printer.print('<p>x</p>')).rejects.toMatchObject({ code: 'documents.pdf_unavailable' });
    expect(printer.pending).toBe(0);
    await printer.close();
  });

  it('prints jobs one after another from one warm browser, and refuses beyond its queue', async (ctx) => {
    const chromium = requireTool(ctx, 'chromium', 'chromium');
    if (!chromium) return;
    const printer = createPdfPrinter({ executablePath: chromium, maxQueue: 3 });
    const jobs = [1, 2, 3, 4].map((n) => printer.print(`<p>page ${n}</p>`));
    const settled = await Promise.allSettled(jobs);
    expect(settled.slice(0, 3).every((s) => s.status === 'fulfilled')).toBe(true);
    expect(settled[3]).toMatchObject({ status: 'rejected', reason: { code: 'documents.busy' } });
    for (const s of settled.slice(0, 3))
      expect((s as PromiseFulfilledResult<Buffer>).value.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await printer.close();
  }, 60_000);
});
