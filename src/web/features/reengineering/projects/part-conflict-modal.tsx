import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../domain/locale.ts';
import { type AsIs, AsIsSchema } from '../../../../domain/reengineering/project.schema.ts';
import { formatDate } from '../../../components/ui/format.ts';
import { useReference } from '../../admin/api.ts';
import {
  asIsConflictRows,
  type ConflictRow,
  conflictTitle,
  type PlanValue,
  planConflictRows,
  type SummaryContext,
  teamConflictRows,
} from './conflict.logic.ts';
import { tm } from './project-bits.tsx';
import { useProjectCtx } from './project-context.tsx';
import { type TeamValue, teamValueOf } from './team.logic.ts';
import type { PartDraft } from './use-part-draft.ts';

/**
 * Someone saved the same part after this user loaded it (409 project.part_conflict): both
 * versions side by side, the differing fields marked; keep mine (save over theirs, knowingly) or
 * take theirs (my edits are dropped). Nothing is lost silently.
 */
export function PartConflictModal({
  draft,
}: {
  draft: PartDraft<TeamValue> | PartDraft<AsIs> | PartDraft<PlanValue>;
}) {
  const { t } = useTranslation('reeng');
  const { locale, orgName } = useProjectCtx();
  const acts = useReference('legal-acts');
  const conflict = draft.state.conflict;
  if (!conflict) return null;
  const ctx: SummaryContext = {
    roleName: (r) => t(`project.role.${r}`),
    orgName,
    legalActName: (id) => {
      const a = acts.data?.find((x) => x.id === id);
      return a ? [a.code, pickText(a.name, locale)].filter(Boolean).join(' ') : id;
    },
    count: (n) => t('project.conflict.count', { count: n }),
    date: (d) => formatDate(d, locale),
  };
  const stored = conflict.stored as Record<string, unknown>;
  let rows: ConflictRow[];
  if (draft.part === 'team')
    rows = teamConflictRows(
      draft.state.value as TeamValue,
      teamValueOf(stored as unknown as Parameters<typeof teamValueOf>[0]),
      ctx,
    );
  else if (draft.part === 'asIs')
    rows = asIsConflictRows(draft.state.value as AsIs, AsIsSchema.parse(stored.asIs ?? {}), ctx);
  else
    rows = planConflictRows(
      draft.state.value as PlanValue,
      {
        justification: String(stored.justification ?? ''),
        actionPlan: (stored.actionPlan as PlanValue['actionPlan']) ?? [],
        concernedOrgIds: (stored.concernedOrgIds as string[]) ?? [],
      },
      ctx,
    );

  return (
    <Modal
      open
      width={900}
      title={tm(t, conflictTitle(draft.part))}
      closable={false}
      mask={{ closable: false }}
      footer={[
        <Button key="theirs" onClick={draft.takeTheirs}>
          {t('project.conflict.takeTheirs')}
        </Button>,
        <Button key="mine" type="primary" loading={draft.saving} onClick={() => void draft.keepMine()}>
          {t('project.conflict.keepMine')}
        </Button>,
      ]}
    >
      <p>{t('project.conflict.intro')}</p>
      <div className="pj-scroll">
        <table className="pj-table pj-conflict">
          <thead>
            <tr>
              <th scope="col">{t('project.conflict.field')}</th>
              <th scope="col">{t('project.conflict.mine')}</th>
              <th scope="col">{t('project.conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label} className={r.differs ? 'is-different' : undefined}>
                <th scope="row">
                  {t(r.label)}
                  {r.differs && <span className="pj-conflict__mark"> · {t('project.conflict.differs')}</span>}
                </th>
                <td className="pj-pre">{r.mine || '—'}</td>
                <td className="pj-pre">{r.theirs || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="dtm-muted">{t('project.conflict.explain')}</p>
    </Modal>
  );
}
