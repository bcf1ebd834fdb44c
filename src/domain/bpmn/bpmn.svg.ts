import {
  type BpmnEdge,
  type BpmnModel,
  type BpmnNode,
  type BpmnPoint,
  type BpmnShape,
  isActivityType,
  isEventType,
  isGatewayType,
} from './bpmn.model.ts';
import { escapeXml } from './bpmn.text.ts';

/**
 * A picture of a process model drawn from its diagram interchange alone — no DOM, no bpmn-js —
 * for documents, previews and the public portal. The output is a self-contained SVG and the same
 * model always gives the same string. Only the main diagram is drawn (the planes of collapsed
 * sub-processes are not). Every drawn element is a `<g data-element-id="…">`, so a page can
 * highlight the ids a metric or a diff reports.
 *
 * Layers, bottom to top: pools and lanes, expanded sub-processes, flows, then the other nodes and
 * data. Shapes of other elements (text annotations, groups) are not drawn but count in the
 * picture's bounds.
 */

const INK = '#22242a';
const PAPER = 'white';
const MARGIN = 20;
const LINE_HEIGHT = 14;
/** Average width of a 12px sans-serif character, for word wrapping. */
const CHAR_WIDTH = 7;
/** Width of the band holding a pool's or lane's name. */
const BAND = 30;

/** A number as SVG text: at most two decimals, no trailing zeros. */
function n(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

const attrs = (a: Record<string, string | number>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : escapeXml(v)}"`)
    .join('');

/** Simple word wrap by an estimated number of characters per line; over-long words are cut. */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, Math.floor(width / CHAR_WIDTH));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let chars = Array.from(word);
    while (chars.length > max) {
      if (line) lines.push(line);
      line = '';
      lines.push(chars.slice(0, max).join(''));
      chars = chars.slice(max);
    }
    const rest = chars.join('');
    if (rest === '') continue;
    if (line === '') line = rest;
    else if (Array.from(line).length + 1 + chars.length <= max) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A text block of wrapped lines around (cx, cy): centred vertically on cy, or starting below it
 * with `top`; `rotate` writes it bottom to top (a pool's or lane's name).
 */
function textBlock(
  text: string,
  cx: number,
  cy: number,
  width: number,
  opts: { top?: boolean; rotate?: boolean; halo?: boolean } = {},
): string {
  const lines = wrapText(text, width);
  if (lines.length === 0) return '';
  const y0 = opts.top ? cy + LINE_HEIGHT / 2 : cy - ((lines.length - 1) * LINE_HEIGHT) / 2;
  const extra: Record<string, string | number> = opts.rotate
    ? { transform: `rotate(-90 ${n(cx)} ${n(cy)})` }
    : {};
  // A white outline keeps a label readable where it crosses a line.
  if (opts.halo) Object.assign(extra, { stroke: PAPER, 'stroke-width': 3, 'paint-order': 'stroke' });
  const spans = lines
    .map((l, i) => `<tspan${attrs({ x: cx, y: y0 + i * LINE_HEIGHT })}>${escapeXml(l)}</tspan>`)
    .join('');
  return `<text${attrs({ 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: INK, ...extra })}>${spans}</text>`;
}

/** An external label: where the modeller placed it (BPMNLabel bounds), else centred below the shape. */
function externalLabel(name: string, s: BpmnShape): string {
  if (s.label && s.label.width > 0)
    return textBlock(name, s.label.x + s.label.width / 2, s.label.y, Math.max(s.label.width, 40), {
      top: true,
    });
  return textBlock(name, s.x + s.width / 2, s.y + s.height + 4, Math.max(s.width, 100), { top: true });
}

const group = (id: string, kind: string, body: string[]) =>
  `<g${attrs({ 'data-element-id': id, class: `bpmn-${kind}` })}>${body.filter(Boolean).join('')}</g>`;

const rect = (s: BpmnShape, extra: Record<string, string | number> = {}) =>
  `<rect${attrs({ x: s.x, y: s.y, width: s.width, height: s.height, fill: PAPER, stroke: INK, ...extra })}/>`;
