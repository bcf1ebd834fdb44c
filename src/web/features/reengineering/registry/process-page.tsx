import { Link, useParams } from '@tanstack/react-router';
import { Alert, Button, Descriptions, Empty, Spin, Table, type TableColumnsType, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamedRef, ProcessDetailOut, RepeatedDataRow } from '../../../../api/registry.ts';
import { pickText } from '../../../../domain/locale.ts';
import type { VariantKind } from '../../../../domain/registry/registry.ts';
import { formatDateTime } from '../../../components/ui/format.ts';
import { Page } from '../../../components/ui/page.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../../components/ui/use-document-title.ts';
import { useLocale } from '../../../components/ui/use-locale.ts';
import { ApiError } from '../../../lib/api.ts';
import { PageNotice } from '../../admin/forbidden.tsx';
import { BpmnViewer } from '../bpmn/index.ts';
import { useProcess, useVariant } from './api.ts';
import { ProcessFormDrawer } from './process-form-drawer.tsx';
import { ProcessStatusTag, RepeatedDataTag } from './registry-tags.tsx';
import './registry.css';

/** A process of the registry: its cases, references, derived roles/steps/data and its BPMN variants. */
export function ProcessPage() {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const processId = useParams({ strict: false }).processId ?? '';
  const process = useProcess(processId);
  useDocumentTitle(process.data ? pickText(process.data.name, locale) : t('registry.title'));

  if (process.isLoading)
    return (
      <div className="dtm-center">
        <Spin aria-label={t('registry.loading')} />
      </div>
    );
  if (process.error instanceof ApiError && process.error.status === 404)
    return (
      <PageNotice
        status="404"
        title={t('registry.process.notFound')}
        text={t('registry.process.notFoundText')}
      />
    );
  if (process.isError || !process.data)
    return (
      <Page>
        <Alert
          type="error"
          showIcon
          title={t('translation:common.loadFailed')}
          description={process.error?.message}
          action={<Button onClick={() => void process.refetch()}>{t('translation:common.retry')}</Button>}
        />
      </Page>
    );
  return <ProcessView process={process.data} />;
}

