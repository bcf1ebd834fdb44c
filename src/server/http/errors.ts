import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ErrorBody } from '../../api/common.ts';
import { errorMessage, ruleMessage } from '../../api/messages.ts';
import { AppError, type ErrorCode, type FieldIssue } from '../../domain/errors.ts';
import { requestLocale } from './locale.ts';

/** The one table from error code to HTTP status. */
const STATUS: Record<ErrorCode, number> = {
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.forbidden': 403,
  'auth.user_inactive': 403,
  // Too many failed sign-ins for the account: locked for a while (not the per-address rate limit).
  'auth.locked': 429,
  // An unsafe request with the session cookie but without the app's own header: a cross-site form.
  'auth.csrf': 403,
  'validation.failed': 400,
  'request.too_large': 413,
  not_found: 404,
  rate_limited: 429,
  'documents.busy': 503,
  'documents.pdf_unavailable': 503,
  'map.exists': 409,
  'map.not_found': 404,
  'map.version_not_editable': 409,
  'map.section_conflict': 409,
  'map.section_unknown': 404,
  'map.has_blocking_findings': 409,
  'map.draft_exists': 409,
  // Per-row problems of an uploaded workbook, like monitoring.rows_invalid.
  'map.import_invalid': 400,
  'map.revision_conflict': 409,
  'workflow.not_allowed_in_status': 409,
  'amendment.too_early': 409,
  'user.login_taken': 409,
  'user.role_not_allowed_for_org': 400,
  'reference.in_use': 409,
  'project.not_found': 404,
  'project.exists': 409,
  'project.case_not_scheduled': 409,
  'project.part_conflict': 409,
  'project.team_invalid': 409,
  'project.as_is_incomplete': 409,
  'project.plan_incomplete': 409,
  'project.commission_pending': 409,
  'project.not_allowed_in_stage': 409,
  'bpmn.empty': 400,
  'bpmn.malformed': 400,
  'bpmn.not_bpmn': 400,
  'bpmn.invalid': 400,
  'bpmn.no_process': 400,
  'bpmn.no_diagram': 400,
  'bpmn.too_large': 413,
  'variant.conflict': 409,
  'variant.not_found': 404,
  'variant.not_allowed_in_stage': 409,
  'deadline_change.file_too_large': 413,
  'deadline_change.file_invalid': 400,
  'deadline_change.leader_missing': 409,
  'deadline_change.already_decided': 409,
  'registry.not_found': 404,
  'registry.conflict': 409,
  'monitoring.no_map_in_force': 409,
  'monitoring.period_not_found': 404,
  'monitoring.period_locked': 409,
  'monitoring.period_status': 409,
  'monitoring.rows_invalid': 400,
  'monitoring.actual_conflict': 409,
  'monitoring.evidence_too_large': 413,
  'monitoring.evidence_invalid': 400,
  'xlsx.not_xlsx': 400,
  'xlsx.too_large': 413,
  'xlsx.no_sheet': 400,
  'xlsx.missing_column': 400,
  'xlsx.too_many_rows': 400,
  'xlsx.no_values': 400,
  internal: 500,
};

const NAMED_RULES = new Set([
  'id',
  'duplicate_id',
  'iso_date',
  'password_letter',
  'password_digit',
  'login_format',
]);

/** Field issues from zod issues: the JSON path and the rule, with the values a message needs. */
export function issuesFromZod(
  issues: readonly z.core.$ZodIssue[],
  prefix: (string | number)[] = [],
): FieldIssue[] {
  return issues.map((i) => fieldIssue(i.code, i.message, [...prefix, ...i.path.map(pathKey)], i as never));
}

function pathKey(p: PropertyKey): string | number {
  return typeof p === 'symbol' ? String(p) : p;
}

function fieldIssue(
  code: string,
  message: string,
  path: (string | number)[],
  raw: Record<string, unknown>,
): FieldIssue {
  const rule = NAMED_RULES.has(message)
    ? message
    : // zod 4 does not keep the input on the issue; its message says when the value was absent.
      code === 'invalid_type' && message.includes('received undefined')
      ? 'required'
      : code;
  const params: Record<string, string | number> = {};
  for (const k of ['minimum', 'maximum', 'expected', 'divisor', 'format'] as const) {
    const v = raw[k];
    if (typeof v === 'number' || typeof v === 'string') params[k] = v;
    if (typeof v === 'bigint') params[k] = String(v);
  }
  if (Array.isArray(raw.values)) params.values = raw.values.map((v) => JSON.stringify(v)).join(', ');
  if (Array.isArray(raw.keys)) params.keys = raw.keys.join(', ');
  return { path, rule, params };
}

/** Values a message may quote: the number of issues or findings, and scalar details. */
function messageParams(issues: FieldIssue[] | undefined, details: Record<string, unknown> | undefined) {
  const params: Record<string, string | number> = {
    count: issues?.length ?? (Array.isArray(details?.findings) ? details.findings.length : 0),
  };
  for (const [k, v] of Object.entries(details ?? {})) {
    // Dates read as officials write them (09.04.2026); the details keep the ISO form for programs.
    if (typeof v === 'string')
      params[k] = /^\d{4}-\d{2}-\d{2}$/.test(v) ? v.split('-').reverse().join('.') : v;
    else if (typeof v === 'number') params[k] = v;
  }
  return params;
}

/** Turns any thrown error into the JSON error body, in the caller's language; 5xx never leak internals. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const locale = requestLocale(request);
  let code: ErrorCode;
  let issues: FieldIssue[] | undefined;
  let details: Record<string, unknown> | undefined;

  if (error instanceof AppError) {
    code = error.code;
    const { issues: i, ...rest } = error.details;
    issues = i;
    details = Object.keys(rest).length ? rest : undefined;
  } else if (hasZodFastifySchemaValidationErrors(error)) {
    code = 'validation.failed';
    const where = (error as FastifyError).validationContext ?? 'body';
    issues = error.validation.map((v) =>
      fieldIssue(
        v.keyword,
        v.message ?? '',
        [
          where,
          ...v.instancePath
            .split('/')
            .filter(Boolean)
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
        ],
        v.params as Record<string, unknown>,
      ),
    );
  } else {
    const fe = error as FastifyError;
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') code = 'request.too_large';
    else if (fe.statusCode === 429) code = 'rate_limited';
    else if (fe.statusCode === 404) code = 'not_found';
    else if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      // Malformed JSON, wrong content type, empty body…: a client error, named as a validation failure.
      code = 'validation.failed';
      issues = [{ path: ['body'], rule: 'invalid_format' }];
    } else {
      code = 'internal';
      request.log.error({ err: error }, 'unhandled error');
    }
  }

  const body: ErrorBody = {
    code,
    message: errorMessage(code, locale, messageParams(issues, details)),
    ...(issues
      ? {
          issues: issues.map((i) => ({
            path: i.path,
            rule: i.rule,
            message: ruleMessage(i.rule, locale, i.params),
            ...(i.params && Object.keys(i.params).length ? { params: i.params } : {}),
          })),
        }
      : {}),
    ...(details ? { details } : {}),
  };
  return reply.status(STATUS[code]).send(body);
}