const isSubProcess = (type: string) => type.endsWith('SubProcess') || type === 'Transaction';
const line = (x1: number, y1: number, x2: number, y2: number, width = 1.5) =>
  `<line${attrs({ x1, y1, x2, y2, stroke: INK, 'stroke-width': width })}/>`;
const circle = (cx: number, cy: number, r: number, extra: Record<string, string | number> = {}) =>
  `<circle${attrs({ cx, cy, r, fill: PAPER, stroke: INK, 'stroke-width': 1.5, ...extra })}/>`;
const path = (d: string, extra: Record<string, string | number> = {}) =>
  `<path${attrs({ d, fill: PAPER, stroke: INK, 'stroke-width': 1.5, ...extra })}/>`;

// ---------------------------------------------------------------------------------------------
// Shapes

/** A pool or a lane: a rectangle with its name written vertically in a band at its left edge. */
function container(id: string, kind: string, name: string, s: BpmnShape, collapsed: boolean): string {
  const pool = kind === 'participant';
  // A lane is not filled, so the order of the DI (a parent lane after its children) hides nothing.
  const body = [rect(s, { 'stroke-width': 1.5, ...(pool ? {} : { fill: 'none' }) })];
  if (collapsed) {
    body.push(textBlock(name, s.x + s.width / 2, s.y + s.height / 2, s.width));
  } else if (s.isHorizontal === false) {
    if (pool) body.push(line(s.x, s.y + BAND, s.x + s.width, s.y + BAND));
    body.push(textBlock(name, s.x + s.width / 2, s.y + BAND / 2, s.width));
  } else {
    if (pool) body.push(line(s.x + BAND, s.y, s.x + BAND, s.y + s.height));
    body.push(textBlock(name, s.x + BAND / 2, s.y + s.height / 2, s.height, { rotate: true }));
  }
  return group(id, kind, body);
}

function activity(node: BpmnNode, s: BpmnShape): string {
  const expanded = isSubProcess(node.type) && s.isExpanded === true;
  const body = [rect(s, { rx: 10, ry: 10, 'stroke-width': node.type === 'CallActivity' ? 4 : 2 })];
  if (node.type === 'Transaction')
    body.push(
      rect(
        { ...s, x: s.x + 3, y: s.y + 3, width: s.width - 6, height: s.height - 6 },
        { rx: 7, ry: 7, fill: 'none' },
      ),
    );
  if (expanded) {
    body.push(textBlock(node.name, s.x + s.width / 2, s.y + 6, s.width - 20, { top: true }));
  } else {
    body.push(textBlock(node.name, s.x + s.width / 2, s.y + s.height / 2, s.width - 10));
    if (isSubProcess(node.type)) {
      // The collapsed marker: a small square with a plus at the bottom centre.
      const cx = s.x + s.width / 2;
      const by = s.y + s.height - 4;
      body.push(
        rect({ id: '', x: cx - 7, y: by - 14, width: 14, height: 14 }, { 'stroke-width': 1.5 }),
        line(cx - 4, by - 7, cx + 4, by - 7),
        line(cx, by - 11, cx, by - 3),
      );
    }
  }
  return group(node.id, 'activity', body);
}

function eventMarker(kind: string | null, cx: number, cy: number, r: number): string[] {
  if (kind === 'timer') {
    const rr = r * 0.55;
    return [
      circle(cx, cy, rr, { 'stroke-width': 1.5 }),
      line(cx, cy, cx, cy - rr * 0.8, 1),
      line(cx, cy, cx + rr * 0.6, cy, 1),
    ];
  }
  if (kind === 'message') {
    const w = r * 1.1;
    const h = r * 0.75;
    const x = cx - w / 2;
    const y = cy - h / 2;
    return [
      path(
        `M${n(x)},${n(y)}h${n(w)}v${n(h)}h${n(-w)}Z M${n(x)},${n(y)}l${n(w / 2)},${n(h / 2)}l${n(w / 2)},${n(-h / 2)}`,
        { 'stroke-width': 1 },
      ),
    ];
  }
  return [];
}

