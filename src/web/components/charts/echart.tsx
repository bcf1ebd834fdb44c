import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { type ECharts, type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the app's charts draw, and SVG: crisp text at any zoom and a small chunk. This module is
// loaded lazily (chart-frame.tsx), so ECharts never weighs on the main bundle.
use([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  SVGRenderer,
]);

export interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** Called with the clicked data item (series data entry) of any series. */
  onItemClick?: (data: unknown) => void;
}

/** One ECharts instance in a div; the option is replaced whole on change, the chart follows the width. */
export function EChart({ option, height, onItemClick }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = init(el, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => clickRef.current?.(params.data));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!el || !chart.current) return;
    // The page's font (measured by ECharts for layout), so chart text matches the UI and has Kazakh letters.
    const fontFamily = getComputedStyle(el).fontFamily;
    const withFont = (style: unknown) => ({ ...((style as object | undefined) ?? {}), fontFamily });
    const tooltip = option.tooltip as { textStyle?: unknown } | undefined;
    chart.current.setOption(
      {
        ...option,
        textStyle: withFont(option.textStyle),
        ...(tooltip ? { tooltip: { ...tooltip, textStyle: withFont(tooltip.textStyle) } } : {}),
      },
      { notMerge: true },
    );
  }, [option]);

  return <div ref={ref} className="dtm-chart__echart" style={{ height, width: '100%' }} />;
}
