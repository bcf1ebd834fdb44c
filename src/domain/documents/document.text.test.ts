import { describe, expect, it } from 'vitest';
import { sanitizeText, textLines } from './document.text.ts';

describe('sanitizeText', () => {
  it.each([
    ['NUL and bell', 'a\u0000b\u0007c', 'abc'],
    ['vertical tab, form feed, escape, unit separator', 'a\u000Bb\u000Cc\u001Bd\u001Fe', 'abcde'],
    ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFFc', 'abc'],
    ['an unpaired high surrogate', 'a\uD83Db', 'ab'],
    ['an unpaired low surrogate', 'a\uDE00b', 'ab'],
    ['carriage returns, as line ends', 'a\r\nb\rc', 'a\nb\nc'],
  ])('removes %s', (_name, input, output) => {
    expect(sanitizeText(input)).toBe(output);
  });

  it.each([
    ['tab and newline', 'a\tb\nc'],
    ['markup-like text', '<b>bold</b> & <script>alert(1)</script> ]]>'],
    ['right-to-left scripts', 'مرحبا بالعالم שלום'],
    ['emoji (surrogate pairs)', '🇰🇿 👩‍💻 😀'],
    ['Kazakh letters', 'Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі'],
  ])('keeps %s', (_name, input) => {
    expect(sanitizeText(input)).toBe(input);
  });

  it('keeps a very long string whole', () => {
    const long = 'ж'.repeat(10_000);
    expect(sanitizeText(long)).toBe(long);
  });

  it('splits a text into its lines', () => {
    expect(textLines('a\r\nb\u0000\nc')).toEqual(['a', 'b', 'c']);
    expect(textLines('')).toEqual(['']);
  });
});
