import { createRequire } from 'node:module';
import type { ComponentType, ReactElement, ReactNode } from 'react';
import { THEME } from './theme.ts';

/**
 * antd's styles for the app's theme as one CSS file, written at build time (vite.config.ts).
 *
 * antd (CSS-in-JS) builds every component's style sheet in the browser the first time the
 * component renders: it runs the style functions, serialises and hashes the result and inserts a
 * <style> element — on a cold editor page, some forty of them, tens of milliseconds before the
 * first paint, on every page load. Here every antd component is rendered once on the server
 * (Node, react-dom/server) with the app's theme, and what antd registered is extracted with
 * @ant-design/cssinjs's `extractStyle`: the styles, plus the map of their cache paths that antd
 * reads in the browser. For a path in that map, antd's style hook takes the style as loaded from
 * the file and builds and inserts nothing; a component not rendered here (or rendered in a state
 * that registers another style) still gets its style at run time, as before. The design tokens'
 * CSS variables are still registered at run time (their class name is per ConfigProvider).
 */

// CommonJS on purpose: antd's `lib` build and this file must share one @ant-design/cssinjs (its
// style context and cache) and one React.
const require = createRequire(import.meta.url);

type AnyProps = Record<string, unknown>;
type Component = ComponentType<AnyProps>;

/** Props that make a component render the parts the app shows. */
const SAMPLE_PROPS: Record<string, AnyProps> = {
  Segmented: { options: ['a', 'b'] },
  // A status colour registers the tag's status styles (the version's status tag uses them).
  Tag: { color: 'success' },
};

/**
 * The antd components of the signed-in app's frame and of the editor's first screen (header,
 * language switch, top bar, workflow bar, Excel bar, the grid page's buttons and menus), plus the
 * popup panels they open. Only these: the file is a style sheet every page waits for, and each
 * component adds 5–40 kB to parse (all of antd would be 1.2 MB, the app's whole set 0.5 MB, which
 * cost more to parse than building their styles at run time). Every other component is styled at
 * run time, as before.
 */
const CATALOG = [
  'App',
  'Layout',
  'Button',
  'Spin',
  'Segmented',
  'Tag',
  'Space',
  'Dropdown',
  'Popconfirm',
  'Popover._InternalPanelDoNotUseOrYouWillBeFired',
  'Popconfirm._InternalPanelDoNotUseOrYouWillBeFired',
  'Dropdown._InternalPanelDoNotUseOrYouWillBeFired',
];

const isComponent = (v: unknown): v is Component =>
  typeof v === 'function' || (typeof v === 'object' && v !== null && '$$typeof' in v);

/** The CSS text (with antd's cache-path map) of every antd component in the app's theme. */
export function antdStaticStyles(): { css: string; rendered: number } {
  // antd names its hash class after the mode (css-… in production, css-dev-only-… otherwise): the
  // file must use the names of the production bundle.
  if (process.env.NODE_ENV !== 'production')
    throw new Error('antdStaticStyles: run with NODE_ENV=production (as vite build does)');
  const React = require('react') as typeof import('react');
  const { renderToString } = require('react-dom/server') as typeof import('react-dom/server');
  const antd = require('antd') as Record<string, unknown>;
  const cssinjs = require('@ant-design/cssinjs') as typeof import('@ant-design/cssinjs');
  const cache = cssinjs.createCache();
  const h = React.createElement as (
    type: unknown,
    props?: AnyProps | null,
    ...children: ReactNode[]
  ) => ReactElement;

  const components: [string, Component][] = [];
  for (const path of CATALOG) {
    const [parent, child] = path.split('.');
    const value = child ? (antd[parent] as Record<string, unknown> | undefined)?.[child] : antd[parent];
    if (isComponent(value)) components.push([path, value]);
  }
  let rendered = 0;
  const silenced = console.error;
  console.error = () => {};
  try {
    for (const [name, Comp] of components) {
      try {
        renderToString(
          h(
            cssinjs.StyleProvider,
            { cache },
            h(antd.ConfigProvider, { theme: THEME }, h(antd.App, null, h(Comp, SAMPLE_PROPS[name] ?? {}))),
          ),
        );
        rendered++;
      } catch {
        // A component that needs more than sample props: its style is built at run time, as before.
      }
    }
  } finally {
    console.error = silenced;
  }
  return { css: cssinjs.extractStyle(cache, { plain: true, types: ['style'] }), rendered };
}
