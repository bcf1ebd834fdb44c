import { Alert, App, Button, Drawer, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateUserBody } from '../../../api/admin.ts';
import { fieldError, showFieldErrors } from '../../components/ui/api-errors.ts';
import { ApiError } from '../../lib/api.ts';
import { useCreateUser } from './api.ts';
import { OrganisationSelect } from './organisation-select.tsx';
import { passwordRules } from './password-rules.ts';
import { RoleSelect, rolesFor } from './role-select.tsx';

const FIELDS = ['login', 'fullName', 'orgId', 'roles', 'password'] as const;
/** Errors without a field path that still belong to one field. */
export const CODE_FIELD: Record<string, string> = {
  'user.login_taken': 'login',
  'user.role_not_allowed_for_org': 'roles',
};

/** A new user: login, name, organisation, roles allowed in that organisation, first password. */
export function UserCreateDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateUserBody>();
  const [orgKind, setOrgKind] = useState<string | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const create = useCreateUser();

  const close = () => {
    form.resetFields();
    setOrgKind(undefined);
    setProblems([]);
    onClose();
  };

  const onFinish = async (values: CreateUserBody) => {
    setProblems([]);
    try {
      await create.mutateAsync(values);
      message.success(t('users.created', { login: values.login }));
      close();
    } catch (e) {
      const field = e instanceof ApiError ? CODE_FIELD[e.body.code] : undefined;
      if (field) setProblems(showFieldErrors(form, fieldError(field, e as ApiError), FIELDS));
      else setProblems(showFieldErrors(form, e, FIELDS));
    }
  };

  return (
    <Drawer
      open={open}
      onClose={close}
      title={t('users.create.title')}
      size={520}
      destroyOnHidden
      footer={
        <div className="dtm-drawer-footer">
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t('users.create.submit')}
          </Button>
        </div>
      }
    >
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          className="dtm-block"
          title={problems[0]}
          description={problems.length > 1 ? problems.slice(1).join(' ') : undefined}
        />
      ) : null}
      <Form<CreateUserBody> form={form} layout="vertical" onFinish={onFinish} initialValues={{ roles: [] }}>
        <Form.Item
          name="login"
          label={t('users.col.login')}
          extra={t('users.form.loginHint')}
          rules={[
            { required: true, whitespace: true, message: t('rules:required') },
            { min: 3, message: t('rules:too_small', { minimum: 3 }) },
            { pattern: /^[a-z0-9._@-]+$/i, message: t('rules:login_format') },
          ]}
        >
          <Input autoComplete="off" spellCheck={false} autoCapitalize="none" />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={t('users.col.fullName')}
          rules={[{ required: true, whitespace: true, message: t('rules:required') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={t('users.col.organisation')}
          rules={[{ required: true, message: t('rules:required') }]}
        >
          <OrganisationSelect
            placeholder={t('users.form.orgPlaceholder')}
            onChange={(_, org) => {
              setOrgKind(org?.kind);
              const allowed = rolesFor(org?.kind);
              const roles = (form.getFieldValue('roles') as CreateUserBody['roles']) ?? [];
              form.setFieldValue(
                'roles',
                roles.filter((r) => allowed.includes(r)),
              );
            }}
          />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.col.roles')}
          extra={
            orgKind && rolesFor(orgKind).length === 0
              ? t('users.form.noRolesForOrg')
              : t('users.form.rolesHint')
          }
          rules={[{ required: true, type: 'array', min: 1, message: t('users.form.rolesRequired') }]}
        >
          <RoleSelect orgKind={orgKind} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.form.password')}
          extra={t('users.form.passwordHint')}
          rules={passwordRules(t, true)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
