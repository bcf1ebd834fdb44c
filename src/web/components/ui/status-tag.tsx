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

/** The status of a map version, in the reader's language. */
export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'} className="dtm-tag">
      {/* The app catalog names only 'draft' so far; the editor's catalog names every status. */}
      {t(`status.${status}`, { defaultValue: t(`editor:wf.status.${status}`, { defaultValue: status }) })}
    </Tag>
  );
}
