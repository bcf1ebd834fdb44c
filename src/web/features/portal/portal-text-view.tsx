import type { LocalizedText } from '../../../domain/locale.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { pickWithLang } from './portal-text.ts';

/**
 * A content text in the reader's language, or in the language it falls back to — then marked with
 * `lang` so a screen reader pronounces it right. `fallback` shows when no language is filled in.
 */
export function LocalText({
  text,
  fallback = '—',
  block,
}: {
  text: LocalizedText | null | undefined;
  fallback?: string;
  /** A paragraph (keeps the author's line breaks) instead of inline text. */
  block?: boolean;
}) {
  const locale = useLocale();
  const picked = pickWithLang(text, locale);
  if (!picked) return <span className="pt-none">{fallback}</span>;
  const lang = picked.lang === locale ? undefined : picked.lang;
  return block ? (
    <p className="pt-text" lang={lang}>
      {picked.text}
    </p>
  ) : (
    <span lang={lang}>{picked.text}</span>
  );
}
