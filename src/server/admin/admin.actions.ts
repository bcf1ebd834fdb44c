import type { CreateUserBody, UpdateUserBody } from '../../api/admin.ts';
import { policy } from '../../domain/auth/policy.ts';
import { isRoleAllowedForOrg, type OrgKind, type Role } from '../../domain/auth/roles.ts';
import { AppError } from '../../domain/errors.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import { hashPassword } from '../auth/auth.actions.ts';
import { clearLoginFailures, deleteUserSessions, findUserByLogin } from '../auth/auth.queries.ts';
import type { Tx } from '../db/connect.ts';
import type { Deps } from '../maps/maps.actions.ts';
import { findOrg, findUserById, insertUser, replaceRoles, updateUserFields } from './admin.queries.ts';

function checkRoles(roles: Role[], orgKind: OrgKind) {
  const issues = roles
    .map((role, i) => ({ role, i }))
    .filter(({ role }) => !isRoleAllowedForOrg(role, orgKind))
    .map(({ i }) => ({ path: ['body', 'roles', i], rule: 'role_not_allowed_for_org' }));
  if (issues.length) throw new AppError('user.role_not_allowed_for_org', { issues });
}

/** An admin creates a user in an organisation with roles that organisation's kind can grant. */
export async function createUser(deps: Deps, input: CreateUserBody) {
  if (!policy.manageUsers(deps.actor)) throw new AppError('auth.forbidden');
  const org = await findOrg(deps.db, input.orgId);
  if (!org)
    throw new AppError('validation.failed', {
      issues: [{ path: ['body', 'orgId'], rule: 'unknown_organisation' }],
    });
  checkRoles(input.roles, org.kind as OrgKind);
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx: Tx) => {
    if (await findUserByLogin(tx, input.login)) throw new AppError('user.login_taken');
    const user = await insertUser(tx, { ...input, roles: [...new Set(input.roles)], passwordHash });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'user', id: user.id },
      {
        type: 'user.created',
        data: { login: user.login, orgId: org.id, roles: input.roles },
      },
    );
    return user;
  });
}

/** Grants/revokes roles, blocks/unblocks, resets the password; blocking or a new password ends sessions. */
export async function updateUser(deps: Deps, userId: string, input: UpdateUserBody) {
  if (!policy.manageUsers(deps.actor)) throw new AppError('auth.forbidden');
  const user = await findUserById(deps.db, userId);
  if (!user) throw new AppError('not_found');
  const org = (await findOrg(deps.db, user.orgId))!;
  if (input.roles) checkRoles(input.roles, org.kind as OrgKind);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  await deps.db.transaction(async (tx: Tx) => {
    if (input.roles) await replaceRoles(tx, userId, [...new Set(input.roles)]);
    await updateUserFields(tx, userId, {
      ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
      ...(passwordHash ? { passwordHash } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
    });
    if (input.isActive === false || passwordHash) await deleteUserSessions(tx, userId);
    // A new password or an unblocking also lifts a lock after failed sign-ins.
    if (input.isActive === true || passwordHash) await clearLoginFailures(tx, user.login);
    await appendAudit(
      tx,
      deps.audit,
      { type: 'user', id: userId },
      {
        type: 'user.updated',
        data: { roles: input.roles, isActive: input.isActive, passwordChanged: Boolean(passwordHash) },
      },
    );
  });
}
