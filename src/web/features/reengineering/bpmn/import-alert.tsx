import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** The outcome of importing BPMN XML: the error that stopped it, or the warnings it produced. */
export interface ImportProblems {
  error: string | null;
  warnings: string[];
}

export const NO_PROBLEMS: ImportProblems = { error: null, warnings: [] };

const MAX_SHOWN = 8;

/** A translated heading and the raw messages of bpmn-js, for an import that failed or warned. */
export function ImportAlert({ problems, onClose }: { problems: ImportProblems; onClose?: () => void }) {
  const { t } = useTranslation('bpmn');
  if (problems.error)
    return (
      <Alert
        className="bpmn-alert"
        type="error"
        showIcon
        title={t('import.error')}
        description={<span className="bpmn-raw-message">{problems.error}</span>}
      />
    );
  if (!problems.warnings.length) return null;
  const shown = problems.warnings.slice(0, MAX_SHOWN);
  const more = problems.warnings.length - shown.length;
  return (
    <Alert
      className="bpmn-alert"
      type="warning"
      showIcon
      closable={onClose ? { onClose, 'aria-label': t('import.closeWarnings') } : false}
      title={t('import.warnings', { count: problems.warnings.length })}
      description={
        <ul className="bpmn-raw-list">
          {shown.map((w, i) => (
            <li key={i} className="bpmn-raw-message">
              {w}
            </li>
          ))}
          {more > 0 && <li>{t('import.moreWarnings', { count: more })}</li>}
        </ul>
      }
    />
  );
}
