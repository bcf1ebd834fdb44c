import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  draft: 'default',
  under_review: 'processing',
  returned: 'warning',
  agreed: 'cyan',
  approved: 'success',
  published: 'success',
  superseded: 'default',
};

/** A version's status in the reader's language (Жоба / Проект / Draft …). */
export function VersionStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('editor');
  return (
    <Tag color={COLORS[status] ?? 'default'} className="rv-status">
      {t(`editor:wf.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}
