/**
 * What every chart shares: the translate function the pure logic takes, HTML escaping for ECharts
 * tooltips (labels are user content: body names), and the colours with their contrast check.
 */

/** The subset of i18next's `t` the chart logic needs, so the logic stays pure and testable. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** ECharts renders a tooltip formatter's string as HTML: everything from data must be escaped. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Text colours used on and around the charts (the app theme's colorText / colorTextSecondary). */
export const TEXT = '#1f2329';
export const TEXT_SECONDARY = '#4a5160';
export const GRID_LINE = '#e3e6eb';
export const AXIS_LINE = '#8a919e';

/**
 * Series colours of the target/actual chart. Blue against dark orange stays apart in every common
 * colour-vision deficiency (Okabe–Ito hues, darkened so each is at least 3:1 on white, WCAG 1.4.11);
 * the series differ in shape too (line with diamonds, bars, dashed line).
 */
export const SERIES_COLORS = {
  target: '#1f4e8c',
  actual: '#b35900',
  baseline: '#5c6370',
} as const;

/** Relative luminance of an sRGB colour '#rrggbb' (WCAG 2.x). */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** The WCAG contrast ratio of two colours '#rrggbb' (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
