import { policy } from '../../domain/auth/policy.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { computeMetrics } from '../../domain/bpmn/bpmn.metrics.ts';
import { isActivityType } from '../../domain/bpmn/bpmn.model.ts';
import { BPMN_MAX_BYTES, parseBpmn } from '../../domain/bpmn/bpmn.parse.ts';
import { roleIndex } from '../../domain/bpmn/bpmn.roles.ts';
import { renderSvg } from '../../domain/bpmn/bpmn.svg.ts';
import { AppError } from '../../domain/errors.ts';
import {
  canViewProject,
  MODEL_ACTION,
  type ProjectStage,
  projectRefusal,
  type VariantKind,
} from '../../domain/reengineering/project.workflow.ts';
import { processSearchText } from '../../domain/registry/registry.search.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { Tx } from '../db/connect.ts';
import type { Deps } from '../maps/maps.actions.ts';
import { contentOf } from './projects.actions.ts';
import {
  currentVariant,
  currentVariants,
  insertVariant,
  lockProcess,
  modelOf,
  type ProcessRow,
  projectsOfProcess,
  updateProcess,
  type VariantRow,
} from './projects.queries.ts';

/**
 * May the actor save this kind of model of the process now? Inside a project the project's table
 * decides (the as-is model while describing, target/optimal while forming the target — R.32,
 * R.35–R.36); a published project's models are frozen. A process outside any project is kept by
 * its owner's office and data officer.
 */
async function checkMayEdit(tx: Tx, actor: Actor, process: ProcessRow, kind: VariantKind) {
  const projects = await projectsOfProcess(tx, process.id);
  const open = projects.filter((p) => p.stage !== 'published');
  if (projects.length && !open.length)
    throw new AppError('variant.not_allowed_in_stage', { stage: 'published' });
  if (!open.length) {
    if (actor.orgId !== process.orgId || !actor.roles.some((r) => r === 'dt_office' || r === 'data_officer'))
      throw new AppError('auth.forbidden');
    return null;
  }
  const refusals = open.map((p) => {
    const subject = {
      orgId: p.orgId,
      stage: p.stage as ProjectStage,
      concernedOrgIds: contentOf(p).concernedOrgIds,
    };
    return {
      p,
      visible: canViewProject(actor, subject),
      refusal: projectRefusal(actor, MODEL_ACTION[kind], subject),
    };
  });
  const allowed = refusals.find((r) => r.refusal === null);
  if (allowed) return allowed.p.id;
  if (refusals.some((r) => r.refusal === 'stage' || r.refusal === 'commission'))
    throw new AppError('variant.not_allowed_in_stage', { stage: open[0]?.stage ?? '' });
  throw new AppError('auth.forbidden');
}

/** The newest model that describes the process in the registry: the target once reengineered, else the as-is. */
function describingVariant(process: ProcessRow, variants: VariantRow[]): VariantRow | undefined {
  const of = (kind: VariantKind) => variants.find((v) => v.kind === kind);
  return process.status === 'reengineered'
    ? (of('target') ?? of('as_is'))
    : (of('as_is') ?? of('target') ?? of('optimal'));
}

/** Re-derives the registry's roles, steps and data of a process from its describing model. */
export async function refreshDerived(tx: Tx, process: ProcessRow) {
  const variant = describingVariant(process, await currentVariants(tx, [process.id]));
  const model = variant ? modelOf(variant) : null;
  const index = model ? roleIndex(model) : null;
  const roles =
    model && index
      ? [...new Set(model.nodes.map((n) => index.roleName(index.roleOf(n.id))).filter((r) => r !== ''))]
      : [];
  const steps = model ? model.nodes.filter((n) => isActivityType(n.type)).map((n) => n.name || n.id) : [];
  const dataNames = model ? [...new Set(model.dataObjects.map((d) => d.name).filter(Boolean))] : [];
  await updateProcess(tx, process.id, {
    roles,
    steps,
    dataNames,
    searchText: processSearchText({
      name: process.name,
      roles,
      steps,
      dataNames,
      description: process.description,
    }),
  });
}

/**
 * Saves a BPMN variant: the XML is parsed and validated (moddle warnings are errors) before
 * anything is stored; the server renders its SVG and computes its metrics. A save based on an
 * older revision is refused with 409 — every saved revision stays in the table.
 */
export async function saveVariant(
  deps: Deps,
  processId: string,
  kind: VariantKind,
  baseRevision: number,
  xml: string,
) {
  if (new TextEncoder().encode(xml).length > BPMN_MAX_BYTES)
    throw new AppError('bpmn.too_large', { limit: BPMN_MAX_BYTES });
  const parsed = await parseBpmn(xml);
  if (!parsed.ok) {
    if (parsed.error.code === 'too_large') throw new AppError('bpmn.too_large', { limit: BPMN_MAX_BYTES });
    throw new AppError(`bpmn.${parsed.error.code}`, { detail: parsed.error.detail ?? '' });
  }
  const model = parsed.model;
  return deps.db.transaction(async (tx) => {
    const process = await lockProcess(tx, processId);
    if (!process || !policy.viewProcess(deps.actor, process)) throw new AppError('not_found');
    const projectId = await checkMayEdit(tx, deps.actor, process, kind);
    const current = await currentVariant(tx, processId, kind);
    const revision = current?.revision ?? 0;
    if (revision !== baseRevision) throw new AppError('variant.conflict', { revision });
    const row = await insertVariant(tx, {
      processId,
      kind,
      revision: revision + 1,
      xml,
      svg: renderSvg(model),
      model: model as unknown as Record<string, unknown>,
      metrics: computeMetrics(model) as unknown as Record<string, unknown>,
      createdBy: deps.actor.userId,
    });
    await refreshDerived(tx, process);
    await appendAudit(
      tx,
      deps.audit,
      { type: 'process', id: processId },
      { type: 'variant.saved', data: { kind, revision: row.revision, projectId } },
    );
    return row;
  });
}
