import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyText, pickText } from '../../../domain/locale.ts';
import {
  IMPLEMENTER_KINDS,
  type Implementer,
  type Passport,
  PRINCIPLES,
} from '../../../domain/map/map.schema.ts';
import { EditableTable } from './editable-table.tsx';
import { useEditor } from './editor-context.tsx';
import { FieldMessages } from './field-messages.tsx';
import { FormRow, SectionHeading } from './form-row.tsx';
import { replaceAt } from './list.logic.ts';
import { LocalizedTextField } from './localized-text-field.tsx';
import { PageLink } from './page-link.tsx';
import { ReferenceSelect } from './reference-select.tsx';
import { AddButton } from './row-actions.tsx';

const base = ['passport'] as const;

/** F "Паспорт": the passport table of the Form, row by row, in its order. */
export function PassportPage(props: {
  passport: Passport;
  update?: (fn: (p: Passport) => Passport) => void;
  organisationName: string;
  onAddSector?: () => void;
}) {
  const { t } = useTranslation('editor');
  const { doc, locale, references } = useEditor();
  const { passport: p, update } = props;
  const set =
    update &&
    (<K extends keyof Passport>(key: K) =>
      (value: Passport[K]) =>
        update((cur) => ({ ...cur, [key]: value })));

  return (
    <article className="ed-page">
      <SectionHeading
        title={t('passport.title')}
        helper={t('passport.formTitle', { body: props.organisationName })}
      />
      <div className="ed-formtable">
        <FormRow label={t('passport.name')} helper={t('passport.name.help')}>
          <LocalizedTextField
            path={[...base, 'title']}
            label={t('passport.name')}
            hideLabel
            required
            variant="textarea"
            minRows={1}
            value={p.title}
            onChange={set?.('title')}
          />
        </FormRow>
        <FormRow label={t('passport.goal')} helper={t('passport.goal.help')}>
          <LocalizedTextField
            path={[...base, 'goal']}
            label={t('passport.goal')}
            hideLabel
            required
            variant="textarea"
            value={p.goal}
            onChange={set?.('goal')}
          />
        </FormRow>
        <FormRow label={t('passport.planningDocuments')} helper={t('passport.planningDocuments.help')}>
          <ReferenceSelect
            path={[...base, 'planningDocumentIds']}
            label={t('passport.planningDocuments')}
            items={references.planningDocuments}
            value={p.planningDocumentIds}
            onChange={set?.('planningDocumentIds')}
          />
        </FormRow>
        <FormRow label={t('passport.sectors')} helper={t('passport.sectors.help')}>
          <div data-path="sectors">
            {doc.sectors.length > 0 && (
              <ol className="ed-sectorlist">
                {doc.sectors.map((s) => (
                  <li key={s.id}>
                    <PageLink page={{ kind: 'sector', sectorId: s.id, sub: 'description' }}>
                      {pickText(s.name, locale) || t('sector.unnamed')}
                    </PageLink>
                  </li>
                ))}
              </ol>
            )}
            {props.onAddSector && <AddButton label={t('sector.add')} onClick={props.onAddSector} />}
            <FieldMessages path={['sectors']} />
          </div>
        </FormRow>
        <FormRow
          label={t('passport.principles')}
          helper={t('passport.principles.help')}
          path={[...base, 'principles']}
        >
          <ol className="ed-principles">
            {PRINCIPLES.map((code) => {
              const i = p.principles.findIndex((pr) => pr.code === code);
              const application = i >= 0 ? p.principles[i].application : emptyText();
              const onChange =
                update &&
                ((text: typeof application) =>
                  update((cur) => {
                    const at = cur.principles.findIndex((pr) => pr.code === code);
                    const principles =
                      at >= 0
                        ? replaceAt(cur.principles, at, { code, application: text })
                        : [...cur.principles, { code, application: text }].sort((a, b) => a.code - b.code);
                    return { ...cur, principles };
                  }));
              return (
                <li key={code} className="ed-principle">
                  <p className="ed-principle-text">
                    <span className="ed-principle-n">{code})</span> {t(`principle.${code}`)}
                  </p>
                  <LocalizedTextField
                    path={[...base, 'principles', i >= 0 ? i : p.principles.length, 'application']}
                    label={t('passport.principleApplication', { n: code })}
                    variant="textarea"
                    minRows={1}
                    value={application}
                    onChange={onChange}
                  />
                </li>
              );
            })}
          </ol>
        </FormRow>
        <FormRow label={t('passport.responsibleBody')} helper={t('passport.responsibleBody.help')}>
          <div className="ed-readonly-text">{props.organisationName}</div>
        </FormRow>
        <FormRow label={t('passport.implementers')} helper={t('passport.implementers.help')}>
          <ImplementersTable items={p.implementers} onChange={set?.('implementers')} />
        </FormRow>
        <FormRow label={t('passport.legalBasis')}>
          <LocalizedTextField
            path={[...base, 'legalBasis']}
            label={t('passport.legalBasis')}
            hideLabel
            required
            variant="textarea"
            value={p.legalBasis}
            onChange={set?.('legalBasis')}
          />
        </FormRow>
        <FormRow label={t('passport.period')} path={[...base, 'period']}>
          <div className="ed-readonly-text">
            {t('passport.periodValue', { from: p.period.from, to: p.period.to })}
          </div>
        </FormRow>
      </div>
    </article>
  );
}

function ImplementersTable(props: { items: Implementer[]; onChange?: (items: Implementer[]) => void }) {
  const { t } = useTranslation('editor');
  return (
    <EditableTable<Implementer>
      path={[...base, 'implementers']}
      caption={t('passport.implementers')}
      items={props.items}
      onChange={props.onChange}
      itemLabel={(n) => t('implementer.n', { n })}
      addLabel={t('implementer.add')}
      create={(id) => ({ id, name: emptyText(), kind: 'committee' })}
      columns={[
        {
          key: 'name',
          title: t('implementer.name'),
          render: (row) => (
            <LocalizedTextField
              path={[...row.path, 'name']}
              label={`${row.label}: ${t('implementer.name')}`}
              hideLabel
              required
              layout="stacked"
              variant="textarea"
              minRows={1}
              value={row.item.name}
              onChange={row.set && ((name) => row.set?.({ name }))}
            />
          ),
        },
        {
          key: 'kind',
          title: t('implementer.kind'),
          width: 250,
          render: (row) =>
            row.set ? (
              <Select
                className="ed-fill"
                aria-label={`${row.label}: ${t('implementer.kind')}`}
                value={row.item.kind}
                options={IMPLEMENTER_KINDS.map((k) => ({ value: k, label: t(`implementer.kind.${k}`) }))}
                onChange={(kind) => row.set?.({ kind })}
              />
            ) : (
              t(`implementer.kind.${row.item.kind}`)
            ),
        },
      ]}
    />
  );
}
