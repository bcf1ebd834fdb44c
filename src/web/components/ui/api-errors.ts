import type { ErrorBody } from '../../../api/common.ts';
import { ApiError } from '../../lib/api.ts';

type Issue = NonNullable<ErrorBody['issues']>[number];

/** The path of an issue without the request part ('body', 'document'), joined with dots. */
export function issuePath(issue: Issue, strip: readonly string[] = ['body']): string {
  const path = [...issue.path];
  for (const s of strip) if (path[0] === s) path.shift();
  return path.join('.');
}

/**
 * Server field issues as antd Form field errors. `fields` are the form's field paths ('login',
 * 'name.kk'); an issue goes to the longest field its path starts with (['body','roles',0] → 'roles').
 * Issues of fields the form does not have, and errors without issues, come back in `rest`.
 */
export function fieldErrors(
  error: unknown,
  fields: readonly string[],
): { fields: { name: string[]; errors: string[] }[]; rest: string[] } {
  if (!(error instanceof ApiError))
    return { fields: [], rest: [error instanceof Error ? error.message : String(error)] };
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  const sorted = [...fields].sort((a, b) => b.length - a.length);
  for (const issue of error.body.issues ?? []) {
    const path = issuePath(issue);
    const field = sorted.find((f) => path === f || path.startsWith(`${f}.`));
    if (field) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
    else rest.push(path ? `${path}: ${issue.message}` : issue.message);
  }
  if (byField.size === 0 && rest.length === 0) rest.push(error.message);
  return { fields: [...byField].map(([name, errors]) => ({ name: name.split('.'), errors })), rest };
}

/** The part of an antd FormInstance that shows field errors (any form's field names). */
interface FieldErrorTarget {
  // biome-ignore lint/suspicious/noExplicitAny: antd types field names per form; these come from the server.
  setFields: (fields: { name: any; errors: string[] }[]) => void;
}

/** Shows server field issues next to their fields; returns the messages that belong to no field. */
export function showFieldErrors(
  form: FieldErrorTarget,
  error: unknown,
  fieldNames: readonly string[],
): string[] {
  const { fields, rest } = fieldErrors(error, fieldNames);
  form.setFields(fields);
  return rest;
}

/** An error without a field path that still belongs to one field, as if the server had named it. */
export function fieldError(field: string, error: ApiError): ApiError {
  return new ApiError(error.status, {
    ...error.body,
    issues: [{ path: ['body', ...field.split('.')], rule: error.body.code, message: error.message }],
  });
}
