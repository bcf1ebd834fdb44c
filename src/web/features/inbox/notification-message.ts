import { type Locale, type LocalizedText, pickText } from '../../../domain/locale.ts';
import { parsePeriod, periodLabel } from '../../../domain/monitoring/period.ts';
import { formatDate } from '../../components/ui/format.ts';

/** A row of the inbox as GET /api/notifications returns it. */
export interface NotificationItem {
  id: string;
  type: string;
  data: Record<string, unknown>;
  createdAt: string;
  read: boolean;
}

export interface InboxResponse {
  unread: number;
  items: NotificationItem[];
}

/**
 * The events the server notifies about (server/workflow/workflow.actions.ts,
 * server/reengineering/projects.actions.ts and server/jobs/deadline.job.ts). Each has one message
 * in the catalogs: `inbox.msg.<type>`.
 */
export const NOTIFICATION_TYPES = [
  'map.submitted',
  'map.returned',
  'map.agreed',
  'map.approved',
  'map.published',
  'finding.added',
  'finding.answered',
  'deadline.review_reminder',
  'deadline.review_escalation',
  'deadline.publication_reminder',
  'deadline.publication_escalation',
  // Reengineering projects (R.29–R.37)
  'project.opened',
  'project.plan_submitted',
  'project.agreement_requested',
  'project.commission_requested',
  'project.commission_agreed',
  'project.commission_rejected',
  'project.plan_approved',
  'project.plan_returned',
  'project.deadline_change_requested',
  'project.deadline_change_decided',
  'deadline.team_reminder',
  'deadline.team_escalation',
  'deadline.results_publication_reminder',
  'deadline.results_publication_escalation',
  // Monitoring reports (R.25–R.28; server/monitoring, server/jobs/deadline.job.ts)
  'deadline.report_reminder',
  'deadline.report_escalation',
  'monitoring.report_submitted',
  'monitoring.report_locked',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

const isKnown = (type: string): type is NotificationType =>
  (NOTIFICATION_TYPES as readonly string[]).includes(type);

/** Reminders and escalations of a term: shown with a warning mark. */
export const isDeadlineType = (type: string): boolean => type.startsWith('deadline.');

export interface NotificationMessage {
  /** The catalog key of the sentence (namespace translation). */
  key: string;
  params: Record<string, string | number>;
  /** The reason of a decision (agree / return), shown under the sentence as the reader wrote it. */
  reason: string | null;
  /** The map version the event is about, for the link /maps/$mapId/v/$number. */
  link: { mapId: string; number: string } | null;
  /** The reengineering project the event is about, for the link /projects/$projectId. */
  project: { projectId: string } | null;
  /** The monitoring report the event is about, for the link /monitoring/$mapId/report/$period. */
  monitoring: { mapId: string; period: string } | null;
  tone: 'info' | 'success' | 'warning' | 'error';
}

const TONE: Record<NotificationType, NotificationMessage['tone']> = {
  'map.submitted': 'info',
  'map.returned': 'warning',
  'map.agreed': 'success',
  'map.approved': 'success',
  'map.published': 'success',
  'finding.added': 'info',
  'finding.answered': 'info',
  'deadline.review_reminder': 'warning',
  'deadline.review_escalation': 'error',
  'deadline.publication_reminder': 'warning',
  'deadline.publication_escalation': 'error',
  'project.opened': 'info',
  'project.plan_submitted': 'info',
  'project.agreement_requested': 'info',
  'project.commission_requested': 'warning',
  'project.commission_agreed': 'success',
  'project.commission_rejected': 'warning',
  'project.plan_approved': 'success',
  'project.plan_returned': 'warning',
  'project.deadline_change_requested': 'info',
  'project.deadline_change_decided': 'info',
  'deadline.team_reminder': 'warning',
  'deadline.team_escalation': 'error',
  'deadline.results_publication_reminder': 'warning',
  'deadline.results_publication_escalation': 'error',
  'deadline.report_reminder': 'warning',
  'deadline.report_escalation': 'error',
  'monitoring.report_submitted': 'info',
  'monitoring.report_locked': 'success',
};

/** Events whose reason (a decision's, a refusal's) is shown under the sentence. */
const WITH_REASON: readonly string[] = [
  'map.returned',
  'map.agreed',
  'project.commission_rejected',
  'project.commission_agreed',
  'project.plan_returned',
  'project.deadline_change_decided',
];

const isLocalized = (v: unknown): v is LocalizedText =>
  typeof v === 'object' && v !== null && typeof (v as { ru?: unknown }).ru === 'string';

/**
 * The sentence of a notification in the reader's language: its catalog key and the values it
 * needs (organisation in the reader's language, version number, due date as 09.04.2026).
 * Data a type does not carry is left out; an unknown type still reads as something.
 */
export function notificationMessage(
  n: Pick<NotificationItem, 'type' | 'data'>,
  locale: Locale,
): NotificationMessage {
  const d = n.data ?? {};
  const mapId = typeof d.mapId === 'string' ? d.mapId : null;
  const version = typeof d.versionNumber === 'number' ? d.versionNumber : null;
  const organisation = isLocalized(d.organisation) ? pickText(d.organisation, locale) : '';
  const due = typeof d.due === 'string' ? formatDate(d.due, locale) : '';
  const reason = typeof d.reason === 'string' && d.reason.trim() ? d.reason.trim() : null;
  const link = mapId && version !== null ? { mapId, number: String(version) } : null;
  const project = typeof d.projectId === 'string' ? { projectId: d.projectId } : null;
  const periodKey = typeof d.period === 'string' ? d.period : null;
  const monitoring = mapId && periodKey ? { mapId, period: periodKey } : null;
  if (!isKnown(n.type))
    return {
      key: 'inbox.msg.unknown',
      params: { type: n.type },
      reason,
      link,
      project,
      monitoring,
      tone: 'info',
    };
  const caseName = isLocalized(d.caseName) ? pickText(d.caseName, locale) : '';
  const params: Record<string, string | number> = {
    organisation: organisation || '—',
    version: version ?? '—',
    due: due || '—',
  };
  if (n.type.startsWith('project.') || project) params.case = caseName || '—';
  if (periodKey) {
    const p = parsePeriod(periodKey);
    params.period = p ? periodLabel(p, locale) : periodKey;
  }
  return {
    key: `inbox.msg.${n.type}`,
    params,
    reason: WITH_REASON.includes(n.type) ? reason : null,
    link,
    project,
    monitoring,
    tone: TONE[n.type],
  };
}
