import { Select } from 'antd';
import { useMemo } from 'react';
import { pickText } from '../../../../domain/locale.ts';
import { nameCollator } from '../../../components/ui/format.ts';
import { useLocale } from '../../../components/ui/use-locale.ts';
import { useProjectCtx } from './project-context.tsx';

type Common = {
  ariaLabel: string;
  disabled?: boolean;
  /** Only organisations of these kinds (all by default). */
  kinds?: readonly string[];
  /** Organisations not offered (e.g. the project's own body among the concerned ones). */
  exclude?: readonly string[];
  id?: string;
};

function useOptions(kinds?: readonly string[], exclude?: readonly string[]) {
  const locale = useLocale();
  const { organisations } = useProjectCtx();
  return useMemo(() => {
    const collator = nameCollator(locale);
    return organisations
      .filter((o) => (!kinds || kinds.includes(o.kind)) && !exclude?.includes(o.id))
      .map((o) => ({
        value: o.id,
        label: pickText(o.name, locale),
        search: [o.name.kk, o.name.ru, o.name.en ?? '', o.code].join(' ').toLocaleLowerCase(),
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [organisations, locale, kinds, exclude]);
}

const filterOption = (input: string, option?: { search?: string }) =>
  (option?.search ?? '').includes(input.trim().toLocaleLowerCase());

/** One organisation of the directory, searchable by its Kazakh, Russian and English names and code. */
export function OrgSelect(props: Common & { value: string | null; onChange: (id: string | null) => void }) {
  const options = useOptions(props.kinds, props.exclude);
  return (
    <Select
      id={props.id}
      aria-label={props.ariaLabel}
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => props.onChange(v ?? null)}
      options={options}
      showSearch={{ filterOption }}
      allowClear
      disabled={props.disabled}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 560 } } }}
      className="pj-select"
    />
  );
}

/** Several organisations (the bodies concerned with the target variant, R.37). */
export function OrgMultiSelect(props: Common & { value: string[]; onChange: (ids: string[]) => void }) {
  const options = useOptions(props.kinds, props.exclude);
  return (
    <Select
      id={props.id}
      mode="multiple"
      aria-label={props.ariaLabel}
      value={props.value}
      onChange={props.onChange}
      options={options}
      showSearch={{ filterOption }}
      disabled={props.disabled}
      className="pj-select pj-select--wide"
    />
  );
}
