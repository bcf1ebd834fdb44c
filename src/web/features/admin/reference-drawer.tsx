import { Alert, App, Button, Drawer, Form, Input, Select, Switch } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LEGAL_ACT_KINDS,
  PLANNING_DOCUMENT_KINDS,
  type ReferenceItemBody,
  type ReferenceItemOut,
  type ReferenceKind,
} from '../../../api/reference.ts';
import { pickText } from '../../../domain/locale.ts';
import { showFieldErrors } from '../../components/ui/api-errors.ts';
import { nameCollator } from '../../components/ui/format.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { useReference, useSaveReference } from './api.ts';
import { OrganisationSelect } from './organisation-select.tsx';

interface FormValues {
  code?: string;
  name: { kk: string; ru: string; en?: string };
  extra?: string;
  isActive: boolean;
  synonyms?: string[];
}

const FIELDS = ['code', 'name.kk', 'name.ru', 'name.en', 'extra', 'isActive', 'synonyms'];

/** The information system holding a data object: active systems by name, searchable by name and code. */
function SystemSelect(props: {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
  placeholder?: string;
}) {
  const locale = useLocale();
  const systems = useReference('information-systems');
  const options = useMemo(() => {
    const collator = nameCollator(locale);
    return (systems.data ?? [])
      .filter((s) => s.isActive || s.id === props.value)
      .map((s) => ({
        value: s.id,
        label: pickText(s.name, locale),
        search: [s.name.kk, s.name.ru, s.name.en ?? '', s.code ?? ''].join(' ').toLocaleLowerCase(),
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [systems.data, locale, props.value]);
  return (
    <Select
      {...props}
      loading={systems.isLoading}
      options={options}
      showSearch={{
        filterOption: (input, option) => (option?.search ?? '').includes(input.trim().toLocaleLowerCase()),
      }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 560 } } }}
    />
  );
}

/** `item` undefined: closed; null: a new row; otherwise the row being changed. */
export function ReferenceDrawer({
  kind,
  item,
  onClose,
}: {
  kind: ReferenceKind;
  item: ReferenceItemOut | null | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const save = useSaveReference(kind);
  const open = item !== undefined;

  useEffect(() => {
    if (item === undefined) return;
    setProblems([]);
    form.resetFields();
    form.setFieldsValue(
      item
        ? {
            code: item.code ?? '',
            name: { ...item.name },
            extra: item.extra ?? undefined,
            isActive: item.isActive,
            synonyms: item.synonyms ?? [],
          }
        : { code: '', name: { kk: '', ru: '', en: '' }, extra: undefined, isActive: true, synonyms: [] },
    );
  }, [item, form]);

  const onFinish = async (v: FormValues) => {
    const en = v.name.en?.trim();
    const body: ReferenceItemBody = {
      code: kind === 'planning-documents' ? null : v.code?.trim() || null,
      name: { kk: v.name.kk.trim(), ru: v.name.ru.trim(), ...(en ? { en } : {}) },
      extra: v.extra?.trim() || null,
      isActive: v.isActive,
      ...(kind === 'data-objects'
        ? { synonyms: (v.synonyms ?? []).map((s) => s.trim()).filter((s) => s !== '') }
        : {}),
    };
    setProblems([]);
    try {
      await save.mutateAsync({ id: item?.id, body });
      message.success(t('reference.saved'));
      onClose();
    } catch (e) {
      setProblems(showFieldErrors(form, e, FIELDS));
    }
  };

  const required = [{ required: true, whitespace: true, message: t('rules:required') }];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={item ? t('reference.edit.title') : t('reference.create.title')}
      size={560}
      footer={
        <div className="dtm-drawer-footer">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </div>
      }
    >
      {problems.length ? (
        <Alert type="error" showIcon className="dtm-block" title={problems.join(' ')} />
      ) : null}
      <Form<FormValues> form={form} layout="vertical" onFinish={onFinish}>
        {kind !== 'planning-documents' ? (
          <Form.Item
            name="code"
            label={t('reference.col.code')}
            extra={t(`reference.codeHint.${kind}`)}
            rules={kind === 'data-objects' ? required : undefined}
          >
            <Input autoComplete="off" spellCheck={false} maxLength={kind === 'legal-acts' ? 100 : 50} />
          </Form.Item>
        ) : null}
        <Form.Item name={['name', 'kk']} label={t('reference.col.nameKk')} rules={required}>
          <Input.TextArea lang="kk" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name={['name', 'ru']} label={t('reference.col.nameRu')} rules={required}>
          <Input.TextArea lang="ru" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name={['name', 'en']} label={t('reference.col.nameEn')} extra={t('reference.nameEnHint')}>
          <Input.TextArea lang="en" autoSize={{ minRows: 1, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        {kind === 'public-services' ? (
          <Form.Item
            name="extra"
            label={t('reference.extra.public-services')}
            extra={t('reference.providerHint')}
          >
            <Input lang="ru" maxLength={1000} />
          </Form.Item>
        ) : null}
        {kind === 'information-systems' ? (
          <Form.Item name="extra" label={t('reference.extra.information-systems')}>
            <OrganisationSelect valueKey="code" allowClear placeholder={t('reference.ownerPlaceholder')} />
          </Form.Item>
        ) : null}
        {kind === 'planning-documents' ? (
          <Form.Item name="extra" label={t('reference.extra.planning-documents')} rules={required}>
            <Select
              options={PLANNING_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`reference.docKind.${k}`) }))}
            />
          </Form.Item>
        ) : null}
        {kind === 'legal-acts' ? (
          <Form.Item name="extra" label={t('reference.extra.legal-acts')} rules={required}>
            <Select
              options={LEGAL_ACT_KINDS.map((k) => ({ value: k, label: t(`reference.legalActKind.${k}`) }))}
            />
          </Form.Item>
        ) : null}
        {kind === 'data-objects' ? (
          <>
            <Form.Item name="extra" label={t('reference.extra.data-objects')} rules={required}>
              <SystemSelect placeholder={t('reference.systemPlaceholder')} />
            </Form.Item>
            <Form.Item
              name="synonyms"
              label={t('reference.col.synonyms')}
              extra={t('reference.synonymsHint')}
            >
              <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[';']} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          name="isActive"
          label={t('reference.col.isActive')}
          extra={t('reference.isActiveHint')}
          valuePropName="checked"
        >
          <Switch checkedChildren={t('active.reference.yes')} unCheckedChildren={t('active.reference.no')} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
