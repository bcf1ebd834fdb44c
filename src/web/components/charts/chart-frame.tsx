import { Segmented } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import {
  Component,
  lazy,
  type ReactNode,
  type RefObject,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import './charts.css';

// ECharts is a separate chunk, fetched the first time a chart is on screen.
const EChart = lazy(() => import('./echart.tsx').then((m) => ({ default: m.EChart })));

export type ChartView = 'chart' | 'table';

export interface ChartFrameProps {
  title: string;
  /** The heading level of the title in the page's outline (default 3). */
  titleLevel?: 2 | 3 | 4 | 5;
  /** What the chart shows, in words: the chart's aria-label. */
  summary: string;
  /** The ECharts option, or a function of the frame's width in pixels (rounded to 10) for layouts that adapt. */
  option: EChartsCoreOption | ((width: number) => EChartsCoreOption);
  height: number;
  /** The same data as a table; `visible` is false while it only serves screen readers. */
  table: (visible: boolean) => ReactNode;
  /** A legend in HTML under the chart; `tableShown` tells which view is seen. */
  legend?: (tableShown: boolean) => ReactNode;
  onItemClick?: (data: unknown) => void;
}

/** If the chart's chunk cannot load (offline, a new deployment), the frame shows the table instead. */
class ChartBoundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onError();
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** The element's width in pixels, rounded to 10 (0 until measured). */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.round(el.getBoundingClientRect().width / 10) * 10);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * A chart that is also a table. The toggle switches what is seen; while the chart shows, its table
 * stays in the DOM visually hidden, so a screen reader always gets the numbers, and the chart itself
 * is one image with a summary (role="img" + aria-label).
 */
export function ChartFrame(props: ChartFrameProps) {
  const { t } = useTranslation();
  const id = useId();
  const [view, setView] = useState<ChartView>('chart');
  const [failed, setFailed] = useState(false);
  const ref = useRef<HTMLElement>(null);
  const Heading = `h${props.titleLevel ?? 3}` as const;
  const showTable = view === 'table' || failed;
  const width = useWidth(ref);
  const { option: optionOf } = props;
  const option = useMemo(
    () => (typeof optionOf === 'function' ? optionOf(width) : optionOf),
    [optionOf, width],
  );
  return (
    <section ref={ref} className="dtm-chart" aria-labelledby={`${id}-title`}>
      <div className="dtm-chart__head">
        <Heading id={`${id}-title`} className="dtm-chart__title">
          {props.title}
        </Heading>
        {!failed && (
          <Segmented<ChartView>
            size="small"
            name={`${id}-view`}
            aria-label={t('chart.view.label', { title: props.title })}
            value={view}
            onChange={setView}
            options={[
              { value: 'chart', label: t('chart.view.chart') },
              { value: 'table', label: t('chart.view.table') },
            ]}
          />
        )}
      </div>
      {!showTable && (
        <div
          role="img"
          aria-label={props.summary}
          className="dtm-chart__canvas"
          style={{ minHeight: props.height }}
        >
          <ChartBoundary onError={() => setFailed(true)}>
            <Suspense fallback={<div className="dtm-chart__loading">{t('common.loading')}</div>}>
              <EChart option={option} height={props.height} onItemClick={props.onItemClick} />
            </Suspense>
          </ChartBoundary>
        </div>
      )}
      {props.legend?.(showTable)}
      <div className={showTable ? 'dtm-chart__table-wrap' : 'dtm-chart__sr-only'}>
        {props.table(showTable)}
      </div>
    </section>
  );
}
