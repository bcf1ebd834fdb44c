import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  draft: 'default',
  under_review: 'processing',
  returned: 'warning',
  agreed: 'cyan',
  approved: 'success',
  published: 'success',
};

/** The status of a map version, in the reader's language. */
export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'} className="dtm-tag">
      {t(`status.${status}`, { defaultValue: status })}
    </Tag>
  );
}
