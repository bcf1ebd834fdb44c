import { describe, expect, it } from 'vitest';
import { validMapDocument } from '../../../../domain/map/map.fixture.ts';
import { hasReengineering } from '../../../../domain/reengineering/project.progress.ts';
import { caseOptions, versionInForce } from './open-project.logic.ts';

describe('opening a project by hand', () => {
  it('takes the newest approved or published version', () => {
    expect(
      versionInForce([
        { number: 1, status: 'superseded' },
        { number: 2, status: 'published' },
        { number: 3, status: 'draft' },
      ])?.number,
    ).toBe(2);
    expect(versionInForce([{ number: 1, status: 'draft' }])).toBeNull();
  });

  it('offers the cases with R cells, disabling those with a project', () => {
    const doc = validMapDocument();
    const withR = doc.sectors.flatMap((s) => s.cases).filter(hasReengineering);
    expect(withR.length).toBeGreaterThan(0);
    const options = caseOptions(
      doc,
      'map-1',
      [{ mapId: 'map-1', caseId: withR[0]!.id }],
      'ru',
      hasReengineering,
    );
    expect(options.map((o) => o.value)).toEqual(withR.map((c) => c.id));
    expect(options[0]!.disabled).toBe(true);
    expect(options.slice(1).every((o) => !o.disabled)).toBe(true);
    expect(options[0]!.label).not.toBe('');
  });
});
