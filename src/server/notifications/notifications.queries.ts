import { and, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../domain/auth/roles.ts';
import type { Db, Tx } from '../db/connect.ts';
import { notifications, organisations, userRoles, users } from '../db/schema.ts';

/** Active users holding any of the roles, in one organisation or in every organisation of a kind. */
export async function usersWithRoles(
  db: Db | Tx,
  where: { orgId: string } | { orgKind: string },
  roles: Role[],
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(
      and(
        eq(users.isActive, true),
        inArray(userRoles.role, roles),
        'orgId' in where ? eq(users.orgId, where.orgId) : eq(organisations.kind, where.orgKind),
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * One inbox row per user; a repeated event (same dedupe key, e.g. a retried job) adds nothing,
 * so a reminder never arrives twice.
 */
export async function notify(
  tx: Db | Tx,
  userIds: string[],
  type: string,
  data: Record<string, unknown>,
  dedupeKey: string | null = null,
): Promise<number> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return 0;
  // Users with an e-mail address get the notification into the mail outbox too (sent only when SMTP is set).
  const withEmail = new Set(
    (
      await tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, unique), isNotNull(users.email)))
    ).map((r) => r.id),
  );
  const rows = await tx
    .insert(notifications)
    .values(
      unique.map((userId) => ({
        userId,
        type,
        data,
        dedupeKey,
        emailState: withEmail.has(userId) ? 'pending' : null,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return rows.length;
}

export async function listNotifications(db: Db, userId: string, limit = 100) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const res = await db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM notifications WHERE user_id = ${userId} AND read_at IS NULL`,
  );
  return Number((res as unknown as { rows: { n: number }[] }).rows[0].n);
}

export async function markRead(db: Db, userId: string, ids: string[] | 'all', now: Date) {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids === 'all'
          ? undefined
          : inArray(notifications.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000']),
      ),
    );
}
