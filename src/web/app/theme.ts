import type { ThemeConfig } from 'antd';

/** System fonts only; every family listed has the Kazakh letters ә ғ қ ң ө ұ ү һ і. */
export const FONT_STACK =
  "'Segoe UI', system-ui, -apple-system, Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/**
 * A calm, dense government look: white surfaces on light grey, one restrained blue, controls a
 * little tighter than antd's default (not the compact algorithm: its 12px text is too small to read
 * all day). Text colours are darkened so secondary text still passes WCAG AA on white and grey.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1f4e8c',
    colorInfo: '#1f4e8c',
    colorLink: '#1f4e8c',
    colorSuccess: '#237804',
    colorWarning: '#935600',
    colorSuccessBg: '#edf7e8',
    colorSuccessBorder: '#b5d9a3',
    colorWarningBg: '#fff6e5',
    colorWarningBorder: '#efc57f',
    colorInfoBg: '#eef3fa',
    colorInfoBorder: '#c3d3ea',
    colorErrorBg: '#fdf0ef',
    colorErrorBorder: '#efb3ad',
    colorError: '#c4281c',
    colorBgLayout: '#f3f5f8',
    colorBorder: '#c9ced6',
    colorBorderSecondary: '#e3e6eb',
    colorText: '#1f2329',
    colorTextSecondary: '#4a5160',
    colorTextDescription: '#545b69',
    colorTextTertiary: '#5c6370',
    colorTextPlaceholder: '#5f6672',
    fontFamily: FONT_STACK,
    fontSize: 14,
    borderRadius: 4,
    controlHeight: 30,
    wireframe: false,
  },
  components: {
    Table: { cellPaddingBlock: 8, cellPaddingInline: 10, headerBg: '#f0f2f5', headerColor: '#1f2329' },
    Layout: { headerBg: '#ffffff', bodyBg: '#f3f5f8' },
    Card: { bodyPadding: 20 },
    Segmented: {
      itemSelectedColor: '#ffffff',
      itemSelectedBg: '#1f4e8c',
      itemColor: '#1f2329',
      trackBg: '#eceff3',
    },
    Tag: { defaultBg: '#f0f2f5', defaultColor: '#1f2329' },
  },
};
