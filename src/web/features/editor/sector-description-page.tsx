import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/locale.ts';
import { useEditor } from './editor-context.tsx';
import { FormRow, SectionHeading } from './form-row.tsx';
import { IndicatorsTable } from './indicators-table.tsx';
import { LocalizedTextField } from './localized-text-field.tsx';
import { type SectorPageProps, sectorSetter } from './sector-page-props.ts';

/** F "1. Сала 1 – Сала атауы" and "1.1. Сипаттама": the sector's name, description and indicators. */
export function SectorDescriptionPage({ sector, index, update }: SectorPageProps) {
  const { t } = useTranslation('editor');
  const { locale } = useEditor();
  const set = sectorSetter(update);
  const base = ['sectors', index] as const;
  const n = index + 1;
  return (
    <article className="ed-page">
      <SectionHeading
        title={t('sector.sectionTitle', { n, name: pickText(sector.name, locale) || t('sector.unnamed') })}
        helper={t('sector.sectionHelp')}
      />
      <div className="ed-formtable">
        <FormRow label={t('sector.name')}>
          <LocalizedTextField
            path={[...base, 'name']}
            label={t('sector.name')}
            hideLabel
            required
            variant="textarea"
            minRows={1}
            value={sector.name}
            onChange={set?.('name')}
          />
        </FormRow>
        <FormRow label={t('sector.responsibleUnit')} helper={t('sector.responsibleUnit.help')}>
          <LocalizedTextField
            path={[...base, 'responsibleUnit']}
            label={t('sector.responsibleUnit')}
            hideLabel
            required
            variant="textarea"
            minRows={1}
            value={sector.responsibleUnit}
            onChange={set?.('responsibleUnit')}
          />
        </FormRow>
      </div>

      <SectionHeading level={3} title={t('sub.description', { n })} helper={t('description.help')} />
      <LocalizedTextField
        path={[...base, 'description']}
        label={t('description.field')}
        required
        variant="textarea"
        minRows={5}
        value={sector.description}
        onChange={set?.('description')}
      />

      <SectionHeading level={3} title={t('indicator.title')} helper={t('indicator.help')} />
      <IndicatorsTable
        path={[...base, 'indicators']}
        caption={t('indicator.title')}
        items={sector.indicators}
        onChange={set?.('indicators')}
      />
    </article>
  );
}
