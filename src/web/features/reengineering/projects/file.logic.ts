import { PROTOCOL_FILE_TYPES, PROTOCOL_MAX_BYTES } from '../../../../api/reengineering.ts';

/**
 * The team's protocol file of a deadline change (R.34) travels as base64: PDF, DOCX or a scan
 * (PNG, JPEG), at most 10 MB.
 */

export type ProtocolFileType = (typeof PROTOCOL_FILE_TYPES)[number];

const BY_EXTENSION: Record<string, ProtocolFileType> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** The accepted type of a chosen file, by its MIME type or else its extension; null when not accepted. */
export function protocolFileType(name: string, mime: string): ProtocolFileType | null {
  if ((PROTOCOL_FILE_TYPES as readonly string[]).includes(mime)) return mime as ProtocolFileType;
  const ext = name.toLowerCase().split('.').pop() ?? '';
  // Browsers without a MIME mapping send '' or application/octet-stream: trust the extension then.
  if (mime && mime !== 'application/octet-stream') return null;
  return BY_EXTENSION[ext] ?? null;
}

/** The <input accept> of the protocol file. */
export const PROTOCOL_ACCEPT = '.pdf,.docx,.png,.jpg,.jpeg';

export const fileTooLarge = (size: number) => size > PROTOCOL_MAX_BYTES;
export const PROTOCOL_MAX_MB = Math.round(PROTOCOL_MAX_BYTES / 1024 / 1024);

/** Bytes as base64, in chunks so a 10 MB file does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The file's size for people: «240 KB», «1,2 MB». */
export function formatFileSize(size: number, locale: string): string {
  const tag = locale === 'en' ? 'en-GB' : 'ru-RU';
  if (size < 1024 * 1024)
    return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(Math.max(1, size / 1024))} KB`;
  return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(size / 1024 / 1024)} MB`;
}
