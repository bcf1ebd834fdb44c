import { InputNumber } from 'antd';
import { intlTag } from '../../components/ui/format.ts';
import { useEditor, useFieldMessages } from './editor-context.tsx';
import { FieldMessages, statusOf } from './field-messages.tsx';
import { type JsonPath, pathKey } from './field-paths.ts';

const groupDigits = (text: string): string => {
  const [int, frac] = text.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
};

/** A number of the map (a count, a baseline, a target); blank is null. */
export function NumberField(props: {
  path: JsonPath;
  label: string;
  value: number | null;
  onChange?: (value: number | null) => void;
  integer?: boolean;
  min?: number;
  max?: number;
}) {
  const { locale } = useEditor();
  const messages = useFieldMessages(props.path);
  const fmt = new Intl.NumberFormat(intlTag(locale), {
    useGrouping: !props.integer || (props.max ?? Number.MAX_SAFE_INTEGER) > 3000,
    maximumFractionDigits: 6,
  });
  return (
    <div className="ed-num" data-path={pathKey(props.path)}>
      {props.onChange ? (
        <InputNumber<number>
          className="ed-fill"
          aria-label={props.label}
          value={props.value}
          min={props.min}
          max={props.max}
          precision={props.integer ? 0 : undefined}
          status={statusOf(messages) || undefined}
          aria-invalid={statusOf(messages) === 'error' || undefined}
          controls={false}
          // Thousands grouped with a thin space, as the Form's tables print them: 20 300 000.
          formatter={props.integer ? undefined : (v) => groupDigits(String(v ?? ''))}
          parser={
            props.integer
              ? undefined
              : (v) => Number((v ?? '').replace(/[\s\u202f\u00a0]/g, '').replace(',', '.'))
          }
          onChange={(v) => props.onChange?.(typeof v === 'number' && Number.isFinite(v) ? v : null)}
        />
      ) : (
        <span className="ed-readonly-text">{props.value === null ? '—' : fmt.format(props.value)}</span>
      )}
      <FieldMessages path={props.path} />
    </div>
  );
}
