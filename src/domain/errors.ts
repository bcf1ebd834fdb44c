/** Every error the platform reports, as a stable code the web app translates. */
export type ErrorCode =
  | 'auth.required'
  | 'auth.invalid_credentials'
  | 'auth.forbidden'
  | 'auth.user_inactive'
  | 'auth.locked'
  | 'auth.csrf'
  | 'validation.failed'
  | 'request.too_large'
  | 'not_found'
  | 'rate_limited'
  | 'documents.busy'
  | 'documents.pdf_unavailable'
  | 'map.exists'
  | 'map.not_found'
  | 'map.version_not_editable'
  | 'map.section_conflict'
  | 'map.section_unknown'
  | 'map.has_blocking_findings'
  | 'map.draft_exists'
  | 'map.import_invalid'
  | 'map.revision_conflict'
  | 'workflow.not_allowed_in_status'
  | 'amendment.too_early'
  | 'user.login_taken'
  | 'user.role_not_allowed_for_org'
  | 'reference.in_use'
  | 'project.not_found'
  | 'project.exists'
  | 'project.case_not_scheduled'
  | 'project.part_conflict'
  | 'project.team_invalid'
  | 'project.as_is_incomplete'
  | 'project.plan_incomplete'
  | 'project.commission_pending'
  | 'project.not_allowed_in_stage'
  | 'bpmn.empty'
  | 'bpmn.malformed'
  | 'bpmn.not_bpmn'
  | 'bpmn.invalid'
  | 'bpmn.no_process'
  | 'bpmn.no_diagram'
  | 'bpmn.too_large'
  | 'variant.conflict'
  | 'variant.not_found'
  | 'variant.not_allowed_in_stage'
  | 'deadline_change.file_too_large'
  | 'deadline_change.file_invalid'
  | 'deadline_change.leader_missing'
  | 'deadline_change.already_decided'
  | 'registry.not_found'
  | 'registry.conflict'
  | 'monitoring.no_map_in_force'
  | 'monitoring.period_not_found'
  | 'monitoring.period_locked'
  | 'monitoring.period_status'
  | 'monitoring.rows_invalid'
  | 'monitoring.actual_conflict'
  | 'monitoring.evidence_too_large'
  | 'monitoring.evidence_invalid'
  | 'xlsx.not_xlsx'
  | 'xlsx.too_large'
  | 'xlsx.no_sheet'
  | 'xlsx.missing_column'
  | 'xlsx.too_many_rows'
  | 'xlsx.no_values'
  | 'internal';

/** One field-level problem: the JSON path of the field and the rule it broke. */
export interface FieldIssue {
  path: (string | number)[];
  rule: string;
  /** Extra values for the message (e.g. the maximum length). */
  params?: Record<string, string | number>;
}

/** The single error type of the application; the HTTP layer maps `code` to a status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: { issues?: FieldIssue[]; [key: string]: unknown } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}
