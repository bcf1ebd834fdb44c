import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { LocalizedText } from '../../domain/locale.ts';
import { latestReportedPeriod } from '../../domain/monitoring/kpi.ts';
import { formatPeriod } from '../../domain/monitoring/period.ts';
import type { Db } from '../db/connect.ts';
import {
  cellReports,
  indicatorActuals,
  mapVersions,
  reengineeringProjects,
  reportingPeriods,
} from '../db/schema.ts';
import type { NationalInputs } from './monitoring.figures.ts';

/**
 * What the national view (R.28) reads: one statement naming every map in force with a
 * fingerprint of everything its figures are computed from, and, for the maps whose figures are
 * not cached under that fingerprint, their inputs in one query per kind of row for all of them.
 */

const rowsOf = <T>(res: unknown): T[] => (res as { rows: T[] }).rows;

export interface MapInForce {
  mapId: string;
  org: { id: string; code: string; kind: string; name: LocalizedText };
  version: { id: string; number: number; status: string };
  /** Changes whenever a row the map's national figures are computed from changes (see below). */
  fingerprint: string;
}

/**
 * Every map in force with its organisation, its version in force (the newest approved or
 * published, as monitoring.queries.ts versionInForce) and a fingerprint of the inputs of its
 * facts (monitoring.figures.ts nationalFacts, the day-free part of its figures; the day is applied
 * on each request).
 *
 * The fingerprint covers:
 * - the version in force: its id, status and revision (an approved document is frozen);
 * - every reporting period of the map: its id and `xmin` — the id of the transaction that wrote
 *   the row's current version, so opening, submitting or locking a period changes it;
 * - the actuals and cell reports of each period that is not locked: their count and the sum of
 *   their `xmin`. Any insert or update gives the row a newer transaction id and a delete lowers the
 *   count, so any write to them changes it. A locked period is frozen — no write is accepted after
 *   the deputy head locks it (monitoring.actions.ts periodForWrite) and locking is final — so its
 *   rows are covered by the period's own `xmin`, which the lock changed; that keeps the statement
 *   cheap when years of locked reports are in the database (they are read only when figures are
 *   recomputed);
 * - the columns of the map's versions and projects that the terms of the Rules and the projects'
 *   R cells read (not their documents: saving a draft must not throw the figures away).
 * The calendar is not an input: the due days are stored on the rows when they are set.
 */
export async function mapsInForceWithFingerprints(db: Db): Promise<MapInForce[]> {
  const res = await db.execute(sql`
    WITH f AS (
      SELECT DISTINCT ON (v.map_id) v.map_id, v.id, v.number, v.status, v.revision
      FROM map_versions v
      WHERE v.status IN ('approved', 'published')
      ORDER BY v.map_id, v.number DESC
    )
    SELECT f.map_id AS "mapId", f.id AS "versionId", f.number, f.status,
      o.id AS "orgId", o.code, o.kind, o.name,
      md5(concat_ws(';', f.id, f.status, f.revision,
        (SELECT string_agg(concat_ws(':', p.id, p.xmin,
            CASE WHEN p.status <> 'locked' THEN (
              SELECT count(*) || '/' || coalesce(sum(a.xmin::text::bigint), 0)
              FROM indicator_actuals a WHERE a.period_id = p.id) END,
            CASE WHEN p.status <> 'locked' THEN (
              SELECT count(*) || '/' || coalesce(sum(c.xmin::text::bigint), 0)
              FROM cell_reports c WHERE c.map_id = p.map_id AND c.period = p.period) END),
          ',' ORDER BY p.id)
         FROM reporting_periods p WHERE p.map_id = f.map_id),
        (SELECT string_agg(concat_ws('|', r.id, r.case_id, r.stage, r.reengineering_due, r.opened_on,
            r.team_due, r.team_formed_on, r.approved_on, r.publication_due, r.published_on),
          ',' ORDER BY r.id)
         FROM reengineering_projects r WHERE r.map_id = f.map_id),
        (SELECT string_agg(concat_ws('|', v.number, v.received_on, v.review_due, v.decided_at,
            v.approved_on, v.publication_due, v.published_on),
          ',' ORDER BY v.number)
         FROM map_versions v WHERE v.map_id = f.map_id)
      )) AS fingerprint
    FROM f
    JOIN maps m ON m.id = f.map_id
    JOIN organisations o ON o.id = m.org_id`);
  return rowsOf<{
    mapId: string;
    versionId: string;
    number: number;
    status: string;
    orgId: string;
    code: string;
    kind: string;
    name: LocalizedText;
    fingerprint: string;
  }>(res).map((r) => ({
    mapId: r.mapId,
    org: { id: r.orgId, code: r.code, kind: r.kind, name: r.name },
    version: { id: r.versionId, number: Number(r.number), status: r.status },
    fingerprint: r.fingerprint,
  }));
}

/**
 * The parts of a version's document the figures read (IndicatorSource & ScheduleSource): the
 * period, the indicators with their containers' names, and each case's plan-schedule rows — a
 * tenth of the document at national scale, built in the database so the rest never leaves it.
 * A process's row is kept only where the case's row is split by process (map.gantt.ts
 * effectiveRows reads it only then). Arrays keep the document's order.
 */
