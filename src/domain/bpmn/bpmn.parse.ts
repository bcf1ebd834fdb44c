import { BpmnModdle } from 'bpmn-moddle';
import type {
  BpmnDataObject,
  BpmnEdge,
  BpmnFlow,
  BpmnLane,
  BpmnModel,
  BpmnNode,
  BpmnParticipant,
  BpmnProcess,
  BpmnShape,
} from './bpmn.model.ts';

/**
 * Reading a BPMN 2.0 file into the normalized `BpmnModel` (R.32–R.40: the as-is, target and
 * optimal models of a process are uploaded or drawn as BPMN). Parsing never throws: a file the
 * platform cannot work with is refused with a problem code, checked in this order:
 * - `too_large`: over `BPMN_MAX_BYTES` in UTF-8 (checked before any parsing);
 * - `empty`: nothing but whitespace;
 * - `malformed`: not XML, or XML that is not well-formed (detail: the parser's message with the
 *   1-based line and column);
 * - `not_bpmn`: well-formed XML whose root is not `definitions` in the BPMN 2.0 model namespace;
 * - `invalid`: anything bpmn-moddle warns about (an unknown element or attribute, an unresolved
 *   reference, a duplicate id, stray text…) — a warning is an error here, since a model read
 *   partially would give wrong metrics; also a sequence flow not between two flow nodes, or a
 *   message flow not between flow nodes or pools (detail: the first problem);
 * - `no_process`: no process holds a flow node;
 * - `no_diagram`: no diagram with shapes, or a pool, lane or flow node without a shape, or a
 *   sequence or message flow without an edge (detail: that element's id) — the platform shows
 *   every model as a diagram, and a model without its layout cannot be shown or edited.
 */

export const BPMN_MAX_BYTES = 2 * 1024 * 1024;

export const BPMN_MODEL_NAMESPACE = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

export const BPMN_PROBLEM_CODES = [
  'too_large',
  'empty',
  'malformed',
  'not_bpmn',
  'invalid',
  'no_process',
  'no_diagram',
] as const;
export type BpmnProblemCode = (typeof BPMN_PROBLEM_CODES)[number];

export interface BpmnProblem {
  code: BpmnProblemCode;
  detail?: string;
}

export type BpmnParseResult = { ok: true; model: BpmnModel } | { ok: false; error: BpmnProblem };

// ---------------------------------------------------------------------------------------------
// Moddle elements, read structurally

/** A bpmn-moddle element: its properties are plain fields, references are resolved elements. */
interface El {
  $type: string;
  id?: string;
  name?: string;
  $instanceOf(type: string): boolean;
  [key: string]: unknown;
}

