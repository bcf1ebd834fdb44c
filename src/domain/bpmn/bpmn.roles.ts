import type { BpmnModel } from './bpmn.model.ts';
import { normalizeName } from './bpmn.text.ts';

/**
 * Roles of a process model. A node's role is its lane, else its pool, else none. The applicant —
 * the citizen or organisation the state service is for — is recognised by the name of the lane or
 * pool (the model shows every interaction with the applicant), in kk, ru or en, ignoring case and
 * ё/е. A node is the applicant's when its lane or its pool is named as the applicant.
 */

/** Words naming the applicant, normalized (lowercase, ё→е). Matched as substrings of a name. */
export const APPLICANT_NAME_MARKERS: readonly string[] = [
  // kk
  'өтініш беруші',
  'көрсетілетін қызметті алушы',
  'қызмет алушы',
  'азамат',
  'клиент',
  // ru ('клиент' as in kk)
  'заявитель',
  'услугополучатель',
  'гражданин',
  'получатель услуги',
  // en
  'applicant',
  'citizen',
  'customer',
  'service recipient',
].map(normalizeName);

/** True when a lane or pool name names the applicant ('Заявитель', 'Өтініш беруші', 'Citizen'…). */
export function isApplicantName(name: string): boolean {
  const n = normalizeName(name);
  return n !== '' && APPLICANT_NAME_MARKERS.some((m) => n.includes(m));
}

/** Role lookups over one model, built once for analyses that ask about every element. */
export interface RoleIndex {
  /** A node's lane id, else its pool id, else null; a pool's own id; null for anything else. */
  roleOf(elementId: string): string | null;
  /** The name of a lane or pool, '' when unknown. */
  roleName(roleId: string | null): string;
  /** A node's pool id, or a pool's own id; else null. */
  participantOf(elementId: string): string | null;
  /** True when a node's lane or pool, or the pool itself, is named as the applicant. */
  isApplicant(elementId: string): boolean;
}

export function roleIndex(model: BpmnModel): RoleIndex {
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const laneNames = new Map(model.lanes.map((l) => [l.id, l.name]));
  const poolNames = new Map(model.participants.map((p) => [p.id, p.name]));
  const applicantName = (id: string | null) => {
    if (id === null) return false;
    const name = laneNames.get(id) ?? poolNames.get(id);
    return name !== undefined && isApplicantName(name);
  };
  return {
    roleOf(id) {
      const node = nodes.get(id);
      if (node) return node.laneId ?? node.participantId;
      return poolNames.has(id) ? id : null;
    },
    roleName(id) {
      return id === null ? '' : (laneNames.get(id) ?? poolNames.get(id) ?? '');
    },
    participantOf(id) {
      const node = nodes.get(id);
      if (node) return node.participantId;
      return poolNames.has(id) ? id : null;
    },
    isApplicant(id) {
      const node = nodes.get(id);
      if (node) return applicantName(node.laneId) || applicantName(node.participantId);
      return poolNames.has(id) && applicantName(id);
    },
  };
}

/**
 * The role of an element: for a flow node its lane's id, else its pool's id, else null; for a
 * pool (an end of a message flow drawn to the pool's border) the pool itself.
 */
export function roleOf(model: BpmnModel, elementId: string): string | null {
  return roleIndex(model).roleOf(elementId);
}

/** True when the element (a node, or a pool) is the applicant's: its lane or its pool is named so. */
export function isApplicantNode(model: BpmnModel, elementId: string): boolean {
  return roleIndex(model).isApplicant(elementId);
}
