import { and, eq, gt, sql } from 'drizzle-orm';
import type { Role } from '../../domain/auth/roles.ts';
import type { Db, Tx } from '../db/connect.ts';
import { preparedOn } from '../db/prepared.ts';
import { loginThrottle, organisations, sessions, userRoles, users } from '../db/schema.ts';

export type UserRow = typeof users.$inferSelect;
export type OrgRow = typeof organisations.$inferSelect;

export async function findUserByLogin(db: Db | Tx, login: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.login, login.toLowerCase()));
  return rows[0];
}

/** The user with the organisation and roles, as an actor is built from. */
export async function findUserWithOrg(
  db: Db | Tx,
  userId: string,
): Promise<{ user: UserRow; org: OrgRow; roles: Role[] } | undefined> {
  const rows = await db
    .select({ user: users, org: organisations })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(eq(users.id, userId));
  if (!rows[0]) return undefined;
  const roles = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return { ...rows[0], roles: roles.map((r) => r.role as Role).sort() };
}

export async function insertSession(db: Db | Tx, tokenHash: string, userId: string, expiresAt: Date) {
  await db.insert(sessions).values({ tokenHash, userId, expiresAt });
}

/**
 * What a request's session gives, in one statement (it runs before every API request): the live
 * session's user, their organisation and roles; undefined when the session is unknown or expired.
 * Roles sorted by code point, as the actor always holds them.
 */
export async function findSessionActor(db: Db, tokenHash: string, now: Date) {
  const statement = preparedOn(db, 'session_actor', (d) =>
    d
      .select({
        userId: users.id,
        login: users.login,
        fullName: users.fullName,
        locale: users.locale,
        isActive: users.isActive,
        orgId: organisations.id,
        orgKind: organisations.kind,
        roles: sql<
          Role[]
        >`ARRAY(SELECT r.role FROM ${userRoles} r WHERE r.user_id = ${users.id} ORDER BY r.role COLLATE "C")`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .innerJoin(organisations, eq(organisations.id, users.orgId))
      .where(
        and(
          eq(sessions.tokenHash, sql.placeholder('tokenHash')),
          gt(sessions.expiresAt, sql.placeholder('now')),
        ),
      )
      .prepare('session_actor'),
  );
  const rows = await statement.execute({ tokenHash, now: now.toISOString() });
  return rows[0];
}

export async function deleteSession(db: Db | Tx, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: Db | Tx, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function setUserLocale(db: Db | Tx, userId: string, locale: string) {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

/** Until when the login is locked after failed sign-ins, or undefined. */
export async function findLoginLock(db: Db | Tx, login: string, now: Date): Promise<Date | undefined> {
  const rows = await db
    .select({ lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(and(eq(loginThrottle.login, login), gt(loginThrottle.lockedUntil, now)));
  return rows[0]?.lockedUntil ?? undefined;
}

/**
 * Counts one failed sign-in of the login in the current window and locks the login when the count
 * reaches `attempts`. The upsert takes the row lock, so parallel attempts count one after the other
 * and only one of them locks (`justLocked`); those after it see the lock.
 */
export async function recordLoginFailure(
  tx: Tx,
  login: string,
  now: Date,
  lockout: { attempts: number; minutes: number },
): Promise<{ failures: number; lockedUntil?: Date; justLocked: boolean }> {
  const windowMs = lockout.minutes * 60_000;
  const at = sql`${now.toISOString()}::timestamptz`;
  const locked = sql`${loginThrottle.lockedUntil} > ${at}`;
  const expired = sql`${loginThrottle.windowStartedAt} <= ${new Date(now.getTime() - windowMs).toISOString()}::timestamptz`;
  const [row] = await tx
    .insert(loginThrottle)
    .values({ login, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.login,
      set: {
        failures: sql`CASE WHEN ${locked} THEN ${loginThrottle.failures} WHEN ${expired} THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${locked} THEN ${loginThrottle.windowStartedAt} WHEN ${expired} THEN ${at} ELSE ${loginThrottle.windowStartedAt} END`,
      },
    })
    .returning({ failures: loginThrottle.failures, lockedUntil: loginThrottle.lockedUntil });
  if (row.lockedUntil && row.lockedUntil > now)
    return { failures: row.failures, lockedUntil: row.lockedUntil, justLocked: false };
  if (row.failures < lockout.attempts) return { failures: row.failures, justLocked: false };
  const until = new Date(now.getTime() + windowMs);
  await tx
    .update(loginThrottle)
    .set({ lockedUntil: until, failures: 0, windowStartedAt: now })
    .where(eq(loginThrottle.login, login));
  return { failures: row.failures, lockedUntil: until, justLocked: true };
}

/** Forgets the failed sign-ins of a login (a successful sign-in, or an admin's password reset). */
export async function clearLoginFailures(db: Db | Tx, login: string) {
  await db.delete(loginThrottle).where(eq(loginThrottle.login, login.toLowerCase()));
}
