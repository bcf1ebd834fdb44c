import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { BpmnModel } from '../../domain/bpmn/bpmn.model.ts';
import type { RegistryDataObject } from '../../domain/bpmn/bpmn.repeated-data.ts';
import type { Db, Tx } from '../db/connect.ts';
import {
  auditEvents,
  businessProcesses,
  dataObjects,
  deadlineChanges,
  organisations,
  processVariants,
  projectProcesses,
  reengineeringProjects,
} from '../db/schema.ts';

export type ProjectRow = typeof reengineeringProjects.$inferSelect;
export type ProcessRow = typeof businessProcesses.$inferSelect;
export type VariantRow = typeof processVariants.$inferSelect;
export type DeadlineChangeRow = typeof deadlineChanges.$inferSelect;

export async function findProject(db: Db | Tx, id: string): Promise<ProjectRow | undefined> {
  const rows = await db.select().from(reengineeringProjects).where(eq(reengineeringProjects.id, id));
  return rows[0];
}

/** The project row locked for the rest of the transaction: concurrent steps queue up. */
export async function lockProject(tx: Tx, id: string): Promise<ProjectRow | undefined> {
  const rows = await tx
    .select()
    .from(reengineeringProjects)
    .where(eq(reengineeringProjects.id, id))
    .for('update');
  return rows[0];
}

export async function findProjectForCase(db: Db | Tx, mapId: string, caseId: string) {
  const rows = await db
    .select()
    .from(reengineeringProjects)
    .where(and(eq(reengineeringProjects.mapId, mapId), eq(reengineeringProjects.caseId, caseId)));
  return rows[0];
}

export async function listProjects(db: Db | Tx, where: { orgId?: string; stage?: string }) {
  const conds = [
    ...(where.orgId ? [eq(reengineeringProjects.orgId, where.orgId)] : []),
    ...(where.stage ? [eq(reengineeringProjects.stage, where.stage)] : []),
  ];
  return db
    .select({ project: reengineeringProjects, org: organisations })
    .from(reengineeringProjects)
    .innerJoin(organisations, eq(organisations.id, reengineeringProjects.orgId))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(reengineeringProjects.teamDue), asc(reengineeringProjects.createdAt));
}

export async function insertProject(tx: Tx, values: typeof reengineeringProjects.$inferInsert) {
  const rows = await tx.insert(reengineeringProjects).values(values).returning();
  return rows[0] as ProjectRow;
}

export async function updateProject(
  tx: Tx,
  id: string,
  values: Partial<typeof reengineeringProjects.$inferInsert>,
): Promise<ProjectRow> {
  const rows = await tx
    .update(reengineeringProjects)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(reengineeringProjects.id, id))
    .returning();
  return rows[0] as ProjectRow;
}

export async function findOrg(db: Db | Tx, id: string) {
  const rows = await db.select().from(organisations).where(eq(organisations.id, id));
  return rows[0];
}

export async function orgsByIds(db: Db | Tx, ids: string[]) {
  if (!ids.length) return [];
  return db.select().from(organisations).where(inArray(organisations.id, ids));
}

/** The kind of every organisation of the directory (team composition checks, R.31). */
export async function orgKinds(db: Db | Tx): Promise<Map<string, string>> {
  const rows = await db.select({ id: organisations.id, kind: organisations.kind }).from(organisations);
  return new Map(rows.map((r) => [r.id, r.kind]));
}

export async function projectProcessRows(db: Db | Tx, projectId: string): Promise<ProcessRow[]> {
  const rows = await db
    .select({ p: businessProcesses })
    .from(projectProcesses)
    .innerJoin(businessProcesses, eq(businessProcesses.id, projectProcesses.processId))
    .where(eq(projectProcesses.projectId, projectId))
    .orderBy(asc(businessProcesses.createdAt), asc(businessProcesses.id));
  return rows.map((r) => r.p);
}

export async function linkProcess(tx: Tx, projectId: string, processId: string) {
  await tx.insert(projectProcesses).values({ projectId, processId }).onConflictDoNothing();
}

/** The projects (with their stage) a process takes part in. */
export async function projectsOfProcess(db: Db | Tx, processId: string): Promise<ProjectRow[]> {
  const rows = await db
    .select({ p: reengineeringProjects })
    .from(projectProcesses)
    .innerJoin(reengineeringProjects, eq(reengineeringProjects.id, projectProcesses.projectId))
    .where(eq(projectProcesses.processId, processId));
  return rows.map((r) => r.p);
}

