import { sql } from 'drizzle-orm';
import type { AuditEvent, AuditSubjectType } from '../../domain/audit/audit.events.ts';
import type { Db, Tx } from '../db/connect.ts';
import { auditEvents } from '../db/schema.ts';

export interface AuditContext {
  actorId: string | null;
  orgId: string | null;
  ip: string | null;
}

/** Appends one event in the caller's transaction; the database computes the hash chain. */
export async function appendAudit(
  tx: Db | Tx,
  ctx: AuditContext,
  subject: { type: AuditSubjectType; id: string },
  event: AuditEvent,
): Promise<void> {
  await tx.insert(auditEvents).values({
    actorId: ctx.actorId,
    orgId: ctx.orgId,
    ip: ctx.ip,
    subjectType: subject.type,
    subjectId: subject.id,
    type: event.type,
    data: event.data,
    prevHash: '',
    hash: '',
  });
}

/** Recomputes the chain; returns the first sequence number whose hash does not match, or null. */
export async function verifyAuditChain(db: Db): Promise<number | null> {
  const result = await db.execute<{ seq: number }>(sql`
    SELECT seq::int AS seq FROM (
      SELECT seq, hash, prev_hash, lag(hash, 1, 'genesis') OVER (ORDER BY seq) AS expected_prev,
             audit_event_hash(prev_hash, audit_events) AS recomputed
      FROM audit_events
    ) c WHERE c.prev_hash <> c.expected_prev OR c.hash <> c.recomputed
    ORDER BY seq LIMIT 1`);
  const rows = (result as unknown as { rows: { seq: number }[] }).rows;
  return rows.length ? Number(rows[0].seq) : null;
}
