/**
 * A finding of the validator: which rule of the Rules or the Form a map breaks, where, and how
 * badly. `path` is the JSON path into the MapDocument (indices, as in schema errors); `point`
 * cites the source (e.g. 'F.1.4', 'R.19'). Blocking findings prevent submission; warnings inform.
 */
export interface Finding {
  code: FindingCode;
  severity: 'blocking' | 'warning';
  path: (string | number)[];
  point: string;
  /** Values for the message, e.g. { locales: 'kk, ru' } or { year: 2027 }. */
  params?: Record<string, string | number>;
}

export type FindingCode = string;