function RefList({ items, empty }: { items: NamedRef[]; empty: string }) {
  const locale = useLocale();
  if (!items.length) return <span className="dtm-muted">{empty}</span>;
  return (
    <ul className="reg-list">
      {items.map((r) => (
        <li key={r.id}>
          {pickText(r.name, locale)}
          {r.code ? <span className="dtm-muted"> · {r.code}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function ProcessView({ process }: { process: ProcessDetailOut }) {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const none = t('registry.process.none');
  const other = locale === 'ru' ? process.name.kk : process.name.ru;

  return (
    <Page>
      <p className="reg-back">
        <Link to="/registry">{t('registry.process.back')}</Link>
      </p>
      <PageHeader
        title={pickText(process.name, locale)}
        description={
          <>
            {other ? <span lang={locale === 'ru' ? 'kk' : 'ru'}>{other}</span> : null}
            {other ? ' · ' : null}
            {pickText(process.org.name, locale)}
          </>
        }
        actions={
          process.allowedActions.includes('edit') ? (
            <Button type="primary" onClick={() => setEditing(true)}>
              {t('registry.process.edit')}
            </Button>
          ) : null
        }
      />
      <div className="dtm-panel reg-section">
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            {
              key: 'status',
              label: t('registry.col.status'),
              children: <ProcessStatusTag status={process.status} />,
            },
            { key: 'org', label: t('registry.col.org'), children: pickText(process.org.name, locale) },
            {
              key: 'cases',
              label: t('registry.col.cases'),
              children: process.caseLinks.length ? (
                <ul className="reg-list">
                  {process.caseLinks.map((c) => (
                    <li key={`${c.mapId}/${c.caseId}/${c.processItemId ?? ''}`}>
                      <Link to="/registry" search={{ mapId: c.mapId, caseId: c.caseId }}>
                        {c.caseName ? pickText(c.caseName, locale) : c.caseId}
                      </Link>
                      {c.processItemId ? (
                        <span className="dtm-muted">
                          {' › '}
                          {c.processItemName ? pickText(c.processItemName, locale) : c.processItemId}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="dtm-muted">{none}</span>
              ),
            },
            {
              key: 'services',
              label: t('registry.form.services'),
              children: <RefList items={process.publicServices} empty={none} />,
            },
            {
              key: 'systems',
              label: t('registry.form.systems'),
              children: <RefList items={process.informationSystems} empty={none} />,
            },
            {
              key: 'acts',
              label: t('registry.form.legalActs'),
              children: <RefList items={process.legalActs} empty={none} />,
            },
            ...(process.description
              ? [{ key: 'description', label: t('registry.form.description'), children: process.description }]
              : []),
          ]}
        />
      </div>
      <Derived process={process} />
      <Variants process={process} />
      <ProcessFormDrawer open={editing} process={process} onClose={() => setEditing(false)} />
    </Page>
  );
}

/** Roles, steps and data, derived from the process's model on every save of a variant. */
function Derived({ process }: { process: ProcessDetailOut }) {
  const { t } = useTranslation('reeng');
  const none = t('registry.process.none');
  return (
    <section className="dtm-panel reg-section" aria-labelledby="reg-derived">
      <h2 id="reg-derived" className="reg-h2">
        {t('registry.process.derived')}
      </h2>
      <p className="dtm-muted">{t('registry.process.derivedHelp')}</p>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'roles',
            label: t('registry.process.roles', { count: process.roles.length }),
            children: process.roles.length ? (
              <span className="dtm-tags">
                {process.roles.map((r) => (
                  <Tag key={r} className="dtm-tag">
                    {r}
                  </Tag>
                ))}
              </span>
            ) : (
              none
            ),
          },
          {
            key: 'steps',
            label: t('registry.process.steps', { count: process.steps.length }),
            children: process.steps.length ? (
              <ol className="reg-list reg-list--numbered">
                {process.steps.map((s, i) => (
                  // Steps may repeat a name; the position is their identity in this read-only list.
                  <li key={i}>{s}</li>
                ))}
              </ol>
            ) : (
              none
            ),
          },
          {
            key: 'data',
            label: t('registry.process.data', { count: process.dataNames.length }),
            children: process.dataNames.length ? (
              <span className="dtm-tags">
                {process.dataNames.map((d) => (
                  <Tag key={d} className="dtm-tag">
                    {d}
                  </Tag>
                ))}
              </span>
            ) : (
              none
            ),
          },
        ]}
      />
    </section>
  );
}

/** The current variants, each drawn with the elements that ask for data again highlighted (R.40). */
function Variants({ process }: { process: ProcessDetailOut }) {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const [kind, setKind] = useState<VariantKind | null>(process.variants[0]?.kind ?? null);
  const variant = useVariant(process.id, kind);

  const repeatedColumns: TableColumnsType<RepeatedDataRow> = [
    {
      key: 'variant',
      title: t('registry.repeated.col.variant'),
      width: 130,
      render: (_, r) => t(`registry.variant.${r.variantKind}`),
    },
    { key: 'element', title: t('registry.repeated.col.element'), render: (_, r) => r.elementName },
    {
      key: 'object',
      title: t('registry.repeated.col.dataObject'),
      render: (_, r) => pickText(r.dataObject.name, locale),
    },
    {
      key: 'system',
      title: t('registry.repeated.col.system'),
      render: (_, r) => pickText(r.informationSystem.name, locale),
    },
  ];

  return (
    <section className="dtm-panel reg-section" aria-labelledby="reg-variants">
      <h2 id="reg-variants" className="reg-h2">
        {t('registry.process.variants')}
      </h2>
      {process.variants.length === 0 ? (
        <Empty description={t('registry.process.noVariants')} />
      ) : (
        <>
          <Tabs
            activeKey={kind ?? undefined}
            onChange={(k) => setKind(k as VariantKind)}
            items={process.variants.map((v) => ({
              key: v.kind,
              label: (
                <span>
                  {t(`registry.variant.${v.kind}`)}{' '}
                  <RepeatedDataTag
                    count={process.repeatedData.filter((r) => r.variantKind === v.kind).length}
                  />
                </span>
              ),
            }))}
          />
          {kind ? (
            <p className="dtm-muted">
              {(() => {
                const v = process.variants.find((x) => x.kind === kind)!;
                return t('registry.variants.revision', {
                  revision: v.revision,
                  date: formatDateTime(v.updatedAt, locale),
                });
              })()} <a
                href={`/api/registry/processes/${process.id}/variants/${kind}/svg`}
                target="_blank"
                rel="noreferrer"
              >
                {t('registry.process.openSvg')}
              </a>
            </p>
          ) : null}
          {variant.isLoading ? (
            <Spin aria-label={t('registry.loading')} />
          ) : variant.data ? (
            <BpmnViewer
              xml={variant.data.xml}
              height={460}
              markers={{
                highlight: process.repeatedData.filter((r) => r.variantKind === kind).map((r) => r.elementId),
              }}
              ariaLabel={`${t(`registry.variant.${kind}`)}: ${pickText(process.name, locale)}`}
            />
          ) : variant.isError ? (
            <Alert type="warning" showIcon title={variant.error.message} />
          ) : null}
        </>
      )}
      <h3 className="reg-h3">{t('registry.repeated.title')}</h3>
      <Table<RepeatedDataRow>
        rowKey={(r) => `${r.variantKind}/${r.elementId}/${r.dataObject.id}`}
        size="small"
        columns={repeatedColumns}
        dataSource={process.repeatedData}
        pagination={false}
        locale={{ emptyText: t('registry.repeated.none') }}
      />
    </section>
  );
}
