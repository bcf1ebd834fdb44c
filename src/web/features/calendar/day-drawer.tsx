import { Alert, App, Button, Drawer, Form, Input, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../domain/calendar/calendar.ts';
import { showFieldErrors } from '../../components/ui/api-errors.ts';
import { formatDate, formatLongDate } from '../../components/ui/format.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { ApiError } from '../../lib/api.ts';
import { type CalendarDayBody, useRemoveCalendarDay, useSetCalendarDay } from './api.ts';
import { type CalendarEntry, type DayKind, dayStatus, weekdayOf } from './calendar-grid.ts';

const KINDS: DayKind[] = ['holiday', 'day_off', 'working_day'];
const FIELDS = ['date', 'kind', 'name.kk', 'name.ru', 'name.en', 'source'];

interface FormValues extends CalendarDayBody {
  date: string;
}

/** A refused date in the URL (params.date) belongs to the date field of the form. */
function withDateIssues(e: unknown): unknown {
  if (!(e instanceof ApiError) || !e.body.issues) return e;
  return new ApiError(e.status, {
    ...e.body,
    issues: e.body.issues.map((i) =>
      i.path[0] === 'params' ? { ...i, path: ['body', ...i.path.slice(1)] } : i,
    ),
  });
}

/** The words for what a day is now, for the confirmations: «рабочий день», «выходной день». */
function useStatusWords() {
  const { t } = useTranslation();
  return (date: string, entry: CalendarEntry | null) => {
    const s = dayStatus(date, entry);
    if (s === 'working') return t('calendar.status.working');
    if (s === 'weekend') return t('calendar.kind.day_off');
    return t(`calendar.kind.${entry!.kind}`);
  };
}

/** Removing an entry, after the administrator confirms it. */
export function useRemoveWithConfirm() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { modal, message } = App.useApp();
  const remove = useRemoveCalendarDay();
  const statusWords = useStatusWords();
  return (entry: CalendarEntry, after?: () => void) => {
    const date = formatDate(entry.date, locale);
    modal.confirm({
      title: t('calendar.confirmRemove.title', { date }),
      content: t('calendar.confirmRemove.text', {
        name: entry.name[locale] || entry.name.ru,
        status: statusWords(entry.date, null).toLocaleLowerCase(),
      }),
      okText: t('calendar.confirmRemove.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync(entry.date);
          message.success(t('calendar.removed', { date }));
          after?.();
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
        }
      },
    });
  };
}

/**
 * Changing one day of the calendar: its kind, its name in kk/ru/en and its source (SPEC §6: the
 * calendar is data an administrator corrects, every change audited). `date` null: closed.
 */
export function DayDrawer(props: {
  date: string | null;
  year: number;
  entry: CalendarEntry | null;
  entriesByDate: Map<string, CalendarEntry>;
  onDate: (date: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const save = useSetCalendarDay();
  const confirmRemove = useRemoveWithConfirm();
  const statusWords = useStatusWords();
  const { date, entry } = props;
  const open = date !== null;

  // A new date (opened, or typed in the date field) starts from that day's entry, if any.
  useEffect(() => {
    if (date === null) return;
    setProblems([]);
    form.resetFields();
    form.setFieldsValue(
      entry
        ? { date, kind: entry.kind, name: { ...entry.name }, source: entry.source }
        : {
            date,
            kind: isIsoDate(date) && weekdayOf(date) >= 5 ? 'working_day' : 'holiday',
            name: { kk: '', ru: '', en: '' },
            source: '',
          },
    );
  }, [date, entry, form]);

  const onFinish = (v: FormValues) => {
    const body: CalendarDayBody = {
      kind: v.kind,
      name: { kk: v.name.kk.trim(), ru: v.name.ru.trim(), en: v.name.en.trim() },
      source: v.source.trim(),
    };
    const shown = formatDate(v.date, locale);
    modal.confirm({
      title: t('calendar.confirmSave.title'),
      content: t('calendar.confirmSave.text', {
        date: shown,
        kind: t(`calendar.kind.${body.kind}`),
        name: body.name[locale] || body.name.ru,
      }),
      okText: t('calendar.confirmSave.ok'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setProblems([]);
        try {
          await save.mutateAsync({ date: v.date, body });
          message.success(t('calendar.saved', { date: shown }));
          props.onClose();
        } catch (e) {
          // Field issues go next to their fields; the rest above the form.
          setProblems(showFieldErrors(form, withDateIssues(e), FIELDS));
        }
      },
    });
  };

  const kind = Form.useWatch('kind', form);
  const title =
    date && isIsoDate(date)
      ? t('calendar.edit.title', { date: formatLongDate(date, locale) })
      : t('calendar.edit.newTitle');

  return (
    <Drawer
      open={open}
      onClose={props.onClose}
      title={title}
      size={520}
      closable={{ 'aria-label': t('common.close') }}
      footer={
        <div className="dtm-drawer-footer cal-drawer-footer">
          {entry ? (
            <Button danger onClick={() => confirmRemove(entry, props.onClose)} className="cal-drawer-remove">
              {t('calendar.remove')}
            </Button>
          ) : null}
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => form.submit()} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </div>
      }
    >
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          className="dtm-block"
          title={problems.length === 1 ? problems[0] : undefined}
          description={
            problems.length > 1 ? (
              <ul className="dtm-issues">
                {problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
      <Form<FormValues> form={form} layout="vertical" requiredMark onFinish={onFinish}>
        <Form.Item
          name="date"
          label={t('calendar.edit.date')}
          extra={
            date && isIsoDate(date) ? t('calendar.edit.now', { status: statusWords(date, entry) }) : undefined
          }
          rules={[
            { required: true, message: t('rules:required') },
            {
              validator: (_, v: string) =>
                !v || (isIsoDate(v) && v.startsWith(`${props.year}-`))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('calendar.deadline.invalidDate'))),
            },
          ]}
        >
          <Input
            type="date"
            min={`${props.year}-01-01`}
            max={`${props.year}-12-31`}
            onChange={(e) => {
              const v = e.target.value;
              if (isIsoDate(v) && v.startsWith(`${props.year}-`)) props.onDate(v);
            }}
          />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('calendar.edit.kind')}
          extra={kind ? t(`calendar.kindHelp.${kind}`) : undefined}
          rules={[{ required: true, message: t('rules:required') }]}
        >
          <Radio.Group
            className="cal-kinds"
            options={KINDS.map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))}
          />
        </Form.Item>
        {(['kk', 'ru', 'en'] as const).map((l) => (
          <Form.Item
            key={l}
            name={['name', l]}
            label={t(`calendar.edit.name${l === 'kk' ? 'Kk' : l === 'ru' ? 'Ru' : 'En'}`)}
            rules={[
              { required: true, whitespace: true, message: t('rules:required') },
              { max: 200, message: t('rules:too_big', { maximum: 200 }) },
            ]}
          >
            <Input lang={l} />
          </Form.Item>
        ))}
        <Form.Item
          name="source"
          label={t('calendar.edit.source')}
          extra={t('calendar.edit.sourceHint')}
          rules={[
            { required: true, whitespace: true, message: t('rules:required') },
            { max: 500, message: t('rules:too_big', { maximum: 500 }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
