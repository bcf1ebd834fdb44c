import { PLANNING_DOCUMENT_KINDS, type ReferenceItemBody, type ReferenceKind } from '../../api/reference.ts';
import { policy } from '../../domain/auth/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { Tx } from '../db/connect.ts';
import type { Deps } from '../maps/maps.actions.ts';
import { findOrgIdByCode, insertReference, updateReference } from './reference.queries.ts';

/** The `extra` field means: provider (services), owner organisation code (systems), kind (documents). */
async function resolveExtra(tx: Tx, kind: ReferenceKind, body: ReferenceItemBody): Promise<string | null> {
  if (
    kind === 'planning-documents' &&
    !(PLANNING_DOCUMENT_KINDS as readonly string[]).includes(body.extra ?? '')
  )
    throw new AppError('validation.failed', {
      issues: [
        {
          path: ['body', 'extra'],
          rule: 'invalid_value',
          params: { values: PLANNING_DOCUMENT_KINDS.join(', ') },
        },
      ],
    });
  if (kind === 'information-systems' && body.extra) {
    const orgId = await findOrgIdByCode(tx, body.extra);
    if (!orgId)
      throw new AppError('validation.failed', {
        issues: [{ path: ['body', 'extra'], rule: 'unknown_organisation' }],
      });
    return orgId;
  }
  return null;
}

export async function createReferenceItem(deps: Deps, kind: ReferenceKind, body: ReferenceItemBody) {
  if (!policy.manageReference(deps.actor)) throw new AppError('auth.forbidden');
  return deps.db.transaction(async (tx) => {
    const owner = await resolveExtra(tx, kind, body);
    const id = await insertReference(tx, kind, body, owner);
    await appendAudit(
      tx,
      deps.audit,
      { type: 'reference', id },
      { type: 'reference.created', data: { kind } },
    );
    return id;
  });
}

export async function updateReferenceItem(
  deps: Deps,
  kind: ReferenceKind,
  id: string,
  body: ReferenceItemBody,
) {
  if (!policy.manageReference(deps.actor)) throw new AppError('auth.forbidden');
  return deps.db.transaction(async (tx) => {
    const owner = await resolveExtra(tx, kind, body);
    if (!(await updateReference(tx, kind, id, body, owner))) throw new AppError('not_found');
    await appendAudit(
      tx,
      deps.audit,
      { type: 'reference', id },
      { type: 'reference.updated', data: { kind } },
    );
  });
}
