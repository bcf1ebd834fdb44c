import { describe, expect, it } from 'vitest';
import { bytesToBase64, fileTooLarge, formatFileSize, protocolFileType } from './file.logic.ts';

describe('the protocol file (R.34)', () => {
  it('accepts PDF, DOCX, PNG and JPEG by type, or by extension when the browser sends none', () => {
    expect(protocolFileType('p.pdf', 'application/pdf')).toBe('application/pdf');
    expect(protocolFileType('Хаттама.DOCX', '')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(protocolFileType('scan.jpg', 'application/octet-stream')).toBe('image/jpeg');
    expect(protocolFileType('p.doc', 'application/msword')).toBeNull();
    expect(protocolFileType('p.exe', '')).toBeNull();
    expect(protocolFileType('p.pdf', 'text/html')).toBeNull();
  });

  it('encodes bytes as base64, large files too', () => {
    expect(bytesToBase64(new TextEncoder().encode('%PDF-1.4'))).toBe('JVBERi0xLjQ=');
    const big = new Uint8Array(200_000).fill(65);
    expect(Buffer.from(bytesToBase64(big), 'base64').equals(Buffer.from(big))).toBe(true);
  });

  it('refuses files over 10 MB and writes sizes for people', () => {
    expect(fileTooLarge(10 * 1024 * 1024)).toBe(false);
    expect(fileTooLarge(10 * 1024 * 1024 + 1)).toBe(true);
    expect(formatFileSize(245_000, 'ru')).toBe('239 KB');
    expect(formatFileSize(1_300_000, 'kk')).toBe('1,2 MB');
    expect(formatFileSize(1_300_000, 'en')).toBe('1.2 MB');
  });
});