/** Registry processes of a body linked to a case of its map. */
export async function processesOfCase(db: Db | Tx, orgId: string, mapId: string, caseId: string) {
  const rows = await db
    .select()
    .from(businessProcesses)
    .where(
      and(
        eq(businessProcesses.orgId, orgId),
        sql`${businessProcesses.caseLinks} @> ${JSON.stringify([{ mapId, caseId }])}::jsonb`,
      ),
    );
  return rows;
}

export async function insertProcess(tx: Tx, values: typeof businessProcesses.$inferInsert) {
  const rows = await tx.insert(businessProcesses).values(values).returning();
  return rows[0] as ProcessRow;
}

export async function findProcess(db: Db | Tx, id: string): Promise<ProcessRow | undefined> {
  const rows = await db.select().from(businessProcesses).where(eq(businessProcesses.id, id));
  return rows[0];
}

export async function lockProcess(tx: Tx, id: string): Promise<ProcessRow | undefined> {
  const rows = await tx.select().from(businessProcesses).where(eq(businessProcesses.id, id)).for('update');
  return rows[0];
}

export async function updateProcess(
  tx: Tx,
  id: string,
  values: Partial<typeof businessProcesses.$inferInsert>,
) {
  await tx
    .update(businessProcesses)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(businessProcesses.id, id));
}

/** The current (highest revision) variant of each kind of the processes. */
export async function currentVariants(db: Db | Tx, processIds: string[]): Promise<VariantRow[]> {
  if (!processIds.length) return [];
  const rows = await db
    .selectDistinctOn([processVariants.processId, processVariants.kind])
    .from(processVariants)
    .where(inArray(processVariants.processId, processIds))
    .orderBy(processVariants.processId, processVariants.kind, desc(processVariants.revision));
  return rows;
}

export async function currentVariant(db: Db | Tx, processId: string, kind: string) {
  const rows = await db
    .select()
    .from(processVariants)
    .where(and(eq(processVariants.processId, processId), eq(processVariants.kind, kind)))
    .orderBy(desc(processVariants.revision))
    .limit(1);
  return rows[0];
}

export async function insertVariant(tx: Tx, values: typeof processVariants.$inferInsert) {
  const rows = await tx.insert(processVariants).values(values).returning();
  return rows[0] as VariantRow;
}

/** The active data objects of e-government systems, in the shape the repeated-data rule reads. */
export async function registryDataObjects(db: Db | Tx): Promise<RegistryDataObject[]> {
  const rows = await db.select().from(dataObjects).where(eq(dataObjects.isActive, true));
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: { kk: r.name.kk, ru: r.name.ru, ...(r.name.en ? { en: r.name.en } : {}) },
    synonyms: r.synonyms,
    informationSystemId: r.informationSystemId,
  }));
}

export const modelOf = (v: VariantRow) => v.model as unknown as BpmnModel;

export async function listDeadlineChanges(db: Db | Tx, projectId: string): Promise<DeadlineChangeRow[]> {
  return db
    .select()
    .from(deadlineChanges)
    .where(eq(deadlineChanges.projectId, projectId))
    .orderBy(asc(deadlineChanges.requestedAt));
}

export async function lockDeadlineChange(tx: Tx, projectId: string, id: string) {
  const rows = await tx
    .select()
    .from(deadlineChanges)
    .where(and(eq(deadlineChanges.id, id), eq(deadlineChanges.projectId, projectId)))
    .for('update');
  return rows[0];
}

export async function insertDeadlineChange(tx: Tx, values: typeof deadlineChanges.$inferInsert) {
  const rows = await tx.insert(deadlineChanges).values(values).returning();
  return rows[0] as DeadlineChangeRow;
}

export async function updateDeadlineChange(
  tx: Tx,
  id: string,
  values: Partial<typeof deadlineChanges.$inferInsert>,
) {
  await tx.update(deadlineChanges).set(values).where(eq(deadlineChanges.id, id));
}

/** The project's events of one type, oldest first (agreements and Commission decisions live in the audit trail). */
export async function projectEvents(db: Db | Tx, projectId: string, types: string[]) {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.subjectType, 'project'),
        eq(auditEvents.subjectId, projectId),
        inArray(auditEvents.type, types),
      ),
    )
    .orderBy(asc(auditEvents.seq));
}