function event(node: BpmnNode, s: BpmnShape): string {
  const cx = s.x + s.width / 2;
  const cy = s.y + s.height / 2;
  const r = Math.min(s.width, s.height) / 2;
  const body: string[] = [];
  if (node.type === 'StartEvent') body.push(circle(cx, cy, r, { 'stroke-width': 2 }));
  else if (node.type === 'EndEvent') body.push(circle(cx, cy, r, { 'stroke-width': 4 }));
  else body.push(circle(cx, cy, r), circle(cx, cy, Math.max(1, r - 3)));
  body.push(...eventMarker(node.eventKind, cx, cy, r));
  body.push(externalLabel(node.name, s));
  return group(node.id, 'event', body);
}

function gateway(node: BpmnNode, s: BpmnShape): string {
  const cx = s.x + s.width / 2;
  const cy = s.y + s.height / 2;
  const points = [
    [cx, s.y],
    [s.x + s.width, cy],
    [cx, s.y + s.height],
    [s.x, cy],
  ]
    .map(([x, y]) => `${n(x)},${n(y)}`)
    .join(' ');
  const body = [`<polygon${attrs({ points, fill: PAPER, stroke: INK, 'stroke-width': 2 })}/>`];
  const d = Math.min(s.width, s.height) / 5;
  const cross = [line(cx - d, cy - d, cx + d, cy + d, 3), line(cx - d, cy + d, cx + d, cy - d, 3)];
  const plus = [line(cx - d * 1.2, cy, cx + d * 1.2, cy, 3), line(cx, cy - d * 1.2, cx, cy + d * 1.2, 3)];
  if (node.type === 'ExclusiveGateway') body.push(...cross);
  else if (node.type === 'ParallelGateway') body.push(...plus);
  else if (node.type === 'InclusiveGateway') body.push(circle(cx, cy, d * 1.2, { 'stroke-width': 2.5 }));
  else if (node.type === 'ComplexGateway') body.push(...cross, ...plus);
  else if (node.type === 'EventBasedGateway')
    body.push(circle(cx, cy, d * 1.4, { 'stroke-width': 1 }), circle(cx, cy, d * 1.1, { 'stroke-width': 1 }));
  body.push(externalLabel(node.name, s));
  return group(node.id, 'gateway', body);
}

function data(id: string, name: string, kind: 'object' | 'store', s: BpmnShape): string {
  const { x, y, width: w, height: h } = s;
  const body: string[] = [];
  if (kind === 'object') {
    const fold = Math.min(10, w / 3, h / 3);
    body.push(
      path(`M${n(x)},${n(y)}h${n(w - fold)}l${n(fold)},${n(fold)}v${n(h - fold)}h${n(-w)}Z`),
      path(`M${n(x + w - fold)},${n(y)}v${n(fold)}h${n(fold)}`, { fill: 'none' }),
    );
  } else {
    const ry = Math.min(6, h / 4);
    const rx = w / 2;
    const arc = (dx: number) => `a${n(rx)},${n(ry)} 0 0 0 ${n(dx)},0`;
    body.push(
      path(`M${n(x)},${n(y + ry)}v${n(h - 2 * ry)}${arc(w)}v${n(-(h - 2 * ry))}${arc(-w)}Z`),
      path(`M${n(x)},${n(y + ry)}${arc(w)}`, { fill: 'none' }),
    );
  }
  body.push(externalLabel(name, s));
  return group(id, kind === 'object' ? 'data-object' : 'data-store', body);
}

// ---------------------------------------------------------------------------------------------
// Flows

function edge(e: BpmnEdge, kind: 'sequence' | 'message' | 'association', name: string): string {
  if (e.waypoints.length === 0) return '';
  const points = e.waypoints.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
  const style: Record<string, string | number> = { fill: 'none', stroke: INK, 'stroke-width': 1.5 };
  if (kind === 'sequence') style['marker-end'] = 'url(#bpmn-arrow)';
  else if (kind === 'message') {
    style['stroke-dasharray'] = '10 6';
    style['marker-start'] = 'url(#bpmn-message-start)';
    style['marker-end'] = 'url(#bpmn-message-end)';
  } else style['stroke-dasharray'] = '2 4';
  const body = [`<polyline${attrs({ points, ...style })}/>`];
  if (name && e.label && e.label.width > 0)
    body.push(
      textBlock(name, e.label.x + e.label.width / 2, e.label.y, Math.max(e.label.width, 40), {
        top: true,
        halo: true,
      }),
    );
  else if (name && e.waypoints.length > 1) {
    const [p, q] = e.waypoints;
    body.push(textBlock(name, (p.x + q.x) / 2, (p.y + q.y) / 2 - 8, 150, { halo: true }));
  }
  return group(e.id, `${kind}-flow`, body);
}

