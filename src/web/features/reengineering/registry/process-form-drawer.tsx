import { Alert, App, Button, Drawer, Form, Input, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceKind } from '../../../../api/reference.ts';
import type { ProcessBodyInput, ProcessDetailOut } from '../../../../api/registry.ts';
import { type Locale, pickText } from '../../../../domain/locale.ts';
import { PROCESS_STATUSES, type ProcessStatus } from '../../../../domain/registry/registry.ts';
import { fieldErrors } from '../../../components/ui/api-errors.ts';
import { nameCollator } from '../../../components/ui/format.ts';
import { useLocale } from '../../../components/ui/use-locale.ts';
import { ApiError } from '../../../lib/api.ts';
import { useReference } from '../../admin/api.ts';
import { useRegistryCases, useSaveProcess } from './api.ts';

interface FormValues {
  name: { kk: string; ru: string; en?: string };
  description?: string;
  status: ProcessStatus;
  /** `mapId/caseId` or `mapId/caseId/processItemId`. */
  links: string[];
  publicServiceIds: string[];
  informationSystemIds: string[];
  legalActIds: string[];
}

const FIELDS = [
  'name.kk',
  'name.ru',
  'name.en',
  'description',
  'status',
  'caseLinks',
  'publicServiceIds',
  'informationSystemIds',
  'legalActIds',
];

const linkKey = (l: { mapId: string; caseId: string; processItemId: string | null }) =>
  [l.mapId, l.caseId, ...(l.processItemId ? [l.processItemId] : [])].join('/');

const searchFilter = {
  filterOption: (input: string, option?: { search?: string }) =>
    (option?.search ?? '').includes(input.trim().toLocaleLowerCase()),
};

