import { and, eq, gt } from 'drizzle-orm';
import type { Role } from '../../domain/auth/roles.ts';
import type { Db, Tx } from '../db/connect.ts';
import { organisations, sessions, userRoles, users } from '../db/schema.ts';

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

/** The user id of a live session, or undefined when unknown or expired. */
export async function findSessionUser(
  db: Db | Tx,
  tokenHash: string,
  now: Date,
): Promise<string | undefined> {
  const rows = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return rows[0]?.userId;
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
