import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type OrgKind, ROLES_BY_ORG_KIND, type Role } from '../../../domain/auth/roles.ts';

interface RoleSelectProps {
  id?: string;
  value?: Role[];
  onChange?: (value: Role[]) => void;
  /** Only the roles an organisation of this kind can grant are offered. */
  orgKind: string | undefined;
  'aria-describedby'?: string;
}

export function rolesFor(orgKind: string | undefined): readonly Role[] {
  return (orgKind && ROLES_BY_ORG_KIND[orgKind as OrgKind]) || [];
}

export function RoleSelect({ orgKind, ...props }: RoleSelectProps) {
  const { t } = useTranslation();
  const allowed = rolesFor(orgKind);
  return (
    <Select<Role[]>
      {...props}
      mode="multiple"
      disabled={allowed.length === 0}
      placeholder={orgKind ? undefined : t('users.form.chooseOrgFirst')}
      options={allowed.map((r) => ({ value: r, label: t(`role.${r}`) }))}
    />
  );
}
