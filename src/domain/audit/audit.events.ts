import type { Role } from '../auth/roles.ts';

/**
 * The typed audit events. Stored as {type, data}; rendered to text only when read, in the
 * reader's language. Append-only and hash-chained in the database.
 */
export type AuditEvent =
  | { type: 'auth.login'; data: { login: string } }
  | { type: 'auth.login_failed'; data: { login: string } }
  | { type: 'auth.logout'; data: Record<string, never> }
  | { type: 'auth.locked'; data: { login: string; failures: number; until: string } }
  | { type: 'user.created'; data: { login: string; orgId: string; roles: Role[] } }
  | { type: 'user.updated'; data: { roles?: Role[]; isActive?: boolean; passwordChanged?: boolean } }
  | { type: 'map.created'; data: { versionNumber: number; fromDocument: boolean } }
  | { type: 'map.section_saved'; data: { versionNumber: number; section: string; revision: number } }
  | { type: 'map.section_deleted'; data: { versionNumber: number; section: string; revision: number } }
  | { type: 'map.sectors_reordered'; data: { versionNumber: number; revision: number } }
  | { type: 'map.submitted'; data: { versionNumber: number; receivedOn: string; reviewDue: string } }
  | { type: 'map.draft_started'; data: { versionNumber: number; basedOn: number } }
  | { type: 'map.agreed'; data: { versionNumber: number; reason: string; openFindings: number } }
  | { type: 'map.returned'; data: { versionNumber: number; reason: string; openFindings: number } }
  | { type: 'map.approved'; data: { versionNumber: number; approvedOn: string; publicationDue: string } }
  | { type: 'map.published'; data: { versionNumber: number; publishedOn: string; onTime: boolean } }
  | {
      type: 'map.amendment_started';
      data: { versionNumber: number; basedOn: number; ground: number; justification: string };
    }
  | { type: 'finding.added'; data: { versionNumber: number; findingId: string; section: string } }
  | { type: 'finding.answered'; data: { versionNumber: number; findingId: string } }
  | { type: 'finding.resolved'; data: { versionNumber: number; findingId: string } }
  | {
      type: 'calendar.day_set';
      data: { date: string; before: { kind: string; source: string } | null; kind: string; source: string };
    }
  | { type: 'calendar.day_removed'; data: { date: string; before: { kind: string; source: string } } }
  | { type: 'reference.created'; data: { kind: string } }
  | { type: 'reference.updated'; data: { kind: string } }
  | {
      type: 'project.opened';
      data: { caseId: string; how: 'auto' | 'manual'; teamDue: string; reengineeringDue: string };
    }
  | { type: 'project.part_saved'; data: { part: string; revision: number } }
  | { type: 'project.stage_changed'; data: { action: string; from: string; to: string; reason?: string } }
  | { type: 'project.target_answered'; data: { answer: 'agree' | 'disagree'; reason: string } }
  | {
      type: 'project.commission_decided';
      data: { decision: 'agreed' | 'rejected'; protocolNumber: string; protocolDate: string; reason: string };
    }
  | {
      type: 'project.deadline_change_requested';
      data: { changeId: string; ground: number; previousDue: string; newDue: string; protocolNumber: string };
    }
  | {
      type: 'project.deadline_change_decided';
      data: {
        changeId: string;
        decision: 'approved' | 'rejected';
        previousDue: string;
        newDue: string;
        reason: string;
      };
    }
  | { type: 'variant.saved'; data: { kind: string; revision: number; projectId: string | null } }
  | { type: 'process.created'; data: { status: string; revision: number } }
  | { type: 'process.updated'; data: { status: string; revision: number } }
  | { type: 'monitoring.period_opened'; data: { period: string; due: string; versionNumber: number } }
  | {
      type: 'monitoring.actuals_saved';
      data: { period: string; rows: { key: string; revision: number; evidenceSha256: string | null }[] };
    }
  | { type: 'monitoring.cells_saved'; data: { period: string; count: number } }
  | { type: 'monitoring.period_submitted'; data: { period: string } }
  | { type: 'monitoring.period_locked'; data: { period: string } }
  | { type: 'documents.bundle_requested'; data: { formats: string[]; locales: string[] } };

export type AuditSubjectType =
  | 'user'
  | 'map'
  | 'reference'
  | 'session'
  | 'calendar'
  | 'project'
  | 'process'
  | 'reporting_period'
  | 'document_bundle';
