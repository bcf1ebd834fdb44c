import { Select } from 'antd';
import { useMemo } from 'react';
import type { OrganisationOut } from '../../../api/common.ts';
import { pickText } from '../../../domain/locale.ts';
import { nameCollator } from '../../components/ui/format.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { useOrganisations } from './api.ts';

interface OrganisationSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string, org: OrganisationOut | undefined) => void;
  /** What the option's value is: the organisation's id (users) or its code (reference tables). */
  valueKey?: 'id' | 'code';
  allowClear?: boolean;
  placeholder?: string;
  'aria-describedby'?: string;
}

/** Organisations sorted by name in the UI language; typing searches the Kazakh and Russian names and the code. */
export function OrganisationSelect({ valueKey = 'id', onChange, ...props }: OrganisationSelectProps) {
  const locale = useLocale();
  const orgs = useOrganisations();
  const options = useMemo(() => {
    const collator = nameCollator(locale);
    return (orgs.data ?? [])
      .map((o) => ({
        value: valueKey === 'id' ? o.id : o.code,
        label: pickText(o.name, locale),
        search: [o.name.kk, o.name.ru, o.name.en ?? '', o.code].join(' ').toLocaleLowerCase(),
        org: o,
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [orgs.data, locale, valueKey]);
  return (
    <Select
      {...props}
      showSearch={{
        filterOption: (input, option) => (option?.search ?? '').includes(input.trim().toLocaleLowerCase()),
      }}
      loading={orgs.isLoading}
      options={options}
      onChange={(v: string) => onChange?.(v, options.find((o) => o.value === v)?.org)}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 560 } } }}
    />
  );
}
