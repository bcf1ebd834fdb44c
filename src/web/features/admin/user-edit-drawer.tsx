import { Alert, App, Button, Descriptions, Drawer, Form, Input, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateUserBody, UserOut } from '../../../api/admin.ts';
import type { Role } from '../../../domain/auth/roles.ts';
import { pickText } from '../../../domain/locale.ts';
import { fieldError, showFieldErrors } from '../../components/ui/api-errors.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { ApiError } from '../../lib/api.ts';
import { useUpdateUser } from './api.ts';
import { passwordRules } from './password-rules.ts';
import { RoleSelect } from './role-select.tsx';
import { CODE_FIELD } from './user-create-drawer.tsx';

interface EditValues {
  roles: Role[];
  isActive: boolean;
  password?: string;
}

const FIELDS = ['roles', 'isActive', 'password'] as const;

/** Change a user's roles, block or unblock, set a new password; only what changed is sent. */
export function UserEditDrawer({ user, onClose }: { user: UserOut | null; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const update = useUpdateUser();

  useEffect(() => {
    if (user) {
      form.setFieldsValue({ roles: user.roles, isActive: user.isActive, password: '' });
      setProblems([]);
    }
  }, [user, form]);

  const onFinish = async (values: EditValues) => {
    if (!user) return;
    const body: UpdateUserBody = {};
    const sameRoles =
      values.roles.length === user.roles.length && values.roles.every((r) => user.roles.includes(r));
    if (!sameRoles) body.roles = values.roles;
    if (values.isActive !== user.isActive) body.isActive = values.isActive;
    if (values.password) body.password = values.password;
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    setProblems([]);
    try {
      await update.mutateAsync({ id: user.id, body });
      message.success(t('users.saved', { login: user.login }));
      onClose();
    } catch (e) {
      const field = e instanceof ApiError ? CODE_FIELD[e.body.code] : undefined;
      if (field) setProblems(showFieldErrors(form, fieldError(field, e as ApiError), FIELDS));
      else setProblems(showFieldErrors(form, e, FIELDS));
    }
  };

  return (
    <Drawer
      open={user !== null}
      onClose={onClose}
      title={user ? t('users.edit.title', { login: user.login }) : ''}
      size={520}
      footer={
        <div className="dtm-drawer-footer">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </div>
      }
    >
      {user ? (
        <>
          <Descriptions
            column={1}
            size="small"
            className="dtm-block"
            items={[
              { key: 'login', label: t('users.col.login'), children: user.login },
              { key: 'fullName', label: t('users.col.fullName'), children: user.fullName },
              {
                key: 'org',
                label: t('users.col.organisation'),
                children: pickText(user.organisation.name, locale),
              },
            ]}
          />
          {problems.length ? (
            <Alert type="error" showIcon className="dtm-block" title={problems.join(' ')} />
          ) : null}
          <Form<EditValues> form={form} layout="vertical" onFinish={onFinish}>
            <Form.Item
              name="roles"
              label={t('users.col.roles')}
              extra={t('users.form.rolesHint')}
              rules={[{ required: true, type: 'array', min: 1, message: t('users.form.rolesRequired') }]}
            >
              <RoleSelect orgKind={user.organisation.kind} />
            </Form.Item>
            <Form.Item
              name="isActive"
              label={t('users.form.isActive')}
              extra={t('users.form.isActiveHint')}
              valuePropName="checked"
            >
              <Switch checkedChildren={t('active.user.yes')} unCheckedChildren={t('active.user.no')} />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('users.form.newPassword')}
              extra={t('users.form.newPasswordHint')}
              rules={passwordRules(t, false)}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Drawer>
  );
}
