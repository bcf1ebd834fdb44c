import type PgBoss from 'pg-boss';
import type { Db } from '../db/connect.ts';
import { openDuePeriods, SYSTEM_AUDIT } from './monitoring.actions.ts';
import { mapsInForce } from './monitoring.queries.ts';

/** The queue of the daily opening of reporting periods. */
export const MONITORING_QUEUE = 'monitoring';
/** Every day at 00:05 in Asia/Almaty: a period opens the day after it ends (period.ts). */
export const MONITORING_CRON = '5 0 * * *';
export const MONITORING_CRON_TZ = 'Asia/Almaty';

/**
 * Opens the due reporting periods of every map in force, one transaction per map, and schedules
 * their reminders and escalations. Idempotent, so a retried or repeated run opens nothing twice.
 * Returns how many periods were opened.
 */
export async function runMonitoringJob(db: Db, boss: PgBoss, now: Date): Promise<number> {
  let opened = 0;
  for (const mapId of await mapsInForce(db))
    opened += (await db.transaction((tx) => openDuePeriods(tx, boss, now, mapId, SYSTEM_AUDIT))).length;
  return opened;
}
