import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Shown while a page's code is on its way (pages are loaded on demand, see router.tsx): the same
 * centred, labelled spinner the layout shows while the session is checked, so the one follows the
 * other without a jump.
 */
export function RoutePending() {
  const { t } = useTranslation();
  return (
    <div className="dtm-center" role="status" aria-live="polite">
      <Spin aria-label={t('common.loading')} />
    </div>
  );
}
