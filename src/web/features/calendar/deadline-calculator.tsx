import { Alert, Button, Form, Input, InputNumber, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../domain/calendar/calendar.ts';
import { formatDate, weekdayName } from '../../components/ui/format.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { useDeadline } from './api.ts';
import { weekdayOf } from './calendar-grid.ts';

interface Values {
  from: string;
  workingDays: number;
}

/**
 * "Received on D, N working days" → when it counts as received, when the term starts and its last
 * day, with every working day counted listed (SPEC §6: a deadline states what it counted).
 */
export function DeadlineCalculator({ today }: { today: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<Values>();
  const [query, setQuery] = useState<Values | null>(null);
  const result = useDeadline(query);
  // «пятница, 20.03.2026»: the weekday shows why a day was skipped.
  const day = (date: string) => `${weekdayName(weekdayOf(date), locale)}, ${formatDate(date, locale)}`;
  // «25.03 ср»: the day and its weekday, short enough to list ten of them in a row.
  const short = (date: string) =>
    `${formatDate(date, locale).slice(0, 5)} ${t(`calendar.wd.${weekdayOf(date) + 1}`)}`;

  return (
    <section className="dtm-panel cal-deadline" aria-labelledby="cal-deadline-h">
      <h2 id="cal-deadline-h" className="cal-h2">
        {t('calendar.deadline.title')}
      </h2>
      <p className="cal-help">{t('calendar.deadline.help')}</p>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ from: today, workingDays: 10 }}
        onFinish={(v) => setQuery({ from: v.from, workingDays: v.workingDays })}
      >
        <div className="cal-deadline__fields">
          <Form.Item
            name="from"
            label={t('calendar.deadline.from')}
            rules={[
              {
                validator: (_, v: string) =>
                  v && isIsoDate(v)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('calendar.deadline.invalidDate'))),
              },
            ]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="workingDays"
            label={t('calendar.deadline.days')}
            rules={[{ required: true, message: t('rules:required') }]}
          >
            <InputNumber min={0} max={365} precision={0} className="cal-deadline__days" />
          </Form.Item>
        </div>
        <fieldset className="cal-deadline__presets">
          <legend className="cal-deadline__legend">{t('calendar.deadline.presets')}</legend>
          <div className="cal-deadline__buttons">
            <Button size="small" onClick={() => form.setFieldValue('workingDays', 10)}>
              {t('calendar.deadline.preset.review')}
            </Button>
            <Button size="small" onClick={() => form.setFieldValue('workingDays', 3)}>
              {t('calendar.deadline.preset.publication')}
            </Button>
          </div>
        </fieldset>
        <Button type="primary" htmlType="submit" className="cal-deadline__submit">
          {t('calendar.deadline.submit')}
        </Button>
      </Form>
      <div aria-live="polite" className="cal-deadline__result">
        {result.isError ? (
          <Alert type="error" showIcon title={result.error.message} />
        ) : result.isFetching && !result.data ? (
          <Spin aria-label={t('common.loading')} />
        ) : result.data ? (
          <>
            <p className="cal-deadline__summary">
              {t('calendar.deadline.summary', {
                days: result.data.workingDays,
                start: formatDate(result.data.start, locale),
                due: formatDate(result.data.due, locale),
              })}
            </p>
            <dl className="cal-deadline__dl">
              <dt>{t('calendar.deadline.received')}</dt>
              <dd>{day(result.data.received)}</dd>
              <dt>{t('calendar.deadline.start')}</dt>
              <dd>{day(result.data.start)}</dd>
              <dt>{t('calendar.deadline.due')}</dt>
              <dd>
                <strong>{day(result.data.due)}</strong>
              </dd>
            </dl>
            {result.data.counted.length > 0 ? (
              <>
                <h3 className="cal-h3">
                  {t('calendar.deadline.counted', { count: result.data.counted.length })}
                </h3>
                <ol className="cal-counted">
                  {result.data.counted.map((d) => (
                    <li key={d}>{short(d)}</li>
                  ))}
                </ol>
              </>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