// ---------------------------------------------------------------------------------------------
// Picture

function bounds(shapes: BpmnShape[], edges: BpmnEdge[]) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of shapes) {
    xs.push(s.x, s.x + s.width);
    ys.push(s.y, s.y + s.height);
  }
  const points: BpmnPoint[] = edges.flatMap((e) => e.waypoints);
  for (const p of points) {
    xs.push(p.x);
    ys.push(p.y);
  }
  if (xs.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

const DEFS = [
  '<defs>',
  `<marker id="bpmn-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10Z" fill="${INK}"/></marker>`,
  `<marker id="bpmn-message-start" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><circle cx="5" cy="5" r="4" fill="${PAPER}" stroke="${INK}"/></marker>`,
  `<marker id="bpmn-message-end" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M1,1L10,5L1,9Z" fill="${PAPER}" stroke="${INK}"/></marker>`,
  '</defs>',
].join('');

/** The model's main diagram as a standalone SVG document (a string, deterministic). */
export function renderSvg(model: BpmnModel): string {
  const shapes = model.shapes.filter((s) => s.planeElementId === undefined);
  const edges = model.edges.filter((e) => e.planeElementId === undefined);
  const box = bounds(shapes, edges);
  const vx = box.x - MARGIN;
  const vy = box.y - MARGIN;
  const vw = box.width + 2 * MARGIN;
  const vh = box.height + 2 * MARGIN;

  const pools = new Map(model.participants.map((p) => [p.id, p]));
  const lanes = new Map(model.lanes.map((l) => [l.id, l]));
  const nodes = new Map(model.nodes.map((x) => [x.id, x]));
  const dataObjects = new Map(model.dataObjects.map((d) => [d.id, d]));
  const sequence = new Map(model.sequenceFlows.map((f) => [f.id, f]));
  const message = new Map(model.messageFlows.map((f) => [f.id, f]));

  const containers: string[] = [];
  const subProcesses: string[] = [];
  const front: string[] = [];
  for (const s of shapes) {
    const pool = pools.get(s.id);
    const lane = lanes.get(s.id);
    const node = nodes.get(s.id);
    const d = dataObjects.get(s.id);
    if (pool) {
      const collapsed = s.isExpanded === false || (s.isExpanded === undefined && pool.processId === null);
      containers.push(container(pool.id, 'participant', pool.name, s, collapsed));
    } else if (lane) containers.push(container(lane.id, 'lane', lane.name, s, false));
    else if (node && isActivityType(node.type)) {
      (isSubProcess(node.type) && s.isExpanded ? subProcesses : front).push(activity(node, s));
    } else if (node && isEventType(node.type)) front.push(event(node, s));
    else if (node && isGatewayType(node.type)) front.push(gateway(node, s));
    else if (node) front.push(activity(node, s));
    else if (d) front.push(data(d.id, d.name, d.kind, s));
  }
  const flows = edges.map((e) => {
    const sf = sequence.get(e.id);
    if (sf) return edge(e, 'sequence', sf.name);
    const mf = message.get(e.id);
    if (mf) return edge(e, 'message', mf.name);
    return edge(e, 'association', '');
  });

  const root = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `${n(vx)} ${n(vy)} ${n(vw)} ${n(vh)}`,
    width: vw,
    height: vh,
    'font-family': 'sans-serif',
    'font-size': 12,
  });
  return [`<svg${root}>`, DEFS, ...containers, ...subProcesses, ...flows, ...front, '</svg>']
    .filter(Boolean)
    .join('\n');
}
