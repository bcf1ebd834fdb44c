import {
  LEGAL_ACT_KINDS,
  PLANNING_DOCUMENT_KINDS,
  type ReferenceItemBody,
  type ReferenceKind,
} from '../../api/reference.ts';
import { policy } from '../../domain/auth/policy.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { Tx } from '../db/connect.ts';
import type { Deps } from '../maps/maps.actions.ts';
import {
  dataObjectCodeTaken,
  findOrgIdByCode,
  informationSystemExists,
  insertReference,
  updateReference,
} from './reference.queries.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A data object's code is a stable slug the platform and process models refer to. */
const SLUG = /^[A-Za-z0-9_-]+$/;

function checkKind(body: ReferenceItemBody, kinds: readonly string[]) {
  if (!kinds.includes(body.extra ?? ''))
    throw new AppError('validation.failed', {
      issues: [{ path: ['body', 'extra'], rule: 'invalid_value', params: { values: kinds.join(', ') } }],
    });
}

/** A data object needs a unique slug and the information system that holds the data (R.39–R.40). */
async function checkDataObject(tx: Tx, body: ReferenceItemBody, id?: string) {
  const issues: FieldIssue[] = [];
  if (!body.code) issues.push({ path: ['body', 'code'], rule: 'required' });
  else if (!SLUG.test(body.code)) issues.push({ path: ['body', 'code'], rule: 'id' });
  else if (await dataObjectCodeTaken(tx, body.code, id))
    issues.push({ path: ['body', 'code'], rule: 'code_taken' });
  if (!body.extra) issues.push({ path: ['body', 'extra'], rule: 'required' });
  else if (!UUID.test(body.extra) || !(await informationSystemExists(tx, body.extra)))
    issues.push({ path: ['body', 'extra'], rule: 'unknown_reference' });
  if (issues.length) throw new AppError('validation.failed', { issues });
}

/**
 * Checks `extra` (and a data object's code) and resolves what is stored: provider (services),
 * owner organisation code → id (systems), kind (documents, legal acts), system id (data objects).
 */
async function resolveExtra(
  tx: Tx,
  kind: ReferenceKind,
  body: ReferenceItemBody,
  id?: string,
): Promise<string | null> {
  if (kind === 'planning-documents') checkKind(body, PLANNING_DOCUMENT_KINDS);
  if (kind === 'legal-acts') checkKind(body, LEGAL_ACT_KINDS);
  if (kind === 'data-objects') await checkDataObject(tx, body, id);
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
    const owner = await resolveExtra(tx, kind, body, id);
    if (!(await updateReference(tx, kind, id, body, owner))) throw new AppError('not_found');
    await appendAudit(
      tx,
      deps.audit,
      { type: 'reference', id },
      { type: 'reference.updated', data: { kind } },
    );
  });
}
