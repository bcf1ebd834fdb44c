import { Button, Input, Tooltip } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LocalizedText, missingLocales } from '../../../domain/locale.ts';
import { useFieldMessages } from './editor-context.tsx';
import { useFieldEcho } from './field-echo.ts';
import { FieldMessages, statusOf } from './field-messages.tsx';
import { type JsonPath, pathKey } from './field-paths.ts';

const OFFICIAL = ['kk', 'ru'] as const;
type Lang = 'kk' | 'ru' | 'en';

export interface LocalizedTextFieldProps {
  path: JsonPath;
  label: string;
  value: LocalizedText;
  /** Absent: the field is read-only and shows its text. */
  onChange?: (value: LocalizedText) => void;
  variant?: 'input' | 'textarea';
  /** side: kk | ru next to each other (forms); stacked: kk over ru (table cells). */
  layout?: 'side' | 'stacked';
  /** Required fields flag each blank official language; optional ones only a half translation. */
  required?: boolean;
  /** In a table cell the column header is the visible label; inputs keep it as their name. */
  hideLabel?: boolean;
  helper?: string;
  minRows?: number;
}

/** Which official languages to flag as missing. */
function flagged(value: LocalizedText, required: boolean): string[] {
  const missing = missingLocales(value);
  return required || missing.length === 1 ? missing : [];
}

/**
 * Every content text of the map: kk and ru edited side by side (both official, R and F are
 * published in both), en optional and collapsed. A blank required language shows as a tag.
 */
export function LocalizedTextField(props: LocalizedTextFieldProps) {
  const { path, label, onChange, variant = 'input', layout = 'side', required = false } = props;
  const { t } = useTranslation('editor');
  const id = useId();
  const { draft: value, setDraft, commit } = useFieldEcho(props.value, onChange);
  const messages = useFieldMessages(path);
  const [showEn, setShowEn] = useState(Boolean(value.en));
  const missing = flagged(value, required);
  const readOnly = !onChange;
  const msgId = `${id}-msg`;

  const statusFor = (lang: Lang) =>
    statusOf(messages.filter((m) => m.locales.length === 0 || m.locales.includes(lang)));

  const set = (lang: Lang, text: string) => {
    if (!onChange) return;
    if (lang === 'en') {
      const { en: _, ...rest } = value;
      setDraft(text ? { ...rest, en: text } : rest);
    } else setDraft({ ...value, [lang]: text });
  };

  const input = (lang: Lang) => {
    const common = {
      id: `${id}-${lang}`,
      value: value[lang] ?? '',
      'aria-label': `${label} — ${t(`lang.${lang}`)}`,
      'aria-describedby': messages.length ? msgId : undefined,
      'aria-invalid': statusFor(lang) === 'error' || undefined,
      status: statusFor(lang) || undefined,
      lang,
      onBlur: commit,
    };
    return variant === 'textarea' ? (
      <Input.TextArea
        {...common}
        autoSize={{ minRows: props.minRows ?? 2, maxRows: 16 }}
        onChange={(e) => set(lang, e.target.value)}
      />
    ) : (
      <Input {...common} onChange={(e) => set(lang, e.target.value)} />
    );
  };

  const langRow = (lang: Lang) => (
    <div className="ed-lang" key={lang}>
      <span className={`ed-lang-tag${missing.includes(lang) ? ' is-missing' : ''}`} aria-hidden="true">
        {lang.toUpperCase()}
      </span>
      {readOnly ? (
        <div className="ed-readonly-text" lang={lang}>
          {value[lang]?.trim() ? value[lang] : <span className="ed-empty">—</span>}
        </div>
      ) : (
        input(lang)
      )}
    </div>
  );

  return (
    <div className="ed-ltf" data-path={pathKey(path)}>
      {!props.hideLabel && (
        <div className="ed-label">
          <span>{label}</span>
          {missing.map((lang) => (
            <Tooltip key={lang} title={t('ltf.missing', { lang: t(`lang.${lang}`) })}>
              <span className="ed-missing-tag">{lang}</span>
            </Tooltip>
          ))}
        </div>
      )}
      {props.helper && <div className="ed-helper">{props.helper}</div>}
      {props.hideLabel && missing.length > 0 && (
        <div className="ed-missing-inline">
          {missing.map((lang) => (
            <span key={lang} className="ed-missing-tag" title={t('ltf.missing', { lang: t(`lang.${lang}`) })}>
              {lang}
            </span>
          ))}
        </div>
      )}
      <div className={`ed-ltf-langs ed-ltf-${layout}`}>{OFFICIAL.map(langRow)}</div>
      {(showEn || (readOnly && value.en)) && <div className="ed-ltf-en">{langRow('en')}</div>}
      {!readOnly && !showEn && (
        <Button
          type="link"
          size="small"
          className="ed-en-toggle"
          aria-expanded={false}
          onClick={() => setShowEn(true)}
        >
          {t('ltf.addEn')}
          <span className="ed-sr-only"> {t('ltf.addEnFor', { label })}</span>
        </Button>
      )}
      <FieldMessages path={path} id={msgId} />
    </div>
  );
}
