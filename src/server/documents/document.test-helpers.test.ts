import { describe, expect, it } from 'vitest';
import { expectSameText } from './document.test-helpers.ts';

describe('expectSameText (the PDF-against-DOCX check)', () => {
  const pieces = ['Паспорт', 'Мақсаты', 'Жер учаскелерін беру'];
  it('accepts the same text wrapped differently, with page numbers between', () => {
    expect(() => expectSameText('1\nПаспорт Мақсаты\nЖер учаске-\nлерін беру\n2', pieces)).toThrow();
    expect(() => expectSameText('1\nПаспорт Мақсаты\nЖер учаске\nлерін беру\n2', pieces)).not.toThrow();
  });
  it('refuses a missing piece, a reordering and extra text', () => {
    expect(() => expectSameText('Паспорт Жер учаскелерін беру', pieces)).toThrow(/Мақсаты/);
    expect(() => expectSameText('Мақсаты Паспорт Жер учаскелерін беру', pieces)).toThrow();
    expect(() => expectSameText('Паспорт Мақсаты <b>x</b> Жер учаскелерін беру', pieces)).toThrow(
      /<b>x<\/b>/,
    );
    expect(() => expectSameText('Паспорт Мақсаты Жер учаскелерін беру Артық', pieces)).toThrow(/Артық/);
  });
});
