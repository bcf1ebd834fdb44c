import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db, Tx } from '../db/connect.ts';
import {
  cellReports,
  indicatorActuals,
  mapVersions,
  reengineeringProjects,
  reportingPeriods,
} from '../db/schema.ts';

export type PeriodRow = typeof reportingPeriods.$inferSelect;
export type CellReportRow = typeof cellReports.$inferSelect;
export type ProjectRow = typeof reengineeringProjects.$inferSelect;
/** An actual without its evidence bytes (lists never load files). */
export type ActualRow = Omit<typeof indicatorActuals.$inferSelect, 'evidence'>;

export const IN_FORCE_STATUSES = ['approved', 'published'] as const;

/**
 * The version in force: the newest approved or published version (an approved amendment rules
 * from its approval; publication is its R.24 duty, not a condition of force).
 */
export async function versionInForce(db: Db | Tx, mapId: string) {
  const rows = await db
    .select()
    .from(mapVersions)
    .where(and(eq(mapVersions.mapId, mapId), inArray(mapVersions.status, [...IN_FORCE_STATUSES])))
    .orderBy(desc(mapVersions.number))
    .limit(1);
  return rows[0];
}

/** The day the map was first approved (its monitoring reports on periods ending from then on). */
export async function firstApprovedOn(db: Db | Tx, mapId: string): Promise<string | null> {
  const rows = await db
    .select({ approvedOn: mapVersions.approvedOn })
    .from(mapVersions)
    .where(and(eq(mapVersions.mapId, mapId), isNotNull(mapVersions.approvedOn)))
    .orderBy(asc(mapVersions.approvedOn))
    .limit(1);
  return rows[0]?.approvedOn ?? null;
}

/** Ids of the maps that have a version in force (the daily opening of periods walks them). */
export async function mapsInForce(db: Db | Tx): Promise<string[]> {
  const rows = await db
    .selectDistinct({ mapId: mapVersions.mapId })
    .from(mapVersions)
    .where(inArray(mapVersions.status, [...IN_FORCE_STATUSES]));
  return rows.map((r) => r.mapId);
}

export async function listPeriods(db: Db | Tx, mapId: string): Promise<PeriodRow[]> {
  return db
    .select()
    .from(reportingPeriods)
    .where(eq(reportingPeriods.mapId, mapId))
    .orderBy(asc(reportingPeriods.createdAt), asc(reportingPeriods.period));
}

export async function findPeriod(db: Db | Tx, mapId: string, period: string): Promise<PeriodRow | undefined> {
  const rows = await db
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.mapId, mapId), eq(reportingPeriods.period, period)));
  return rows[0];
}

/** The period row locked for the rest of the transaction: writes to one report queue up. */
export async function lockPeriod(tx: Tx, mapId: string, period: string): Promise<PeriodRow | undefined> {
  const rows = await tx
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.mapId, mapId), eq(reportingPeriods.period, period)))
    .for('update');
  return rows[0];
}

/** Inserts the period unless it exists; returns the row only when this call created it. */
export async function insertPeriodIfMissing(
  tx: Tx,
  values: typeof reportingPeriods.$inferInsert,
): Promise<PeriodRow | undefined> {
  const rows = await tx.insert(reportingPeriods).values(values).onConflictDoNothing().returning();
  return rows[0];
}

export async function updatePeriod(
  tx: Tx,
  id: string,
  values: Partial<typeof reportingPeriods.$inferInsert>,
) {
  const rows = await tx.update(reportingPeriods).set(values).where(eq(reportingPeriods.id, id)).returning();
  return rows[0] as PeriodRow;
}

