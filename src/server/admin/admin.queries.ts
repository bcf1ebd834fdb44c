import { eq } from 'drizzle-orm';
import type { Role } from '../../domain/auth/roles.ts';
import type { Db, Tx } from '../db/connect.ts';
import { organisations, userRoles, users } from '../db/schema.ts';

export async function listUsers(db: Db | Tx) {
  const rows = await db
    .select({ user: users, org: organisations })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId));
  const roles = await db.select().from(userRoles);
  const byUser = new Map<string, Role[]>();
  for (const r of roles) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r.role as Role]);
  return rows.map((r) => ({ ...r, roles: (byUser.get(r.user.id) ?? []).sort() }));
}

export async function findOrg(db: Db | Tx, orgId: string) {
  const rows = await db.select().from(organisations).where(eq(organisations.id, orgId));
  return rows[0];
}

export async function insertUser(
  tx: Tx,
  values: {
    login: string;
    fullName: string;
    orgId: string;
    passwordHash: string;
    roles: Role[];
    locale?: string;
    email?: string | null;
  },
) {
  const [row] = await tx
    .insert(users)
    .values({
      login: values.login.toLowerCase(),
      fullName: values.fullName,
      orgId: values.orgId,
      passwordHash: values.passwordHash,
      locale: values.locale ?? 'kk',
      email: values.email ?? null,
    })
    .returning();
  await tx.insert(userRoles).values(values.roles.map((role) => ({ userId: row.id, role })));
  return row;
}

export async function replaceRoles(tx: Tx, userId: string, roles: Role[]) {
  await tx.delete(userRoles).where(eq(userRoles.userId, userId));
  await tx.insert(userRoles).values(roles.map((role) => ({ userId, role })));
}

export async function updateUserFields(
  tx: Tx,
  userId: string,
  values: { isActive?: boolean; passwordHash?: string },
) {
  if (Object.keys(values).length === 0) return;
  await tx.update(users).set(values).where(eq(users.id, userId));
}

export async function findUserById(db: Db | Tx, userId: string) {
  const rows = await db.select().from(users).where(eq(users.id, userId));
  return rows[0];
}
