import type { z } from 'zod';
import type { CalendarDayBody } from '../../api/calendar.ts';
import { policy } from '../../domain/auth/policy.ts';
import { isWeekend } from '../../domain/calendar/calendar.ts';
import { AppError } from '../../domain/errors.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { Deps } from '../maps/maps.actions.ts';
import { deleteDay, findDay, upsertDay } from './calendar.queries.ts';

/** An admin corrects one day of the calendar (e.g. a new transfer order); audited with before/after. */
export async function setCalendarDay(deps: Deps, date: string, body: z.infer<typeof CalendarDayBody>) {
  if (!policy.manageReference(deps.actor)) throw new AppError('auth.forbidden');
  // Only a Saturday or Sunday can be made a working day; only a weekday needs to be made a day off.
  if (body.kind === 'working_day' && !isWeekend(date))
    throw new AppError('validation.failed', {
      issues: [{ path: ['body', 'kind'], rule: 'working_day_on_weekday' }],
    });
  await deps.db.transaction(async (tx) => {
    const before = await findDay(tx, date);
    await upsertDay(tx, { date, ...body }, deps.actor.userId, deps.now);
    await appendAudit(
      tx,
      deps.audit,
      { type: 'calendar', id: date },
      {
        type: 'calendar.day_set',
        data: {
          date,
          before: before ? { kind: before.kind, source: before.source } : null,
          kind: body.kind,
          source: body.source,
        },
      },
    );
  });
}

/** Makes a day ordinary again (Mon–Fri working, Sat–Sun off). */
export async function removeCalendarDay(deps: Deps, date: string) {
  if (!policy.manageReference(deps.actor)) throw new AppError('auth.forbidden');
  await deps.db.transaction(async (tx) => {
    const before = await findDay(tx, date);
    if (!before) throw new AppError('not_found');
    await deleteDay(tx, date);
    await appendAudit(
      tx,
      deps.audit,
      { type: 'calendar', id: date },
      {
        type: 'calendar.day_removed',
        data: { date, before: { kind: before.kind, source: before.source } },
      },
    );
  });
}