const isEl = (v: unknown): v is El =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as El).$type === 'string';
const many = (el: El | undefined, key: string): El[] => {
  const v = el?.[key];
  return Array.isArray(v) ? v.filter(isEl) : [];
};
const one = (el: El | undefined, key: string): El | undefined => {
  const v = el?.[key];
  return isEl(v) ? v : undefined;
};
const nameOf = (el: El | undefined) => (typeof el?.name === 'string' ? el.name.trim() : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const typeOf = (el: El) => el.$type.replace(/^bpmn:/, '');

/** 'bpmn:TimerEventDefinition' → 'timer'; several definitions → 'multiple'. */
function eventKindOf(el: El): string | null {
  const defs = many(el, 'eventDefinitions');
  if (defs.length === 0) return null;
  if (defs.length > 1) return 'multiple';
  const kind = typeOf(defs[0]).replace(/EventDefinition$/, '');
  return kind.charAt(0).toLowerCase() + kind.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Moddle messages

/** Longest quote of the file's content in a problem's detail. */
const QUOTE_MAX = 120;

/** One line, cut to `max` characters. */
function oneLine(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/**
 * Moddle reports 'unparsable content <x> detected\n\tline: 0\n\tcolumn: 12\n\tnested error: …'
 * with 0-based positions, quoting the content it could not read (for a text file, all of it);
 * this makes it one line, with 1-based positions and the quote cut short.
 */
function readable(message: string): string {
  const m = /^([\s\S]*?)\n\s*line: (\d+)\n\s*column: (\d+)\n\s*nested error: ([\s\S]*)$/.exec(message);
  if (!m) return oneLine(message, 2 * QUOTE_MAX);
  const [, what, line, column, nested] = m;
  const position = `line ${Number(line) + 1}, column ${Number(column) + 1}`;
  return `${oneLine(nested, QUOTE_MAX)}: ${oneLine(what, QUOTE_MAX)} (${position})`;
}

const problem = (code: BpmnProblemCode, detail?: string): BpmnParseResult => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

/** True when the UTF-8 encoding of `text` is longer than `limit` bytes. */
function overBytes(text: string, limit: number): boolean {
  // A UTF-16 code unit takes 1 to 3 bytes in UTF-8 (a surrogate pair, 2 units, takes 4), so the
  // length in code units bounds the byte length: encode only when the bounds do not decide.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}

let moddle: BpmnModdle | undefined;

/** Reads a BPMN 2.0 XML file into the normalized model, or says why it cannot. Never throws. */
/** The bounds of a DI element's BPMNLabel, when the modeller stored them. */
function labelBounds(el: El): { x: number; y: number; width: number; height: number } | undefined {
  const b = one(one(el, 'label'), 'bounds');
  if (!b) return undefined;
  return { x: num(b.x), y: num(b.y), width: num(b.width), height: num(b.height) };
}

export async function parseBpmn(xml: string): Promise<BpmnParseResult> {
  if (overBytes(xml, BPMN_MAX_BYTES)) return problem('too_large', String(BPMN_MAX_BYTES));
  // A byte order mark is not content (editors on Windows write one).
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (text.trim() === '') return problem('empty');

  moddle ??= new BpmnModdle();
  let definitions: El;
  try {
    const result = await moddle.fromXML(text);
    const warning = result.warnings[0];
    if (warning) return problem('invalid', readable(String(warning.message)));
    if (!isEl(result.rootElement)) return problem('not_bpmn');
    definitions = result.rootElement;
  } catch (e) {
    const err = e as Error & { warnings?: { message: string }[] };
    // Moddle parses the whole document before it complains that the root is not the one asked
    // for, so reaching this message means the XML is well-formed.
    if (/^failed to parse document as/.test(err.message ?? '')) {
      const first = err.warnings?.[0];
      return problem('not_bpmn', first ? readable(String(first.message)) : undefined);
    }
    return problem('malformed', readable(String(err.message ?? e)));
  }
  try {
    return read(definitions);
  } catch (e) {
    // Not expected from a document moddle accepted without warnings; a refusal, never a throw.
    return problem('invalid', String((e as Error)?.message ?? e));
  }
}

// ---------------------------------------------------------------------------------------------
// Semantics

function read(definitions: El): BpmnParseResult {
  const roots = many(definitions, 'rootElements');
  const processEls = roots.filter((r) => r.$instanceOf('bpmn:Process'));
  const collaborations = roots.filter((r) => r.$instanceOf('bpmn:Collaboration'));

  const participants: BpmnParticipant[] = [];
  const participantOfProcess = new Map<string, string>();
  for (const c of collaborations) {
    for (const p of many(c, 'participants')) {
      const processId = one(p, 'processRef')?.id ?? null;
      participants.push({ id: p.id ?? '', name: nameOf(p), processId });
      if (processId && !participantOfProcess.has(processId)) participantOfProcess.set(processId, p.id ?? '');
    }
  }

  const processes: BpmnProcess[] = [];
  const lanes: BpmnLane[] = [];
  const nodes: BpmnNode[] = [];
  const nodeEls: El[] = [];
  const sequenceFlows: BpmnFlow[] = [];
  const dataObjects: BpmnDataObject[] = [];
  const flowErrors: string[] = [];

  for (const p of processEls) {
    const processId = p.id ?? '';
    const participantId = participantOfProcess.get(processId) ?? null;
    processes.push({ id: processId, name: nameOf(p) });

    // Lanes, outer before inner, so the innermost lane listing a node is the one kept.
    const laneOf = new Map<string, string>();
    const walkLaneSet = (laneSet: El | undefined) => {
      for (const lane of many(laneSet, 'lanes')) {
        const id = lane.id ?? '';
        lanes.push({ id, name: nameOf(lane), participantId, processId });
        for (const ref of many(lane, 'flowNodeRef')) if (ref.id) laneOf.set(ref.id, id);
        walkLaneSet(one(lane, 'childLaneSet'));
      }
    };
    for (const laneSet of many(p, 'laneSets')) walkLaneSet(laneSet);

    // A node inside a sub-process is in the lane listing it, else in its sub-process's lane
    // (bpmn-js lists only a process's direct nodes in its lanes).
    const walk = (container: El, containerLane: string | null) => {
      for (const el of many(container, 'flowElements')) {
        const id = el.id ?? '';
        if (el.$instanceOf('bpmn:SequenceFlow')) {
          const source = one(el, 'sourceRef');
          const target = one(el, 'targetRef');
          if (!source?.id || !target?.id)
            flowErrors.push(`${id}: a sequence flow needs a source and a target`);
          sequenceFlows.push({
            id,
            name: nameOf(el),
            sourceId: source?.id ?? '',
            targetId: target?.id ?? '',
          });
        } else if (el.$instanceOf('bpmn:DataObjectReference') || el.$instanceOf('bpmn:DataStoreReference')) {
          const store = el.$instanceOf('bpmn:DataStoreReference');
          // bpmn-js names the reference; a name on the referenced object is the fallback.
          const name = nameOf(el) || nameOf(one(el, store ? 'dataStoreRef' : 'dataObjectRef'));
          dataObjects.push({ id, name, kind: store ? 'store' : 'object', readBy: [], writtenBy: [] });
        } else if (el.$instanceOf('bpmn:FlowNode')) {
          const laneId = laneOf.get(id) ?? containerLane;
          nodes.push({
            id,
            type: typeOf(el),
            name: nameOf(el),
            processId,
            laneId,
            participantId,
            eventKind: el.$instanceOf('bpmn:Event') ? eventKindOf(el) : null,
          });
          nodeEls.push(el);
          if (el.$instanceOf('bpmn:SubProcess')) walk(el, laneId);
        }
      }
    };
    walk(p, null);
  }

  // Data associations: a node reads the data it has an input association from, and writes the
  // data it has an output association to.
  const dataById = new Map(dataObjects.map((d) => [d.id, d]));
  const addOnce = (ids: string[], id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const el of nodeEls) {
    for (const a of many(el, 'dataInputAssociations'))
      for (const source of many(a, 'sourceRef')) {
        const d = source.id ? dataById.get(source.id) : undefined;
        if (d && el.id) addOnce(d.readBy, el.id);
      }
    for (const a of many(el, 'dataOutputAssociations')) {
      const target = one(a, 'targetRef');
      const d = target?.id ? dataById.get(target.id) : undefined;
      if (d && el.id) addOnce(d.writtenBy, el.id);
    }
  }

  const nodeIds = new Set(nodes.map((n) => n.id));
  const participantIds = new Set(participants.map((p) => p.id));
  for (const f of sequenceFlows)
    if (f.sourceId && f.targetId && !(nodeIds.has(f.sourceId) && nodeIds.has(f.targetId)))
      flowErrors.push(`${f.id}: a sequence flow must connect two flow nodes`);

  const messageFlows: BpmnFlow[] = [];
  const isEnd = (id: string) => nodeIds.has(id) || participantIds.has(id);
  for (const c of collaborations)
    for (const mf of many(c, 'messageFlows')) {
      const id = mf.id ?? '';
      const sourceId = one(mf, 'sourceRef')?.id ?? '';
      const targetId = one(mf, 'targetRef')?.id ?? '';
      if (!sourceId || !targetId) flowErrors.push(`${id}: a message flow needs a source and a target`);
      else if (!isEnd(sourceId) || !isEnd(targetId))
        flowErrors.push(`${id}: a message flow must connect flow nodes or pools`);
      messageFlows.push({ id, name: nameOf(mf), sourceId, targetId });
    }
  if (flowErrors.length) return problem('invalid', flowErrors[0]);

  if (nodes.length === 0) return problem('no_process');

  const { shapes, edges } = readDiagrams(definitions);
  if (shapes.length === 0) return problem('no_diagram');
  const shown = new Set(shapes.map((s) => s.id));
  const drawn = new Set(edges.map((e) => e.id));
  for (const el of [...participants, ...lanes, ...nodes])
    if (!shown.has(el.id)) return problem('no_diagram', el.id);
  for (const f of [...sequenceFlows, ...messageFlows])
    if (!drawn.has(f.id)) return problem('no_diagram', f.id);

  return {
    ok: true,
    model: { processes, participants, lanes, nodes, sequenceFlows, messageFlows, dataObjects, shapes, edges },
  };
}

// ---------------------------------------------------------------------------------------------
// Diagram interchange

function readDiagrams(definitions: El): { shapes: BpmnShape[]; edges: BpmnEdge[] } {
  const shapes: BpmnShape[] = [];
  const edges: BpmnEdge[] = [];
  many(definitions, 'diagrams').forEach((diagram, i) => {
    const plane = one(diagram, 'plane');
    // The first diagram is the main one; bpmn-js draws a collapsed sub-process on a plane of its own.
    const planeElementId = i === 0 ? undefined : one(plane, 'bpmnElement')?.id;
    const onPlane = planeElementId === undefined ? {} : { planeElementId };
    for (const el of many(plane, 'planeElement')) {
      const id = one(el, 'bpmnElement')?.id;
      if (!id) continue;
      if (el.$instanceOf('bpmndi:BPMNShape')) {
        const bounds = one(el, 'bounds');
        if (!bounds) continue;
        const shape: BpmnShape = {
          id,
          x: num(bounds.x),
          y: num(bounds.y),
          width: num(bounds.width),
          height: num(bounds.height),
        };
        if (typeof el.isHorizontal === 'boolean') shape.isHorizontal = el.isHorizontal;
        if (typeof el.isExpanded === 'boolean') shape.isExpanded = el.isExpanded;
        const label = labelBounds(el);
        if (label) shape.label = label;
        shapes.push({ ...shape, ...onPlane });
      } else if (el.$instanceOf('bpmndi:BPMNEdge')) {
        const waypoints = many(el, 'waypoint').map((p) => ({ x: num(p.x), y: num(p.y) }));
        const label = labelBounds(el);
        edges.push({ id, waypoints, ...(label ? { label } : {}), ...onPlane });
      }
    }
  });
  return { shapes, edges };
}