/** A reference table as options: archived rows only when already chosen, by name in the reader's language. */
function useOptions(kind: ReferenceKind, locale: Locale, chosen: readonly string[]) {
  const rows = useReference(kind);
  return useMemo(() => {
    const collator = nameCollator(locale);
    return (rows.data ?? [])
      .filter((r) => r.isActive || chosen.includes(r.id))
      .map((r) => ({
        value: r.id,
        label:
          r.code && kind === 'legal-acts'
            ? `${pickText(r.name, locale)} (${r.code})`
            : pickText(r.name, locale),
        search: [r.name.kk, r.name.ru, r.name.en ?? '', r.code ?? ''].join(' ').toLocaleLowerCase(),
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [rows.data, locale, chosen, kind]);
}

/**
 * Adds a process to the own body's registry (`process` null) or changes one. A change carries
 * the revision it was based on: if someone saved in between, the server refuses it (409) and the
 * drawer says so instead of overwriting.
 */
export function ProcessFormDrawer({
  open,
  process,
  onClose,
  onSaved,
}: {
  open: boolean;
  process: ProcessDetailOut | null;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const save = useSaveProcess();
  const cases = useRegistryCases(process?.org.id);

  const initial = useMemo(
    () => ({
      publicServiceIds: process?.publicServices.map((r) => r.id) ?? [],
      informationSystemIds: process?.informationSystems.map((r) => r.id) ?? [],
      legalActIds: process?.legalActs.map((r) => r.id) ?? [],
    }),
    [process],
  );
  const services = useOptions('public-services', locale, initial.publicServiceIds);
  const systems = useOptions('information-systems', locale, initial.informationSystemIds);
  const acts = useOptions('legal-acts', locale, initial.legalActIds);

  useEffect(() => {
    if (!open) return;
    setProblems([]);
    setConflict(null);
    form.resetFields();
    form.setFieldsValue({
      name: { kk: process?.name.kk ?? '', ru: process?.name.ru ?? '', en: process?.name.en ?? '' },
      description: process?.description ?? '',
      status: process?.status ?? 'current',
      links: process?.caseLinks.map(linkKey) ?? [],
      ...initial,
    });
  }, [open, process, form, initial]);

  // Cases of the body's maps, each with its business processes, grouped by map.
  const caseOptions = useMemo(() => {
    const groups = new Map<
      string,
      { label: string; search?: string; options: { value: string; label: string; search: string }[] }
    >();
    for (const c of cases.data ?? []) {
      if (process && c.org.id !== process.org.id) continue;
      if (!groups.has(c.mapId))
        groups.set(c.mapId, {
          label: t('registry.form.mapPeriod', { from: c.periodFrom, to: c.periodFrom + 4 }),
          options: [],
        });
      const caseName = pickText(c.name, locale);
      const options = groups.get(c.mapId)!.options;
      options.push({
        value: `${c.mapId}/${c.caseId}`,
        label: caseName,
        search: `${c.name.kk} ${c.name.ru}`.toLocaleLowerCase(),
      });
      for (const p of c.processes)
        options.push({
          value: `${c.mapId}/${c.caseId}/${p.id}`,
          label: `${caseName} › ${pickText(p.name, locale)}`,
          search: `${c.name.kk} ${c.name.ru} ${p.name.kk} ${p.name.ru}`.toLocaleLowerCase(),
        });
    }
    // Links to cases no longer offered (another body's case cannot be chosen) still show by key.
    return [...groups.values()];
  }, [cases.data, process, locale, t]);

  const onFinish = async (v: FormValues) => {
    const en = v.name.en?.trim();
    const body: ProcessBodyInput = {
      name: { kk: v.name.kk.trim(), ru: v.name.ru.trim(), ...(en ? { en } : {}) },
      description: v.description ?? '',
      status: v.status,
      caseLinks: v.links.map((key) => {
        const [mapId, caseId, processItemId] = key.split('/');
        return { mapId, caseId, processItemId: processItemId ?? null };
      }),
      publicServiceIds: v.publicServiceIds,
      informationSystemIds: v.informationSystemIds,
      legalActIds: v.legalActIds,
    };
    setProblems([]);
    setConflict(null);
    try {
      const saved = await save.mutateAsync({ id: process?.id, revision: process?.revision, body });
      message.success(t('registry.form.saved'));
      onSaved?.(saved.id);
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.body.code === 'registry.conflict') setConflict(e.message);
      else {
        // Issues of caseLinks[i].* belong to the one case field of the form.
        const { fields, rest } = fieldErrors(e, FIELDS);
        form.setFields(
          fields.map((f) => ({
            name: (f.name[0] === 'caseLinks' ? ['links'] : f.name) as never,
            errors: f.errors,
          })),
        );
        setProblems(rest);
      }
    }
  };

  const required = [{ required: true, whitespace: true, message: t('rules:required') }];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={process ? t('registry.form.editTitle') : t('registry.form.createTitle')}
      size={640}
      footer={
        <div className="dtm-drawer-footer">
          <Button onClick={onClose}>{t('translation:common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('translation:common.save')}
          </Button>
        </div>
      }
    >
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          className="dtm-block"
          title={conflict}
          description={t('registry.form.conflictHelp')}
        />
      ) : null}
      {problems.length ? (
        <Alert type="error" showIcon className="dtm-block" title={problems.join(' ')} />
      ) : null}
      <Form<FormValues> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name={['name', 'kk']} label={t('registry.form.nameKk')} rules={required}>
          <Input.TextArea lang="kk" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name={['name', 'ru']} label={t('registry.form.nameRu')} rules={required}>
          <Input.TextArea lang="ru" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name={['name', 'en']}
          label={t('registry.form.nameEn')}
          extra={t('registry.form.optional')}
        >
          <Input.TextArea lang="en" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="status" label={t('registry.form.status')}>
          <Select options={PROCESS_STATUSES.map((s) => ({ value: s, label: t(`registry.status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="links" label={t('registry.form.cases')} extra={t('registry.form.casesHelp')}>
          <Select
            mode="multiple"
            options={caseOptions}
            loading={cases.isLoading}
            showSearch={searchFilter}
            placeholder={t('registry.form.choose')}
          />
        </Form.Item>
        <Form.Item name="publicServiceIds" label={t('registry.form.services')}>
          <Select
            mode="multiple"
            options={services}
            showSearch={searchFilter}
            placeholder={t('registry.form.choose')}
          />
        </Form.Item>
        <Form.Item name="informationSystemIds" label={t('registry.form.systems')}>
          <Select
            mode="multiple"
            options={systems}
            showSearch={searchFilter}
            placeholder={t('registry.form.choose')}
          />
        </Form.Item>
        <Form.Item
          name="legalActIds"
          label={t('registry.form.legalActs')}
          extra={t('registry.form.legalActsHelp')}
        >
          <Select
            mode="multiple"
            options={acts}
            showSearch={searchFilter}
            placeholder={t('registry.form.choose')}
          />
        </Form.Item>
        <Form.Item name="description" label={t('registry.form.description')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20_000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
