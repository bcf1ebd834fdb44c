import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VariantSummary } from '../../../../api/registry.ts';
import { formatDateTime } from '../../../components/ui/format.ts';
import { useLocale } from '../../../components/ui/use-locale.ts';

const STATUS_COLORS: Record<string, string> = {
  current: 'blue',
  in_reengineering: 'processing',
  reengineered: 'success',
  retired: 'default',
};

/** The status of a process in the registry. */
export function ProcessStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('reeng');
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} className="dtm-tag">
      {t(`registry.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

const VARIANT_COLORS: Record<string, string> = { as_is: 'default', target: 'green', optimal: 'purple' };

/** The current variants of a process: as-is / target / optimal, each with its revision and date. */
export function VariantTags({ variants }: { variants: VariantSummary[] }) {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  if (!variants.length) return <span className="dtm-muted">{t('registry.variants.none')}</span>;
  return (
    <span className="dtm-tags">
      {variants.map((v) => (
        <Tooltip
          key={v.kind}
          title={t('registry.variants.revision', {
            revision: v.revision,
            date: formatDateTime(v.updatedAt, locale),
          })}
        >
          <Tag color={VARIANT_COLORS[v.kind]} className="dtm-tag">
            {t(`registry.variant.${v.kind}`)}
          </Tag>
        </Tooltip>
      ))}
    </span>
  );
}

/** A red tag with the number of repeated data requests (R.40); nothing when there are none. */
export function RepeatedDataTag({ count }: { count: number }) {
  const { t } = useTranslation('reeng');
  if (count === 0) return null;
  return (
    <Tag color="error" className="dtm-tag">
      {t('registry.repeated.count', { count })}
    </Tag>
  );
}
