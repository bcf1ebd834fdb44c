import { Link, useNavigate } from '@tanstack/react-router';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginBody } from '../../../api/auth.ts';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLogin, useMe } from './api.ts';
import { returnPath } from './return-path.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  useDocumentTitle(t('auth.title'));

  useEffect(() => {
    if (me.data) void navigate({ href: returnPath(window.location.search), replace: true });
  }, [me.data, navigate]);

  const onFinish = (values: LoginBody) =>
    login.mutate({ login: values.login.trim(), password: values.password });

  return (
    <div className="dtm-login">
      <Card className="dtm-login__card">
        <Typography.Title level={1} className="dtm-login__title">
          {t('auth.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.intro')}</Typography.Paragraph>
        {login.error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            className="dtm-login__error"
            title={login.error.message}
          />
        ) : null}
        <Form<LoginBody>
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
          disabled={login.isPending}
        >
          <Form.Item
            label={t('auth.login')}
            name="login"
            rules={[{ required: true, whitespace: true, message: t('rules:required') }]}
          >
            <Input autoComplete="username" autoFocus autoCapitalize="none" spellCheck={false} />
          </Form.Item>
          <Form.Item
            label={t('auth.password')}
            name="password"
            rules={[{ required: true, message: t('rules:required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('auth.submit')}
          </Button>
        </Form>
      </Card>
      <p className="dtm-login__portal">
        {t('auth.portal.text')} <Link to="/portal">{t('auth.portal.link')}</Link>
      </p>
    </div>
  );
}
