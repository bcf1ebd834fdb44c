import type { CellState } from '../../../../domain/reengineering/project.progress.ts';

/** The tag colour of each actual state of an R cell (antd preset colours). */
export const CELL_COLOR: Record<CellState, string> = {
  upcoming: 'default',
  not_started: 'gold',
  in_progress: 'blue',
  done: 'green',
  overdue: 'red',
};
