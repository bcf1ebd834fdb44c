import { z } from 'zod';

/** Roles of SPEC §1. A user holds one or more of them in the organisation the user belongs to. */
export const ROLES = [
  'dt_office',
  'deputy_head',
  'first_head',
  'data_officer',
  'reviewer',
  'authority_head',
  'center_expert',
  'commission_member',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

export const ORG_KINDS = [
  'central_state_body',
  'authorized_body',
  'support_center',
  'service_integrator',
  'operator',
  'interagency_commission',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

const STATE_BODY_ROLES: Role[] = ['dt_office', 'deputy_head', 'first_head', 'data_officer'];

/**
 * Which roles an organisation of each kind can grant (R.6–R.15). The authorized body is also a
 * state body with a map of its own; the platform administrator sits in the authorized body or
 * its Center.
 */
export const ROLES_BY_ORG_KIND: Record<OrgKind, readonly Role[]> = {
  central_state_body: STATE_BODY_ROLES,
  authorized_body: [...STATE_BODY_ROLES, 'reviewer', 'authority_head', 'admin'],
  support_center: ['center_expert', 'admin'],
  service_integrator: [],
  operator: [],
  interagency_commission: ['commission_member'],
};

/** Whether an organisation of `kind` can grant `role`. */
export function isRoleAllowedForOrg(role: Role, kind: OrgKind): boolean {
  return ROLES_BY_ORG_KIND[kind].includes(role);
}

/** Who is acting: the user, the organisation the user belongs to, and the roles held there. */
export interface Actor {
  userId: string;
  orgId: string;
  orgKind: OrgKind;
  roles: readonly Role[];
}

export const hasRole = (actor: Actor, ...roles: Role[]) => roles.some((r) => actor.roles.includes(r));
