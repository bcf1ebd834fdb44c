import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp, type TestApp } from '../test/test-app.ts';
import { loadCalendar } from './calendar.queries.ts';

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('calendar API', () => {
  it.each([
    // Received on a Friday: the term starts Monday; 10 working days end on the second Friday.
    ['2025-11-07', 10, '2025-11-07', '2025-11-21'],
    // Received on Saturday → counts from Monday (art. 64(3)); Independence Day 16.12.2025 is skipped.
    ['2025-12-06', 10, '2025-12-08', '2025-12-23'],
    // Nauryz 2026 (21–23 Mar, Sat–Mon) moves 24 and 25 Mar off: 3 working days from Fri 20 Mar end Mon 30 Mar.
    ['2026-03-20', 3, '2026-03-20', '2026-03-30'],
    // The transfer order of 2025: Fri 3 Jan off, Sun 5 Jan worked.
    ['2025-01-02', 1, '2025-01-05', '2025-01-06'],
  ])('counts %s + %i working days: received %s, due %s', async (from, workingDays, received, due) => {
    const res = await get(`/api/calendar/deadline?from=${from}&workingDays=${workingDays}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ from, workingDays, received, due });
    expect(res.json().counted).toHaveLength(workingDays);
  });

  it('answers without a session and refuses a malformed date naming the field', async () => {
    const res = await get('/api/calendar/deadline?from=2025-13-01&workingDays=10');
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0]).toMatchObject({ path: ['querystring', 'from'], rule: 'iso_date' });
  });

  it("lists a year's non-working days and working weekend days with kk/ru/en names", async () => {
    const res = await get('/api/calendar/2025');
    const body = res.json();
    expect(body.nonWorkingDays.map((d: { date: string }) => d.date)).toEqual(
      expect.arrayContaining([
        '2025-01-01',
        '2025-01-03',
        '2025-03-10',
        '2025-03-24',
        '2025-06-06',
        '2025-09-01',
        '2025-12-16',
      ]),
    );
    expect(body.workingWeekendDays).toEqual([
      expect.objectContaining({ date: '2025-01-05', kind: 'working_day' }),
    ]);
    const nauryz = body.nonWorkingDays.find((d: { date: string }) => d.date === '2025-03-21');
    expect(nauryz.name).toEqual({
      kk: expect.stringMatching(/Наурыз/),
      ru: expect.stringMatching(/Наурыз/),
      en: expect.stringMatching(/Nauryz/),
    });
  });

  it('lets an admin correct a day, changing deadlines, and records it in the audit trail', async () => {
    const admin = await t.userIn('mo-digital', ['admin']);
    const before = (await get('/api/calendar/deadline?from=2026-11-02&workingDays=1')).json();
    expect(before.due).toBe('2026-11-03');
    const set = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/calendar/2026-11-03',
      headers: { cookie: admin.cookie },
      payload: {
        kind: 'day_off',
        name: { kk: 'Демалыс', ru: 'Выходной', en: 'Day off' },
        source: 'Test order 2026',
      },
    });
    expect(set.statusCode).toBe(200);
    expect((await get('/api/calendar/deadline?from=2026-11-02&workingDays=1')).json().due).toBe('2026-11-04');
    const weekdayWorking = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/calendar/2026-11-04',
      headers: { cookie: admin.cookie },
      payload: { kind: 'working_day', name: { kk: 'Ж', ru: 'Р', en: 'W' }, source: 'x' },
    });
    expect(weekdayWorking.statusCode).toBe(400);
    const rows = await t.database.db.execute(
      "SELECT type, data->>'date' AS date FROM audit_events WHERE subject_type = 'calendar'" as never,
    );
    expect((rows as unknown as { rows: unknown[] }).rows).toEqual([
      { type: 'calendar.day_set', date: '2026-11-03' },
    ]);
    const office = await t.userIn('mo-healthcare', ['dt_office']);
    const refused = await t.app.inject({
      method: 'DELETE',
      url: '/api/admin/calendar/2026-11-03',
      headers: { cookie: office.cookie },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('keeps the built calendar while its generation stands; any committed write, by any process, makes a new one', async () => {
    const db = t.database.db;
    const first = await loadCalendar(db);
    expect(await loadCalendar(db)).toBe(first);
    // Another process writes the table with plain SQL: the trigger moves the stamp all the same.
    await db.execute(sql`UPDATE calendar_days SET source = source || ' ' WHERE date = '2025-12-16'`);
    const second = await loadCalendar(db);
    expect(second).not.toBe(first);
    expect(second.days.get('2025-12-16')?.source).toMatch(/ $/);
    expect(await loadCalendar(db)).toBe(second);
    // A write that rolls back: inside, the transaction sees its own calendar; after, the old one stands.
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`DELETE FROM calendar_days WHERE date = '2025-12-16'`);
        expect((await loadCalendar(tx)).days.has('2025-12-16')).toBe(false);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const after = await loadCalendar(db);
    expect(after.days.get('2025-12-16')?.source).toMatch(/ $/);
    expect(await loadCalendar(db)).toBe(after);
    await db.execute(sql`UPDATE calendar_days SET source = rtrim(source) WHERE date = '2025-12-16'`);
    expect((await loadCalendar(db)).days.get('2025-12-16')?.source).not.toMatch(/ $/);
  });
});
