import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { antdStaticStyles } from './antd-static-styles.ts';

describe('antd styles written at build time (vite.config.ts)', () => {
  const env = process.env.NODE_ENV;
  beforeAll(() => {
    process.env.NODE_ENV = 'production';
  });
  afterAll(() => {
    process.env.NODE_ENV = env;
  });

  it("holds the frame's and the editor's components, with the map antd reads to skip building them", () => {
    const { css, rendered } = antdStaticStyles();
    expect(rendered).toBeGreaterThanOrEqual(10);
    for (const cls of ['.ant-btn', '.ant-layout', '.ant-spin', '.ant-segmented', '.ant-tag', '.ant-dropdown'])
      expect(css).toContain(cls);
    // The production class names (css-<hash>), as the built app's components carry them.
    expect(css).toMatch(/:where\(\.css-[a-z0-9]+\)\.ant-btn/);
    expect(css).not.toContain('css-dev-only');
    // antd's cache-path map: a path listed there is taken from this file, not built in the browser.
    const map = /\.data-ant-cssinjs-cache-path\{content:"([^"]*)";\}/.exec(css);
    expect(map?.[1]).toMatch(/\|Button-Button\|ant-btn\|anticon:/);
    // Small enough for a style sheet every page waits for.
    expect(css.length).toBeLessThan(150_000);
  });

  it('refuses to run outside production mode (the class names would not match the bundle)', () => {
    process.env.NODE_ENV = 'development';
    try {
      expect(() => antdStaticStyles()).toThrow(/NODE_ENV=production/);
    } finally {
      process.env.NODE_ENV = 'production';
    }
  });
});
