import { Typography } from 'antd';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The heading block of a page: one h1, a short line of context, the page's main actions on the right. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <div className="dtm-page-header">
      <div className="dtm-page-header__text">
        <Typography.Title level={1} className="dtm-page-header__title">
          {title}
        </Typography.Title>
        {description ? (
          <Typography.Paragraph className="dtm-page-header__description">{description}</Typography.Paragraph>
        ) : null}
      </div>
      {actions ? <div className="dtm-page-header__actions">{actions}</div> : null}
    </div>
  );
}
