import { Button, Dropdown, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from './use-locale.ts';

/** The formats an official document comes in (server: documents/send.ts). */
export type DocumentFormat = 'docx' | 'pdf' | 'html';
/** Official documents are produced in the state language and in Russian (SPEC §5.10). */
const DOCUMENT_LANGS = ['kk', 'ru'] as const;
type DocumentLang = (typeof DOCUMENT_LANGS)[number];

const FORMAT_NAMES: Record<DocumentFormat, string> = { docx: 'DOCX', pdf: 'PDF', html: 'HTML' };

/**
 * The link of a document in a format and language: `/api/x/map` → `/api/x/map.docx?lang=kk`; a
 * query already on the base (`/api/maps/1/diff?from=1&to=2`) is kept.
 */
export function documentUrl(href: string, format: DocumentFormat, lang: DocumentLang): string {
  const [path, query] = href.split('?', 2) as [string, string | undefined];
  const params = new URLSearchParams(query ?? '');
  params.set('lang', lang);
  return `${path}.${format}?${params.toString()}`;
}

/** The reader's language first: kk or ru; an English reader gets the state language first. */
export function langOrder(locale: string): DocumentLang[] {
  return locale === 'ru' ? ['ru', 'kk'] : ['kk', 'ru'];
}

export interface DocumentDownloadsProps {
  /** The document's URL without the extension, e.g. `/api/maps/<id>/versions/2/map`. */
  href: string;
  formats?: readonly DocumentFormat[];
  /** A visible lead-in ("Official document:"), also the group's accessible name. */
  label?: string;
}

/**
 * Download buttons for an official document: one per format, each opening the two languages the
 * document exists in (Қазақша / Русский, each written in its own language), the reader's first.
 */
export function DocumentDownloads({ href, formats = ['docx', 'pdf'], label }: DocumentDownloadsProps) {
  const { t } = useTranslation();
  const langs = langOrder(useLocale());
  return (
    <Space size={4} wrap role="group" aria-label={label} className="dtm-document-downloads">
      {label ? <span className="dtm-muted">{label}</span> : null}
      {formats.map((format) => (
        <Dropdown
          key={format}
          trigger={['click']}
          menu={{
            items: langs.map((lang) => ({
              key: lang,
              label: (
                <a
                  href={documentUrl(href, format, lang)}
                  lang={lang}
                  {...(format === 'html' ? { target: '_blank', rel: 'noopener' } : { download: true })}
                >
                  {`${FORMAT_NAMES[format]} · ${t(`lang.${lang}`)}`}
                </a>
              ),
            })),
          }}
        >
          <Button aria-haspopup="menu">{`${FORMAT_NAMES[format]} ▾`}</Button>
        </Dropdown>
      ))}
    </Space>
  );
}
