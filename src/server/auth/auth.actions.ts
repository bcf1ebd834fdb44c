import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Actor, OrgKind } from '../../domain/auth/roles.ts';
import { AppError } from '../../domain/errors.ts';
import type { Locale } from '../../domain/locale.ts';
import { type AuditContext, appendAudit } from '../audit/audit.queries.ts';
import type { Db } from '../db/connect.ts';
import {
  clearLoginFailures,
  deleteSession,
  findLoginLock,
  findSessionActor,
  findUserByLogin,
  insertSession,
  recordLoginFailure,
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

export interface LoginLockout {
  /** Failed sign-ins of one login within `minutes` that lock it… */
  attempts: number;
  /** …for `minutes`. */
  minutes: number;
}

const lockedError = (until: Date, now: Date) =>
  new AppError('auth.locked', {
    minutes: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000)),
    lockedUntil: until.toISOString(),
  });

/**
 * Checks the password and opens a session; returns the cookie token (only its hash is stored).
 * Failed attempts are counted per login — known or not, so a lock reveals nothing — and
 * `lockout.attempts` of them within `lockout.minutes` lock the login for that long, even for the
 * right password (audited as auth.locked).
 */
export async function login(
  deps: { db: Db; now: Date; sessionDays: number; audit: AuditContext; lockout: LoginLockout },
  input: { login: string; password: string },
): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const key = input.login.toLowerCase().slice(0, 100);
  const lockedUntil = await findLoginLock(deps.db, key, deps.now);
  if (lockedUntil) throw lockedError(lockedUntil, deps.now);
  const user = await findUserByLogin(deps.db, input.login);
  let passwordOk = false;
  if (!user) {
    dummyHash ??= hash('not-a-real-password-0');
    await verify(await dummyHash, input.password);
  } else passwordOk = await verify(user.passwordHash, input.password);
  if (!user || !passwordOk) {
    const ctx = user ? { ...deps.audit, orgId: user.orgId } : deps.audit;
    const subject = user
      ? { type: 'user' as const, id: user.id }
      : { type: 'session' as const, id: input.login.slice(0, 100) };
    const lock = await deps.db.transaction(async (tx) => {
      await appendAudit(tx, ctx, subject, {
        type: 'auth.login_failed',
        data: { login: user?.login ?? input.login.slice(0, 100) },
      });
      const counted = await recordLoginFailure(tx, key, deps.now, deps.lockout);
      if (counted.justLocked && counted.lockedUntil)
        await appendAudit(tx, ctx, subject, {
          type: 'auth.locked',
          data: { login: key, failures: counted.failures, until: counted.lockedUntil.toISOString() },
        });
      return counted.lockedUntil;
    });
    if (lock) throw lockedError(lock, deps.now);
    throw new AppError('auth.invalid_credentials');
  }
  if (!user.isActive) throw new AppError('auth.user_inactive');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(deps.now.getTime() + deps.sessionDays * 86_400_000);
  await deps.db.transaction(async (tx) => {
    await insertSession(tx, hashToken(token), user.id, expiresAt);
    await clearLoginFailures(tx, key);
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
  const found = await findSessionActor(db, hashToken(token), now);
  if (!found?.isActive) return undefined;
  return {
    actor: {
      userId: found.userId,
      orgId: found.orgId,
      orgKind: found.orgKind as OrgKind,
      roles: found.roles,
    },
    login: found.login,
    fullName: found.fullName,
    locale: found.locale as Locale,
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
