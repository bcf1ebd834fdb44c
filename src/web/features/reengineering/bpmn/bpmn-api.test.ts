import { describe, expect, it } from 'vitest';
import { elementBounds, errorText, safeFileName, warningTexts } from './bpmn-api.ts';

describe('bpmn-api helpers', () => {
  it('warningTexts reads bpmn-js warning objects and strings', () => {
    expect(warningTexts([{ message: 'unresolved reference <X>' }, 'plain', 3])).toEqual([
      'unresolved reference <X>',
      'plain',
      '3',
    ]);
    expect(warningTexts(undefined)).toEqual([]);
  });

  it('errorText', () => {
    expect(errorText(new Error('unparsable content'))).toBe('unparsable content');
    expect(errorText('x')).toBe('x');
  });

  it('elementBounds of shapes and connections', () => {
    expect(elementBounds({ id: 's', x: 10, y: 20, width: 100, height: 80 })).toEqual({
      x: 10,
      y: 20,
      width: 100,
      height: 80,
    });
    expect(
      elementBounds({
        id: 'f',
        waypoints: [
          { x: 50, y: 40 },
          { x: 10, y: 90 },
        ],
      }),
    ).toEqual({ x: 10, y: 40, width: 40, height: 50 });
    expect(elementBounds({ id: 'root' })).toBeNull();
  });

  it('safeFileName keeps Kazakh and Russian letters, drops what file systems refuse', () => {
    expect(safeFileName('Лицензия беру: as-is / v2')).toBe('Лицензия беру as-is v2');
    expect(safeFileName('  ')).toBe('process');
    expect(safeFileName(undefined)).toBe('process');
  });
});
