import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { antdStaticStyles } from './src/web/app/antd-static-styles.ts';

const BOOT = path.resolve(import.meta.dirname, 'src/web/boot.ts');
const EDITOR_PAGE = path.resolve(import.meta.dirname, 'src/web/features/editor/editor-page.tsx');

/**
 * src/web/boot.ts as its own tiny chunk, loaded by index.html before the app's code, so the page's
 * requests start while the browser compiles the app (see boot.ts); and, as data in index.html,
 * the files of the editor page that index.html does not load itself, which boot.ts preloads on an
 * editor URL. The page (index.html) is never cached, so the names it lists are always current.
 */
function bootChunk(): Plugin {
  let ref = '';
  return {
    name: 'dtm-boot',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      ref = this.emitFile({ type: 'chunk', id: BOOT, name: 'boot', preserveSignature: false });
    },
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (roots: string[]) => {
        const seen = new Set<string>();
        const visit = (f: string) => {
          if (seen.has(f)) return;
          seen.add(f);
          for (const i of byName.get(f)?.imports ?? []) visit(i);
        };
        for (const r of roots) visit(r);
        return seen;
      };
      const entry = chunks.find((c) => c.isEntry && c.fileName !== this.getFileName(ref));
      const editor = chunks.find((c) => c.facadeModuleId === EDITOR_PAGE);
      if (!entry || !editor) throw new Error('dtm-boot: the entry or the editor page chunk is missing');
      const loaded = closure([entry.fileName]);
      const js = [...closure([editor.fileName])].filter((f) => !loaded.has(f));
      const css = js.flatMap((f) => [...(byName.get(f)?.viteMetadata?.importedCss ?? [])]);
      const manifest = { editor: { js: js.map((f) => `/${f}`), css: css.map((f) => `/${f}`) } };
      // A JSON data block is not run, so the Content-Security-Policy (script-src 'self') allows it.
      const tags =
        `<script type="application/json" id="dtm-boot">${JSON.stringify(manifest)}</script>\n` +
        `    <script type="module" src="/${this.getFileName(ref)}"></script>\n`;
      html.source = String(html.source).replace(
        /(\s*)<script type="module"/,
        `$1${tags}    <script type="module"`,
      );
    },
  };
}

/**
 * antd's styles for the app's theme as a CSS file linked by index.html, before the app's own
 * styles (where antd's run-time <style> elements went), so antd builds no style sheets of its own
 * at run time for the components it lists (src/web/app/antd-static-styles.ts).
 */
function antdStyles(): Plugin {
  return {
    name: 'dtm-antd-styles',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return;
      const { css } = antdStaticStyles();
      const file = this.getFileName(this.emitFile({ type: 'asset', name: 'antd.css', source: css }));
      html.source = String(html.source).replace(
        /(\s*)<script type="module"/,
        `$1<link rel="stylesheet" href="/${file}">$1<script type="module"`,
      );
    },
  };
}

export default defineConfig({
  root: 'src/web',
  plugins: [react(), antdStyles(), bootChunk()],
  build: {
    outDir: process.env.WEB_OUT_DIR ?? '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { '/api': process.env.API_TARGET ?? 'http://127.0.0.1:3000' } },
});
