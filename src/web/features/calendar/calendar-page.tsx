import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Segmented, Spin, Table, type TableColumnsType, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { almatyDate } from '../../../domain/calendar/local-time.ts';
import { formatDate } from '../../components/ui/format.ts';
import { Page } from '../../components/ui/page.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { Forbidden } from '../admin/forbidden.tsx';
import { useSignedIn } from '../auth/use-signed-in.ts';
import { useCalendarYear } from './api.ts';
import {
  CALENDAR_YEARS,
  type CalendarEntry,
  type DayStatus,
  weekdayOf,
  yearEntries,
} from './calendar-grid.ts';
import type { CalendarSearch } from './calendar-search.ts';
import { DayDrawer, useRemoveWithConfirm } from './day-drawer.tsx';
import { DeadlineCalculator } from './deadline-calculator.tsx';
import { YearGrid } from './year-grid.tsx';
import './calendar.css';

/** Today in Asia/Almaty, where the calendar's dates are. */
export const almatyToday = () => almatyDate(new Date()).date;

function defaultYear(today: string): number {
  const y = Number(today.slice(0, 4));
  const first = CALENDAR_YEARS[0];
  const last = CALENDAR_YEARS[CALENDAR_YEARS.length - 1];
  return Math.min(Math.max(y, first), last);
}

const STATUSES: DayStatus[] = ['working', 'weekend', 'holiday', 'day_off', 'working_weekend'];

export function CalendarLegend() {
  const { t } = useTranslation();
  return (
    <div className="cal-legend">
      <h2 className="dtm-sr-only">{t('calendar.legend')}</h2>
      <ul aria-label={t('calendar.legend')}>
        {STATUSES.map((s) => (
          <li key={s}>
            <span className={`cal-swatch cal-day--${s}`} aria-hidden="true">
              {s === 'working'
                ? '1'
                : s === 'weekend'
                  ? '6'
                  : s === 'holiday'
                    ? '8'
                    : s === 'day_off'
                      ? '9'
                      : '4'}
            </span>
            {t(`calendar.status.${s}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** /admin/calendar: the working-day calendar of a year, its entries, corrections, a deadline check. */
export function CalendarPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  useDocumentTitle(t('calendar.title'));
  if (!me) return null;
  if (!me.can.manageReference) return <Forbidden />;
  return <CalendarAdmin />;
}

function CalendarAdmin() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const today = useMemo(almatyToday, []);
  const search = useSearch({ strict: false }) as CalendarSearch;
  const year = search.year ?? defaultYear(today);
  const data = useCalendarYear(year);
  const entries = useMemo(() => (data.data ? yearEntries(data.data) : []), [data.data]);
  const byDate = useMemo(() => new Map(entries.map((e) => [e.date, e])), [entries]);
  const [editing, setEditing] = useState<string | null>(null);
  const confirmRemove = useRemoveWithConfirm();

  const weekdayName = (date: string) => t(`calendar.wd.${weekdayOf(date) + 1}`);

  const columns: TableColumnsType<CalendarEntry> = [
    {
      key: 'date',
      title: t('calendar.col.date'),
      className: 'dtm-nowrap',
      render: (_, e) => (
        <>
          {formatDate(e.date, locale)}{' '}
          <span className={weekdayOf(e.date) >= 5 ? 'cal-wd cal-wd--weekend' : 'cal-wd'}>
            {weekdayName(e.date)}
          </span>
        </>
      ),
    },
    {
      key: 'kind',
      title: t('calendar.col.kind'),
      render: (_, e) => (
        <Tag className={`dtm-tag cal-tag cal-tag--${e.kind}`}>{t(`calendar.kind.${e.kind}`)}</Tag>
      ),
    },
    {
      key: 'name',
      title: t('calendar.col.name'),
      render: (_, e) => (
        <>
          <div>{e.name[locale] || e.name.ru}</div>
          <div className="dtm-muted cal-other-names">
            {(['kk', 'ru', 'en'] as const)
              .filter((l) => l !== locale)
              .map((l) => (
                <span key={l} lang={l}>
                  {e.name[l]}
                </span>
              ))}
          </div>
        </>
      ),
    },
    {
      key: 'source',
      title: t('calendar.col.source'),
      render: (_, e) => <span className="cal-source">{e.source}</span>,
    },
    {
      key: 'actions',
      title: <span className="dtm-sr-only">{t('common.actions')}</span>,
      className: 'dtm-nowrap',
      render: (_, e) => {
        const date = formatDate(e.date, locale);
        return (
          <span className="cal-actions">
            <Button
              size="small"
              onClick={() => setEditing(e.date)}
              aria-label={t('calendar.editNamed', { date })}
            >
              {t('common.edit')}
            </Button>
            <Button
              size="small"
              danger
              onClick={() => confirmRemove(e)}
              aria-label={t('calendar.removeNamed', { date })}
            >
              {t('calendar.confirmRemove.ok')}
            </Button>
          </span>
        );
      },
    },
  ];

  return (
    <Page>
      <PageHeader
        title={t('calendar.title')}
        description={t('calendar.description')}
        actions={
          <Button
            type="primary"
            onClick={() => setEditing(today.startsWith(`${year}-`) ? today : `${year}-01-01`)}
          >
            {t('calendar.add')}
          </Button>
        }
      />
      <div className="dtm-panel cal-toolbar">
        <span className="cal-toolbar__label" id="cal-year-label">
          {t('calendar.year')}
        </span>
        <Segmented<number>
          aria-labelledby="cal-year-label"
          value={year}
          options={CALENDAR_YEARS.map((y) => ({ value: y, label: String(y) }))}
          onChange={(y) => void navigate({ to: '/admin/calendar', search: { year: y } })}
        />
        <CalendarLegend />
      </div>
      {data.isError ? (
        <Alert
          type="error"
          showIcon
          className="dtm-block"
          title={t('common.loadFailed')}
          description={data.error.message}
          action={<Button onClick={() => void data.refetch()}>{t('common.retry')}</Button>}
        />
      ) : !data.data ? (
        <div className="dtm-center">
          <Spin aria-label={t('common.loading')} />
        </div>
      ) : (
        <>
          <YearGrid key={year} year={year} entries={entries} today={today} onOpen={setEditing} />
          <div className="cal-bottom">
            <section className="dtm-panel cal-entries" aria-labelledby="cal-entries-h">
              <h2 id="cal-entries-h" className="cal-h2">
                {t('calendar.entries.title', { year })}
              </h2>
              <Table<CalendarEntry>
                rowKey="date"
                size="small"
                columns={columns}
                dataSource={entries}
                pagination={false}
                locale={{ emptyText: t('calendar.entries.empty') }}
              />
            </section>
            <DeadlineCalculator today={today} />
          </div>
        </>
      )}
      <DayDrawer
        date={editing}
        year={year}
        entry={editing ? (byDate.get(editing) ?? null) : null}
        entriesByDate={byDate}
        onDate={setEditing}
        onClose={() => setEditing(null)}
      />
    </Page>
  );
}
