import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { antdStaticStyles } from './src/web/app/antd-static-styles.ts';

const BOOT = path.resolve(import.meta.dirname, 'src/web/boot.ts');

/**
 * src/web/boot.ts as its own tiny chunk, run by index.html as soon as it has loaded (async), so the page's
 * first requests start while the browser compiles the app (see boot.ts).
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
      html.source = String(html.source).replace(
        /(\s*)<script type="module"/,
        `$1<script type="module" async src="/${this.getFileName(ref)}"></script>$1<script type="module"`,
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
