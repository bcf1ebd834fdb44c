import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Active / blocked (users) or in use / archived (reference rows). */
export function ActiveTag({ active, kind = 'user' }: { active: boolean; kind?: 'user' | 'reference' }) {
  const { t } = useTranslation();
  return (
    <Tag color={active ? 'success' : 'default'} className="dtm-tag">
      {t(`active.${kind}.${active ? 'yes' : 'no'}`)}
    </Tag>
  );
}
