import { describe, expect, it } from 'vitest';
import type { BpmnModel } from './bpmn.model.ts';
import { renderSvg, wrapText } from './bpmn.svg.ts';
import { type FixtureName, fixtureModel } from './fixtures/fixtures.ts';

const ENTITIES = ['amp;', 'lt;', 'gt;', 'quot;', 'apos;'];

/** Throws unless every '&' in a text or attribute value starts an entity. */
function checkEntities(text: string, where: string): void {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    const rest = text.slice(i + 1);
    const numeric = rest.startsWith('#') && rest.indexOf(';') > 1;
    if (!numeric && !ENTITIES.some((e) => rest.startsWith(e))) throw new Error(`bare & in ${where}: ${text}`);
  }
}

/**
 * A small well-formedness check: one root element, tags balanced, attributes quoted and unique,
 * no '<' in values or text, every '&' an entity. Enough for the SVG this module writes.
 */
function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = lt === -1 ? xml.slice(i) : xml.slice(i, lt);
    if (stack.length === 0 && text.trim() !== '') throw new Error(`text outside the root: ${text}`);
    checkEntities(text, 'text');
    if (lt === -1) break;
    // The tag's end: the first '>' outside a quoted value.
    let quote = '';
    let gt = lt + 1;
    for (; gt < xml.length; gt++) {
      const c = xml[gt];
      if (quote) {
        if (c === quote) quote = '';
        else if (c === '<') throw new Error(`'<' in an attribute value at ${gt}`);
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    if (gt >= xml.length) throw new Error(`unterminated tag at ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = body.split(/\s/, 1)[0];
      if (!/^[A-Za-z_][\w.:-]*$/.test(name)) throw new Error(`bad tag name <${name}>`);
      let rest = body.slice(name.length);
      const seen = new Set<string>();
      while (rest.trim() !== '') {
        const m = /^\s+([A-Za-z_][\w.:-]*)="([^"]*)"/.exec(rest);
        if (!m) throw new Error(`bad attributes in <${name}>: ${rest}`);
        if (seen.has(m[1])) throw new Error(`duplicate attribute ${m[1]} in <${name}>`);
        seen.add(m[1]);
        checkEntities(m[2], `${name}@${m[1]}`);
        rest = rest.slice(m[0].length);
      }
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
    }
    i = gt + 1;
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('> <')}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

/** The markup of the group drawing an element. */
function groupOf(svg: string, id: string): string {
  const start = svg.indexOf(`<g data-element-id="${id}"`);
  expect(start, id).toBeGreaterThanOrEqual(0);
  return svg.slice(start, svg.indexOf('</g>', start) + 4);
}

const count = (text: string, part: string) => text.split(part).length - 1;

const empty = (parts: Partial<BpmnModel> = {}): BpmnModel => ({
  processes: [],
  participants: [],
  lanes: [],
  nodes: [],
  sequenceFlows: [],
  messageFlows: [],
  dataObjects: [],
  shapes: [],
  edges: [],
  ...parts,
});

describe('the well-formedness check of these tests', () => {
  it('catches what it must', () => {
    expect(() => checkWellFormed('<a><b></a></b>')).toThrow();
    expect(() => checkWellFormed('<a x="1" x="2"/>')).toThrow();
    expect(() => checkWellFormed('<a>1 < 2</a>')).toThrow();
    expect(() => checkWellFormed('<a>R&D</a>')).toThrow();
    expect(() => checkWellFormed('<a/><b/>')).toThrow();
    expect(() => checkWellFormed('<a t="&lt;&#10;">&amp;<b/></a>')).not.toThrow();
  });
});

describe('renderSvg', () => {
  it.each<FixtureName>(['as-is', 'target', 'optimal', 'nested'])(
    'draws %s as well-formed SVG',
    async (name) => {
      const svg = renderSvg(await fixtureModel(name));
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.endsWith('</svg>')).toBe(true);
      checkWellFormed(svg);
    },
  );

  it('draws one group per shape and edge, over the diagram with a 20px margin', async () => {
    const m = await fixtureModel('as-is');
    const svg = renderSvg(m);
    // Pools span x 160–1560 and y 80–840.
    expect(svg).toContain('viewBox="140 60 1440 800" width="1440" height="800"');
    expect(count(svg, '<g data-element-id="')).toBe(m.shapes.length + m.edges.length);
    for (const { id } of [...m.shapes, ...m.edges]) expect(count(svg, `data-element-id="${id}"`), id).toBe(1);
    expect(svg).toContain('font-family="sans-serif" font-size="12"');
  });

  it('draws each kind of element in its own way', async () => {
    const svg = renderSvg(await fixtureModel('as-is'));
    const task = groupOf(svg, 'Task_Check');
    expect(count(task, '<rect')).toBe(1);
    expect(task).toContain('rx="10"');
    expect(task).toContain('>Проверить</tspan>');

    expect(count(groupOf(svg, 'StartEvent_A'), '<circle')).toBe(1);
    expect(groupOf(svg, 'EndEvent_A')).toContain('stroke-width="4"');
    // An intermediate event is a double circle (the timer's clock face is a third one).
    expect(count(groupOf(svg, 'Event_Result'), '<circle')).toBe(2);
    expect(count(groupOf(svg, 'Event_Wait'), '<circle')).toBe(3);

    const gateway = groupOf(svg, 'Gateway_Ok');
    expect(count(gateway, '<polygon')).toBe(1);
    expect(count(gateway, '<line')).toBe(2);

    expect(count(groupOf(svg, 'DataObjectReference_Family'), '<path')).toBe(2);
    expect(groupOf(svg, 'DataStoreReference_Registry')).toContain('class="bpmn-data-store"');

    const pool = groupOf(svg, 'Participant_Applicant');
    expect(pool).toContain('transform="rotate(-90 175 205)"');
    expect(pool).toContain('Заявитель / Өтініш беруші');
    expect(groupOf(svg, 'Lane_CON')).toContain('>ЦОН</tspan>');
  });

  it('draws sequence flows with an arrow, message flows dashed, and flow names', async () => {
    const svg = renderSvg(await fixtureModel('as-is'));
    const sequence = groupOf(svg, 'Flow_B6');
    expect(sequence).toContain('points="990,700 990,495 1060,495"');
    expect(sequence).toContain('marker-end="url(#bpmn-arrow)"');
    // The name at the middle of the first segment, 8px up.
    expect(sequence).toContain('<tspan x="990" y="589.5">Да</tspan>');
    const message = groupOf(svg, 'MessageFlow_Result');
    expect(message).toContain('stroke-dasharray="10 6"');
    expect(message).toContain('marker-start="url(#bpmn-message-start)"');
    expect(groupOf(svg, 'DataOutputAssociation_Family')).toContain('stroke-dasharray="2 4"');
  });

  it('writes a collapsed pool’s name across it', async () => {
    const svg = renderSvg(await fixtureModel('optimal'));
    const pool = groupOf(svg, 'Participant_Citizen');
    expect(pool).not.toContain('rotate');
    expect(pool).toContain('Получатель услуги');
  });

  it('draws an expanded sub-process under its content', async () => {
    const svg = renderSvg(await fixtureModel('nested'));
    expect(svg.indexOf('data-element-id="Sub_N"')).toBeLessThan(svg.indexOf('data-element-id="Sub_F1"'));
    expect(svg.indexOf('data-element-id="Sub_F1"')).toBeLessThan(svg.indexOf('data-element-id="Sub_Task"'));
  });

  it('writes event labels where the modeller placed them (BPMNLabel), else below the shape', () => {
    const node = (id: string) => ({
      id,
      type: 'StartEvent',
      name: id === 'E1' ? 'Placed' : 'Below',
      processId: 'P',
      laneId: null,
      participantId: null,
      eventKind: null,
    });
    const svg = renderSvg(
      empty({
        nodes: [node('E1'), node('E2')],
        shapes: [
          { id: 'E1', x: 0, y: 0, width: 36, height: 36, label: { x: 200, y: 300, width: 60, height: 14 } },
          { id: 'E2', x: 100, y: 0, width: 36, height: 36 },
        ],
      }),
    );
    checkWellFormed(svg);
    // Label centre x = 200 + 60 / 2; the default is centred under the shape (100 + 36 / 2).
    expect(svg).toMatch(/<tspan x="230" y="30\d(\.\d+)?">Placed<\/tspan>/);
    expect(svg).toMatch(/<tspan x="118" y="4\d(\.\d+)?">Below<\/tspan>/);
  });

  it('escapes names', () => {
    const svg = renderSvg(
      empty({
        nodes: [
          {
            id: 'T"1',
            type: 'Task',
            name: 'A < B & "C" \'D\'',
            processId: 'P',
            laneId: null,
            participantId: null,
            eventKind: null,
          },
        ],
        shapes: [{ id: 'T"1', x: 0, y: 0, width: 300, height: 80 }],
      }),
    );
    checkWellFormed(svg);
    expect(svg).toContain('data-element-id="T&quot;1"');
    expect(svg).toContain('A &lt; B &amp; &quot;C&quot; &apos;D&apos;');
    expect(svg).not.toContain('A < B');
  });

  it('is deterministic, leaves out other planes, and copes with an empty model', async () => {
    const m = await fixtureModel('as-is');
    expect(renderSvg(m)).toBe(renderSvg(structuredClone(m)));

    const withPlane: BpmnModel = {
      ...m,
      shapes: [
        ...m.shapes,
        { id: 'Task_Check', x: 5000, y: 5000, width: 100, height: 80, planeElementId: 'Sub' },
      ],
    };
    expect(renderSvg(withPlane)).toBe(renderSvg(m));

    const svg = renderSvg(empty());
    checkWellFormed(svg);
    expect(svg).toContain('viewBox="-20 -20 40 40"');
  });
});

describe('wrapText', () => {
  it('wraps words by about width/7 characters a line and cuts over-long words', () => {
    expect(wrapText('Проверить документы заявителя', 70)).toEqual(['Проверить', 'документы', 'заявителя']);
    expect(wrapText('Принять решение', 140)).toEqual(['Принять решение']);
    expect(wrapText('Жергілікті', 35)).toEqual(['Жергі', 'лікті']);
    expect(wrapText('  ', 100)).toEqual([]);
  });
});
