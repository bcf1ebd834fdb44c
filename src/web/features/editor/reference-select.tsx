import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReferenceItemOut } from '../../../api/reference.ts';
import { pickText } from '../../../domain/locale.ts';
import { useEditor, useFieldMessages } from './editor-context.tsx';
import { FieldMessages, statusOf } from './field-messages.tsx';
import { type JsonPath, pathKey } from './field-paths.ts';

interface Option {
  value: string;
  label: string;
  other: string;
  code: string | null;
  search: string;
  disabled: boolean;
}

/**
 * A multi-select over a reference table (public services, information systems, planning
 * documents): searchable by kk and ru names and code; each option shows the name in the UI
 * language and, under it, the other official language.
 */
export function ReferenceSelect(props: {
  path: JsonPath;
  label: string;
  items: ReferenceItemOut[];
  value: string[];
  onChange?: (ids: string[]) => void;
  placeholder?: string;
}) {
  const { t } = useTranslation('editor');
  const { locale } = useEditor();
  const messages = useFieldMessages(props.path);
  const other = locale === 'ru' ? 'kk' : 'ru';
  const known = new Map(props.items.map((i) => [i.id, i]));
  const options: Option[] = [
    ...props.items.map((i) => ({
      value: i.id,
      label: pickText(i.name, locale),
      other: i.name[other] ?? '',
      code: i.code,
      search: `${i.name.kk} ${i.name.ru} ${i.name.en ?? ''} ${i.code ?? ''}`.toLowerCase(),
      disabled: !i.isActive && !props.value.includes(i.id),
    })),
    ...props.value
      .filter((id) => !known.has(id))
      .map((id) => ({
        value: id,
        label: t('ref.unknown', { id }),
        other: '',
        code: null,
        search: id,
        disabled: false,
      })),
  ];

  if (!props.onChange) {
    return (
      <div data-path={pathKey(props.path)}>
        {props.value.length ? (
          <ul className="ed-reflist">
            {props.value.map((id) => {
              const item = known.get(id);
              return (
                <li key={id}>
                  {item ? pickText(item.name, locale) : t('ref.unknown', { id })}
                  {item?.code && <span className="ed-code"> · {item.code}</span>}
                </li>
              );
            })}
          </ul>
        ) : (
          <span className="ed-empty">—</span>
        )}
        <FieldMessages path={props.path} />
      </div>
    );
  }

  return (
    <div data-path={pathKey(props.path)}>
      <Select<string[], Option>
        mode="multiple"
        className="ed-refselect"
        aria-label={props.label}
        value={props.value}
        options={options}
        placeholder={props.placeholder ?? t('ref.placeholder')}
        status={statusOf(messages) || undefined}
        showSearch={{
          filterOption: (input, option) => Boolean(option?.search.includes(input.toLowerCase())),
        }}
        optionRender={(o) => (
          <div className="ed-refopt">
            <div>
              {o.data.label}
              {o.data.code && <span className="ed-code"> · {o.data.code}</span>}
            </div>
            {o.data.other && o.data.other !== o.data.label && (
              <div className="ed-refopt-other">{o.data.other}</div>
            )}
          </div>
        )}
        onChange={(ids) => props.onChange?.(ids)}
        notFoundContent={t('ref.notFound')}
      />
      <FieldMessages path={props.path} />
      {props.value.map((_, k) => (
        <FieldMessages key={k} path={[...props.path, k]} />
      ))}
    </div>
  );
}
