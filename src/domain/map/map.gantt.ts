import type { Locale } from '../locale.ts';
import {
  type Case,
  FORM_PERIOD,
  type MapDocument,
  quarterOf,
  SCHEDULE_CODES,
  type ScheduleCell,
  type ScheduleCode,
} from './map.schema.ts';

/** One row of the plan-schedule (F 1.3): the case's own row, or one business process's row. */
export interface ScheduleRow {
  /** null when the row is the case's own row. */
  processId: string | null;
  cells: ScheduleCell[];
}

/**
 * The rows a case contributes to the plan-schedule (F 1.3). The Form's rows read "process 1,
 * process 2…": when a case's processes run on different schedules (`scheduleByProcess`), its row
 * splits into one row per process and the case's own row is ignored. Row i of a split case is
 * `processes[i]`, so a caller can build the path of a cell from the row's index.
 */
export function effectiveRows(c: Case): ScheduleRow[] {
  if (!c.scheduleByProcess) return [{ processId: null, cells: c.schedule }];
  return c.processes.map((p) => ({ processId: p.id, cells: p.schedule }));
}

export interface GanttYear {
  year: number;
  /** The codes that occur in the year, in the order R, F, D. */
  codes: ScheduleCode[];
}
export interface GanttRow {
  sectorId: string;
  years: GanttYear[];
}

const isCode = (cell: string): cell is ScheduleCode => (SCHEDULE_CODES as readonly string[]).includes(cell);

/** The years of the Form's period, in order (the plan-schedule's columns are its quarters). */
export function periodYears(): number[] {
  const years: number[] = [];
  for (let y = FORM_PERIOD.from; y <= FORM_PERIOD.to; y++) years.push(y);
  return years;
}

/**
 * The Form's summary Gantt of the sectors ("Салалар трансформациясының жиынтық трафигі (Гант
 * диаграммасы)"): per sector and year, the codes of every effective row of every case of the sector
 * in any quarter of that year. Derived from the plan-schedule so nobody retypes it (F, last table).
 */
export function summaryGantt(doc: MapDocument): GanttRow[] {
  return doc.sectors.map((sector) => {
    const seen = new Map<number, Set<ScheduleCode>>(periodYears().map((y) => [y, new Set()]));
    for (const c of sector.cases) {
      for (const row of effectiveRows(c)) {
        row.cells.forEach((cell, q) => {
          if (!isCode(cell)) return;
          seen.get(quarterOf(FORM_PERIOD, q).year)?.add(cell);
        });
      }
    }
    return {
      sectorId: sector.id,
      years: [...seen].map(([year, codes]) => ({
        year,
        codes: SCHEDULE_CODES.filter((code) => codes.has(code)),
      })),
    };
  });
}

/** The Form prints "R и F" in both its Kazakh and Russian texts, so kk and ru share the wording. */
const GANTT_JOINER: Record<Locale, string> = { kk: ' и ', ru: ' и ', en: ' and ' };

/** The text of a summary Gantt cell: '', 'R', 'R и F', … */
export function ganttLabel(codes: readonly ScheduleCode[], locale: Locale): string {
  return codes.join(GANTT_JOINER[locale]);
}
