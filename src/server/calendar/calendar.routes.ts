import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CalendarDayBody,
  CalendarYearOut,
  DateParams,
  DeadlineOut,
  DeadlineQuery,
  YearParams,
} from '../../api/calendar.ts';
import { ErrorBody, Ok } from '../../api/common.ts';
import { deadline } from '../../domain/calendar/calendar.ts';
import type { Db } from '../db/connect.ts';
import { useCaseDeps } from '../http/context.ts';
import { removeCalendarDay, setCalendarDay } from './calendar.actions.ts';
import { listYear, loadCalendar } from './calendar.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** The working-day calendar: public reading and deadline counting; admin correction. */
export function calendarRoutes(app: FastifyInstance, deps: { db: Db; clock: () => Date }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const actionDeps = (req: FastifyRequest) => useCaseDeps(req, db, deps.clock);

  r.get('/api/calendar/deadline', {
    schema: {
      tags: ['calendar'],
      summary: 'The due date of a term in working days received on a date (APPK art. 64(3), 76(2), 76(5))',
      querystring: DeadlineQuery,
      response: { 200: DeadlineOut, 400: ErrorBody },
    },
    handler: async (req) => {
      const { from, workingDays } = req.query;
      return { from, workingDays, ...deadline(await loadCalendar(db), from, workingDays) };
    },
  });

  r.get('/api/calendar/:year', {
    schema: {
      tags: ['calendar'],
      summary: "A year's non-working days and working weekend days, named in kk/ru/en",
      params: YearParams,
      response: { 200: CalendarYearOut, 400: ErrorBody },
    },
    handler: async (req) => {
      const days = await listYear(db, req.params.year);
      return {
        year: req.params.year,
        nonWorkingDays: days.filter((d) => d.kind !== 'working_day'),
        workingWeekendDays: days.filter((d) => d.kind === 'working_day'),
      };
    },
  });

  r.put('/api/admin/calendar/:date', {
    schema: {
      tags: ['calendar'],
      summary: 'Set one day of the calendar (admin, audited)',
      params: DateParams,
      body: CalendarDayBody,
      response: { 200: Ok, ...errors },
    },
    handler: async (req) => {
      await setCalendarDay(actionDeps(req), req.params.date, req.body);
      return { ok: true as const };
    },
  });

  r.delete('/api/admin/calendar/:date', {
    schema: {
      tags: ['calendar'],
      summary: 'Make a day ordinary again (admin, audited)',
      params: DateParams,
      response: { 200: Ok, ...errors },
    },
    handler: async (req) => {
      await removeCalendarDay(actionDeps(req), req.params.date);
      return { ok: true as const };
    },
  });
}
