import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect.ts';

/**
 * A fingerprint of every table the API writes — row count and a content hash of each, and the
 * deadline jobs queued — for tests that a refused request leaves all alone.
 */
export async function apiFingerprint(db: Db): Promise<string> {
  const tables = [
    'organisations',
    'users',
    'user_roles',
    'maps',
    'map_versions',
    'review_findings',
    'finding_messages',
    'calendar_days',
    'notifications',
    'audit_events',
    'public_services',
    'information_systems',
    'planning_documents',
    'legal_acts',
    'data_objects',
    'business_processes',
    'process_variants',
    'reengineering_projects',
    'project_processes',
    'deadline_changes',
    'reporting_periods',
    'indicator_actuals',
    'cell_reports',
    'document_bundles',
  ];
  const parts = tables.map(
    (name) =>
      sql`(SELECT count(*) || ':' || coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') FROM ${sql.raw(name)} x)`,
  );
  const r = await db.execute<{ f: string }>(
    sql`SELECT concat_ws('|', ${sql.join(parts, sql`, `)},
      (SELECT count(*) FROM pgboss.job WHERE name = 'deadline')) AS f`,
  );
  return (r as unknown as { rows: { f: string }[] }).rows[0]!.f;
}
