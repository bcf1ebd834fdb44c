import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import type { CalendarEntry, DayKind } from './calendar-grid.ts';

export interface CalendarYear {
  year: number;
  nonWorkingDays: CalendarEntry[];
  workingWeekendDays: CalendarEntry[];
}
export interface Deadline {
  from: string;
  workingDays: number;
  received: string;
  start: string;
  due: string;
  counted: string[];
}
export interface CalendarDayBody {
  kind: DayKind;
  name: { kk: string; ru: string; en: string };
  source: string;
}

const yearKey = (year: number) => ['calendar', year] as const;

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: yearKey(year),
    queryFn: () => api<CalendarYear>('GET', `/api/calendar/${year}`),
  });
}

/** A term in working days counted on the calendar (APPK art. 64(3), 76(2), 76(5)). */
export function useDeadline(query: { from: string; workingDays: number } | null) {
  return useQuery({
    queryKey: ['calendar', 'deadline', query?.from, query?.workingDays],
    queryFn: () =>
      api<Deadline>(
        'GET',
        `/api/calendar/deadline?from=${encodeURIComponent(query!.from)}&workingDays=${query!.workingDays}`,
      ),
    enabled: query !== null,
  });
}

/** After a change, every year and every deadline may differ (a moved holiday crosses a year). */
function useInvalidateCalendar() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['calendar'] });
}

export function useSetCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: ({ date, body }: { date: string; body: CalendarDayBody }) =>
      api<{ ok: true }>('PUT', `/api/admin/calendar/${encodeURIComponent(date)}`, body),
    onSuccess: invalidate,
  });
}

export function useRemoveCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (date: string) =>
      api<{ ok: true }>('DELETE', `/api/admin/calendar/${encodeURIComponent(date)}`),
    onSuccess: invalidate,
  });
}
