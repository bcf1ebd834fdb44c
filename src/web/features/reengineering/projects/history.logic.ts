import type { Locale } from '../../../../domain/locale.ts';
import { formatDate } from '../../../components/ui/format.ts';
import type { Message } from './project.logic.ts';

/** An event of the project's audit trail as GET /api/audit/project/:id returns it. */
export interface ProjectHistoryEvent {
  seq: number;
  at: string;
  actorName: string | null;
  type: string;
  data: Record<string, unknown>;
  /** The process a model save was about (variant.saved), else null. */
  processId: string | null;
}

/** Saves of the content and of the models: many a day, hidden unless the reader asks for them. */
export const PROJECT_SAVE_EVENTS = ['project.part_saved', 'variant.saved'];

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | string => (typeof v === 'number' ? v : typeof v === 'string' ? v : '?');

export interface HistoryContext {
  locale: Locale;
  /** The name of a process of the project in the reader's language. */
  processName: (id: string | null) => string;
}

/**
 * One message per audit event type (src/domain/audit/audit.events.ts, project.* and the model
 * saves), in the reader's language: dates as 09.04.2026, parts, stages and kinds translated by the
 * caller through the nested keys (`part`, `stage`, `kind` are catalog keys themselves).
 */
export function projectHistoryMessage(
  e: Pick<ProjectHistoryEvent, 'type' | 'data' | 'processId'>,
  ctx: HistoryContext,
): Message {
  const d = e.data;
  const date = (v: unknown) => formatDate(str(v), ctx.locale) || str(v);
  switch (e.type) {
    case 'project.opened':
      return {
        key: d.how === 'manual' ? 'project.hist.openedManual' : 'project.hist.opened',
        params: { teamDue: date(d.teamDue), due: date(d.reengineeringDue) },
      };
    case 'project.part_saved':
      return {
        key: 'project.hist.partSaved',
        params: { part: `project.part.${str(d.part)}`, revision: num(d.revision) },
      };
    case 'project.stage_changed': {
      const action = str(d.action);
      const reason = str(d.reason).trim();
      return {
        key: reason ? 'project.hist.stageChangedReason' : 'project.hist.stageChanged',
        params: { action: `project.action.${action}`, stage: `project.stage.${str(d.to)}`, reason },
      };
    }
    case 'project.target_answered': {
      const reason = str(d.reason).trim();
      const key = d.answer === 'disagree' ? 'project.hist.disagreed' : 'project.hist.agreed';
      return { key: reason ? `${key}Reason` : key, params: { reason } };
    }
    case 'project.commission_decided': {
      const reason = str(d.reason).trim();
      const key =
        d.decision === 'rejected' ? 'project.hist.commissionRejected' : 'project.hist.commissionAgreed';
      return {
        key: reason ? `${key}Reason` : key,
        params: { number: str(d.protocolNumber), date: date(d.protocolDate), reason },
      };
    }
    case 'project.deadline_change_requested':
      return {
        key: 'project.hist.deadlineRequested',
        params: {
          ground: num(d.ground),
          from: date(d.previousDue),
          to: date(d.newDue),
          number: str(d.protocolNumber),
        },
      };
    case 'project.deadline_change_decided': {
      const reason = str(d.reason).trim();
      const key =
        d.decision === 'approved' ? 'project.hist.deadlineApproved' : 'project.hist.deadlineRejected';
      return {
        key: reason ? `${key}Reason` : key,
        params: { from: date(d.previousDue), to: date(d.newDue), reason },
      };
    }
    case 'variant.saved':
      return {
        key: 'project.hist.modelSaved',
        params: {
          kind: `project.kind.${str(d.kind)}`,
          process: ctx.processName(e.processId),
          revision: num(d.revision),
        },
      };
    default:
      return { key: 'project.hist.other', params: { type: e.type } };
  }
}

/** The parameters that are catalog keys themselves (translated before the sentence). */
export const NESTED_PARAMS = ['part', 'action', 'stage', 'kind'] as const;