const actualColumns = {
  id: indicatorActuals.id,
  mapId: indicatorActuals.mapId,
  periodId: indicatorActuals.periodId,
  period: indicatorActuals.period,
  indicatorKind: indicatorActuals.indicatorKind,
  containerId: indicatorActuals.containerId,
  indicatorId: indicatorActuals.indicatorId,
  value: indicatorActuals.value,
  valueDate: indicatorActuals.valueDate,
  source: indicatorActuals.source,
  comment: indicatorActuals.comment,
  evidenceName: indicatorActuals.evidenceName,
  evidenceType: indicatorActuals.evidenceType,
  evidenceSha256: indicatorActuals.evidenceSha256,
  evidenceSize: indicatorActuals.evidenceSize,
  revision: indicatorActuals.revision,
  updatedBy: indicatorActuals.updatedBy,
  updatedAt: indicatorActuals.updatedAt,
};

/** Every actual of the map, all periods (no file bytes). */
export async function actualsOfMap(db: Db | Tx, mapId: string): Promise<ActualRow[]> {
  return db.select(actualColumns).from(indicatorActuals).where(eq(indicatorActuals.mapId, mapId));
}

export async function actualsOfPeriod(db: Db | Tx, periodId: string): Promise<ActualRow[]> {
  return db.select(actualColumns).from(indicatorActuals).where(eq(indicatorActuals.periodId, periodId));
}

export interface ActualRef {
  indicatorKind: string;
  containerId: string;
  indicatorId: string;
}

const refIs = (ref: ActualRef) =>
  and(
    eq(indicatorActuals.indicatorKind, ref.indicatorKind),
    eq(indicatorActuals.containerId, ref.containerId),
    eq(indicatorActuals.indicatorId, ref.indicatorId),
  );

/** One actual of a period, locked for the check-and-write of its revision. */
export async function lockActual(tx: Tx, periodId: string, ref: ActualRef): Promise<ActualRow | undefined> {
  const rows = await tx
    .select(actualColumns)
    .from(indicatorActuals)
    .where(and(eq(indicatorActuals.periodId, periodId), refIs(ref)))
    .for('update');
  return rows[0];
}

export async function insertActual(tx: Tx, values: typeof indicatorActuals.$inferInsert) {
  await tx.insert(indicatorActuals).values(values);
}

export async function updateActual(
  tx: Tx,
  id: string,
  values: Partial<typeof indicatorActuals.$inferInsert>,
) {
  await tx.update(indicatorActuals).set(values).where(eq(indicatorActuals.id, id));
}

/** The evidence file of one actual. */
export async function actualEvidence(db: Db | Tx, periodId: string, ref: ActualRef) {
  const rows = await db
    .select({
      file: indicatorActuals.evidence,
      name: indicatorActuals.evidenceName,
      type: indicatorActuals.evidenceType,
    })
    .from(indicatorActuals)
    .where(and(eq(indicatorActuals.periodId, periodId), refIs(ref)));
  return rows[0];
}

/** Every cell report of the map, all periods. */
export async function cellReportsOfMap(db: Db | Tx, mapId: string): Promise<CellReportRow[]> {
  return db.select().from(cellReports).where(eq(cellReports.mapId, mapId));
}

/** Writes the state of a cell in a period's report (one row per cell and period). */
export async function upsertCellReport(tx: Tx, values: typeof cellReports.$inferInsert) {
  const processId = values.processId ?? null;
  const existing = (
    await tx
      .select()
      .from(cellReports)
      .where(
        and(
          eq(cellReports.periodId, values.periodId),
          eq(cellReports.caseId, values.caseId),
          eq(cellReports.quarter, values.quarter),
        ),
      )
      .for('update')
  ).find((r) => r.processId === processId);
  if (existing)
    await tx
      .update(cellReports)
      .set({
        state: values.state,
        comment: values.comment,
        updatedBy: values.updatedBy,
        updatedAt: values.updatedAt,
      })
      .where(eq(cellReports.id, existing.id));
  else await tx.insert(cellReports).values(values);
}

/** The reengineering projects of the map (their R cells feed the plan-schedule's execution). */
export async function projectsOfMap(db: Db | Tx, mapId: string): Promise<ProjectRow[]> {
  return db.select().from(reengineeringProjects).where(eq(reengineeringProjects.mapId, mapId));
}
