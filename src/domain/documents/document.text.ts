/**
 * User text on its way into a document (DOCX XML, HTML). XML 1.0 allows tab, newline and carriage
 * return below U+0020, no U+FFFE/U+FFFF and no unpaired surrogate; one such character makes Word
 * refuse the whole file. Everything else — markup-like text, right-to-left scripts, emoji, very
 * long strings — is kept: escaping is the renderer's job, this only removes what no escaping can carry.
 */

/** The XML 1.0 `Char` production (https://www.w3.org/TR/xml/#charsets). */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** The text with XML-illegal characters removed and line ends normalised to "\n". */
export function sanitizeText(text: string): string {
  let out = '';
  // Iterating a string yields code points; an unpaired surrogate comes out alone and is not a Char.
  for (const ch of text.replace(/\r\n?/g, '\n')) if (isXmlChar(ch.codePointAt(0)!)) out += ch;
  return out;
}

/** The lines of a sanitised text (a value with line breaks prints as one paragraph per line). */
export function textLines(text: string): string[] {
  return sanitizeText(text).split('\n');
}
