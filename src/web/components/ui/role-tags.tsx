import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../domain/auth/roles.ts';

/** The roles a user holds, one tag each, in the reader's language. */
export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <span className="dtm-tags">
      {roles.map((r) => (
        <Tag key={r} className="dtm-tag">
          {t(`role.${r}`)}
        </Tag>
      ))}
    </span>
  );
}
