import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page.tsx';

/** A full-page notice with its title as the page's h1. */
export function PageNotice({ status, title, text }: { status: '403' | '404'; title: string; text?: string }) {
  return (
    <Page narrow>
      <Result
        status={status}
        title={
          <Typography.Title level={1} className="dtm-notice-title">
            {title}
          </Typography.Title>
        }
        subTitle={text}
      />
    </Page>
  );
}

/** Shown to a signed-in user who opened an administration page without the right to it. */
export function Forbidden() {
  const { t } = useTranslation();
  return <PageNotice status="403" title={t('common.forbidden.title')} text={t('common.forbidden.text')} />;
}
