import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Actor, OrgKind } from '../../domain/auth/roles.ts';
import { AppError } from '../../domain/errors.ts';
import type { Locale } from '../../domain/locale.ts';
import { type AuditContext, appendAudit } from '../audit/audit.queries.ts';
import type { Db } from '../db/connect.ts';
import {
  deleteSession,
  findSessionUser,
  findUserByLogin,
  findUserWithOrg,
  insertSession,
  setUserLocale,
} from './auth.queries.ts';

/** argon2id with the library's defaults (m=19456 KiB, t=2, p=1). */
export const hashPassword = (password: string) => hash(password);

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// Verifying against a throwaway hash when the login is unknown keeps both paths equally slow.
let dummyHash: Promise<string> | undefined;

export interface SessionUser {
  actor: Actor;
  login: string;
  fullName: string;
  locale: Locale;
}

/** Checks the password and opens a session; returns the cookie token (only its hash is stored). */
export async function login(
  deps: { db: Db; now: Date; sessionDays: number; audit: AuditContext },
  input: { login: string; password: string },
): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const user = await findUserByLogin(deps.db, input.login);
  if (!user) {
    dummyHash ??= hash('not-a-real-password-0');
    await verify(await dummyHash, input.password);
    await appendAudit(
      deps.db,
      deps.audit,
      { type: 'session', id: input.login.slice(0, 100) },
      {
        type: 'auth.login_failed',
        data: { login: input.login.slice(0, 100) },
      },
    );
    throw new AppError('auth.invalid_credentials');
  }
  if (!(await verify(user.passwordHash, input.password))) {
    await appendAudit(
      deps.db,
      { ...deps.audit, orgId: user.orgId },
      { type: 'user', id: user.id },
      {
        type: 'auth.login_failed',
        data: { login: user.login },
      },
    );
    throw new AppError('auth.invalid_credentials');
  }
  if (!user.isActive) throw new AppError('auth.user_inactive');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(deps.now.getTime() + deps.sessionDays * 86_400_000);
  await deps.db.transaction(async (tx) => {
    await insertSession(tx, hashToken(token), user.id, expiresAt);
    await appendAudit(
      tx,
      { ...deps.audit, actorId: user.id, orgId: user.orgId },
      { type: 'user', id: user.id },
      {
        type: 'auth.login',
        data: { login: user.login },
      },
    );
  });
  return { token, expiresAt, userId: user.id };
}

/** The session's user as an actor, or undefined for an unknown, expired or blocked session. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<SessionUser | undefined> {
  const userId = await findSessionUser(db, hashToken(token), now);
  if (!userId) return undefined;
  const found = await findUserWithOrg(db, userId);
  if (!found?.user.isActive) return undefined;
  return {
    actor: { userId, orgId: found.org.id, orgKind: found.org.kind as OrgKind, roles: found.roles },
    login: found.user.login,
    fullName: found.user.fullName,
    locale: found.user.locale as Locale,
  };
}

export async function logout(deps: { db: Db; audit: AuditContext }, token: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await deleteSession(tx, hashToken(token));
    if (deps.audit.actorId)
      await appendAudit(
        tx,
        deps.audit,
        { type: 'user', id: deps.audit.actorId },
        { type: 'auth.logout', data: {} },
      );
  });
}

export async function changeLocale(db: Db, actor: Actor, locale: Locale): Promise<void> {
  await setUserLocale(db, actor.userId, locale);
}
