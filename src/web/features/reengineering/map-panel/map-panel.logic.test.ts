import { describe, expect, it } from 'vitest';
import { CELL_STATES } from '../../../../domain/reengineering/project.progress.ts';
import en from '../locales/en.json';
import kk from '../locales/kk.json';
import ru from '../locales/ru.json';
import { CELL_COLOR } from './map-panel.logic.ts';

describe('the map panel of reengineering', () => {
  it('colours and names every actual state of an R cell in kk, ru and en', () => {
    for (const state of CELL_STATES) {
      expect(CELL_COLOR[state], state).toBeTruthy();
      for (const catalog of [kk, ru, en] as Record<string, string>[])
        expect(catalog[`mapPanel.state.${state}`], state).toBeTruthy();
    }
  });
});
