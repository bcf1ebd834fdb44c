import type { BpmnModel } from './bpmn.model.ts';
import { roleIndex } from './bpmn.roles.ts';
import { normalizeName } from './bpmn.text.ts';

/**
 * What changed from one variant of a process model to another (as-is → target → optimal), over
 * pools, lanes, flow nodes, sequence flows, message flows and data objects.
 *
 * Elements are matched by id first (a variant made by editing a copy keeps the ids of what it did
 * not touch), among elements of the same kind. Elements left over are then matched by kind, type
 * and normalized name (lowercase, ё→е, whitespace collapsed) when exactly one element on each side
 * is left with that key — so a variant drawn from scratch still matches its named elements.
 * Unnamed elements are never matched by name.
 *
 * A matched pair is `changed` when its name (exact, after trimming), type, role (the name of its
 * lane or pool, normalized — lanes of two drawings rarely share ids), source or target (the
 * counterpart of the source in the other model, through the matching) differ.
 */

export type DiffField = 'name' | 'type' | 'role' | 'source' | 'target';

export interface BpmnChange {
  /** The element's id in `b`. */
  id: string;
  /** The element's id in `a`. */
  aId: string;
  fields: DiffField[];
}

export interface BpmnDiff {
  /** Ids in `b` with no counterpart in `a`. */
  added: string[];
  /** Ids in `a` with no counterpart in `b`. */
  removed: string[];
  changed: BpmnChange[];
  /** Ids in `b` of matched elements without a change. */
  unchanged: string[];
}

type Kind = 'participant' | 'lane' | 'node' | 'sequenceFlow' | 'messageFlow' | 'dataObject';

interface Item {
  kind: Kind;
  id: string;
  type: string;
  name: string;
  /** The normalized name of the lane or pool the element is in; '' when not applicable. */
  role: string;
  sourceId: string | null;
  targetId: string | null;
}

function itemsOf(model: BpmnModel): Item[] {
  const roles = roleIndex(model);
  const flat = (kind: Kind, type: string, id: string, name: string, role = '') => ({
    kind,
    id,
    type,
    name,
    role,
    sourceId: null,
    targetId: null,
  });
  const poolName = (id: string | null) => normalizeName(roles.roleName(id));
  return [
    ...model.participants.map((p) => flat('participant', 'Participant', p.id, p.name)),
    ...model.lanes.map((l) => flat('lane', 'Lane', l.id, l.name, poolName(l.participantId))),
    ...model.nodes.map((n) => flat('node', n.type, n.id, n.name, poolName(roles.roleOf(n.id)))),
    ...model.sequenceFlows.map((f) => ({
      ...flat('sequenceFlow', 'SequenceFlow', f.id, f.name),
      sourceId: f.sourceId,
      targetId: f.targetId,
    })),
    ...model.messageFlows.map((f) => ({
      ...flat('messageFlow', 'MessageFlow', f.id, f.name),
      sourceId: f.sourceId,
      targetId: f.targetId,
    })),
    ...model.dataObjects.map((d) => flat('dataObject', d.kind, d.id, d.name)),
  ];
}

export function diffModels(a: BpmnModel, b: BpmnModel): BpmnDiff {
  const itemsA = itemsOf(a);
  const itemsB = itemsOf(b);

  /** a id → b id, and back. */
  const toB = new Map<string, string>();
  const toA = new Map<string, string>();
  const match = (ia: Item, ib: Item) => {
    toB.set(ia.id, ib.id);
    toA.set(ib.id, ia.id);
  };

  // 1. Same id, same kind.
  const byIdA = new Map(itemsA.map((i) => [i.id, i]));
  for (const ib of itemsB) {
    const ia = byIdA.get(ib.id);
    if (ia && ia.kind === ib.kind && !toB.has(ia.id)) match(ia, ib);
  }

  // 2. Same kind, type and normalized name, unique among the elements left on both sides.
  const key = (i: Item) => `${i.kind}\u0000${i.type}\u0000${normalizeName(i.name)}`;
  const leftByKey = (items: Item[], matched: Map<string, string>) => {
    const groups = new Map<string, Item[]>();
    for (const i of items) {
      if (matched.has(i.id) || normalizeName(i.name) === '') continue;
      const k = key(i);
      groups.set(k, [...(groups.get(k) ?? []), i]);
    }
    return groups;
  };
  const leftA = leftByKey(itemsA, toB);
  const leftB = leftByKey(itemsB, toA);
  for (const [k, ibs] of leftB) {
    const ias = leftA.get(k);
    if (ibs.length === 1 && ias?.length === 1) match(ias[0], ibs[0]);
  }

  const diff: BpmnDiff = { added: [], removed: [], changed: [], unchanged: [] };
  for (const ib of itemsB) {
    const aId = toA.get(ib.id);
    const ia = aId === undefined ? undefined : byIdA.get(aId);
    if (!ia) {
      diff.added.push(ib.id);
      continue;
    }
    const fields: DiffField[] = [];
    if (ia.name !== ib.name) fields.push('name');
    if (ia.type !== ib.type) fields.push('type');
    if (ia.role !== ib.role) fields.push('role');
    const counterpart = (id: string | null) => (id === null ? null : (toB.get(id) ?? `\u0000${id}`));
    if (counterpart(ia.sourceId) !== ib.sourceId) fields.push('source');
    if (counterpart(ia.targetId) !== ib.targetId) fields.push('target');
    if (fields.length) diff.changed.push({ id: ib.id, aId: ia.id, fields });
    else diff.unchanged.push(ib.id);
  }
  for (const ia of itemsA) if (!toB.has(ia.id)) diff.removed.push(ia.id);
  return diff;
}