const monitoredParts = sql<NationalInputs['doc']>`json_build_object(
  'passport', json_build_object('period', ${mapVersions.content}->'passport'->'period'),
  'sectors', coalesce((
    SELECT json_agg(json_build_object(
      'id', s->'id', 'name', s->'name', 'indicators', s->'indicators',
      'cases', coalesce((
        SELECT json_agg(json_build_object(
          'id', c->'id', 'scheduleByProcess', c->'scheduleByProcess', 'schedule', c->'schedule',
          'processes', CASE WHEN (c->>'scheduleByProcess')::boolean THEN coalesce((
            SELECT json_agg(json_build_object('id', p->'id', 'schedule', p->'schedule') ORDER BY pi)
            FROM jsonb_array_elements(c->'processes') WITH ORDINALITY AS pp(p, pi)), '[]') ELSE '[]' END
        ) ORDER BY ci)
        FROM jsonb_array_elements(s->'cases') WITH ORDINALITY AS cc(c, ci)), '[]')
    ) ORDER BY si)
    FROM jsonb_array_elements(${mapVersions.content}->'sectors') WITH ORDINALITY AS ss(s, si)), '[]'),
  'attachments', json_build_object(
    'priorityDirections', ${mapVersions.content}->'attachments'->'priorityDirections',
    'performanceIndicators', ${mapVersions.content}->'attachments'->'performanceIndicators')
)`;

/** The inputs of the national figures of the given maps, by map id, in six queries for all of them. */
export async function nationalInputsOf(
  db: Db,
  maps: readonly { mapId: string; versionId: string }[],
): Promise<Map<string, NationalInputs>> {
  const mapIds = maps.map((m) => m.mapId);
  const docs = await db
    .select({ id: mapVersions.id, doc: monitoredParts })
    .from(mapVersions)
    .where(
      inArray(
        mapVersions.id,
        maps.map((m) => m.versionId),
      ),
    );
  const periods = await db
    .select({
      mapId: reportingPeriods.mapId,
      period: reportingPeriods.period,
      status: reportingPeriods.status,
      submittedAt: reportingPeriods.submittedAt,
    })
    .from(reportingPeriods)
    .where(inArray(reportingPeriods.mapId, mapIds));
  // Only the latest reported period's actuals count nationally (its statuses, the KPI, R.19).
  const latest = mapIds.flatMap((mapId) => {
    const p = latestReportedPeriod(periods.filter((r) => r.mapId === mapId));
    return p ? [{ mapId, period: formatPeriod(p) }] : [];
  });
  const actuals = latest.length
    ? await db
        .select({
          mapId: indicatorActuals.mapId,
          period: indicatorActuals.period,
          indicatorKind: indicatorActuals.indicatorKind,
          containerId: indicatorActuals.containerId,
          indicatorId: indicatorActuals.indicatorId,
          value: indicatorActuals.value,
        })
        .from(indicatorActuals)
        .where(
          or(
            ...latest.map((l) =>
              and(eq(indicatorActuals.mapId, l.mapId), eq(indicatorActuals.period, l.period)),
            ),
          ),
        )
    : [];
  const cells = await db
    .select({
      mapId: cellReports.mapId,
      period: cellReports.period,
      caseId: cellReports.caseId,
      processId: cellReports.processId,
      quarter: cellReports.quarter,
      state: cellReports.state,
      updatedAt: cellReports.updatedAt,
    })
    .from(cellReports)
    .where(inArray(cellReports.mapId, mapIds));
  const projects = await db
    .select({
      mapId: reengineeringProjects.mapId,
      id: reengineeringProjects.id,
      caseId: reengineeringProjects.caseId,
      caseName: reengineeringProjects.caseName,
      stage: reengineeringProjects.stage,
      reengineeringDue: reengineeringProjects.reengineeringDue,
      openedOn: reengineeringProjects.openedOn,
      teamDue: reengineeringProjects.teamDue,
      teamFormedOn: reengineeringProjects.teamFormedOn,
      approvedOn: reengineeringProjects.approvedOn,
      publicationDue: reengineeringProjects.publicationDue,
      publishedOn: reengineeringProjects.publishedOn,
    })
    .from(reengineeringProjects)
    .where(inArray(reengineeringProjects.mapId, mapIds));
  const versions = await db
    .select({
      mapId: mapVersions.mapId,
      number: mapVersions.number,
      receivedOn: mapVersions.receivedOn,
      reviewDue: mapVersions.reviewDue,
      decidedAt: mapVersions.decidedAt,
      approvedOn: mapVersions.approvedOn,
      publicationDue: mapVersions.publicationDue,
      publishedOn: mapVersions.publishedOn,
    })
    .from(mapVersions)
    .where(inArray(mapVersions.mapId, mapIds))
    .orderBy(asc(mapVersions.number));

  const docOf = new Map(docs.map((d) => [d.id, d.doc]));
  const byMap = <T extends { mapId: string }>(rows: readonly T[]) => {
    const out = new Map<string, T[]>(mapIds.map((id) => [id, []]));
    for (const r of rows) out.get(r.mapId)?.push(r);
    return out;
  };
  const periodsOf = byMap(periods);
  const actualsOf = byMap(actuals);
  const cellsOf = byMap(cells);
  const projectsOf = byMap(projects);
  const versionsOf = byMap(versions);
  return new Map(
    maps.map((m) => [
      m.mapId,
      {
        doc: docOf.get(m.versionId)!,
        periods: periodsOf.get(m.mapId)!,
        actuals: actualsOf.get(m.mapId)!,
        cellReports: cellsOf.get(m.mapId)!,
        projects: projectsOf.get(m.mapId)!,
        versions: versionsOf.get(m.mapId)!,
      },
    ]),
  );
}
