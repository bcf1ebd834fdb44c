import { Alert, Button, Input, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../domain/locale.ts';
import { TEAM_ROLES, type TeamMember } from '../../../../domain/reengineering/project.schema.ts';
import { formatDate } from '../../../components/ui/format.ts';
import { removeRow, updateRow } from './as-is.logic.ts';
import { OrgSelect } from './org-select.tsx';
import { SaveBar, Section, useSaveDraft } from './project-bits.tsx';
import { useProjectCtx } from './project-context.tsx';
import { RowsTable } from './rows-table.tsx';
import {
  liveTeamProblems,
  membersByRole,
  newMember,
  nextRole,
  roleGroup,
  splitProblems,
  type TeamValue,
  teamLeader,
  withRole,
} from './team.logic.ts';

/**
 * The project team (R.30–R.31): members by role, the owner's and the Center's people checked
 * live against R.31, the team's protocol; saved as one part; printable as the protocol's list.
 */
export function TeamTab() {
  const { t } = useTranslation('reeng');
  const { project, team, organisations } = useProjectCtx();
  const canEdit = project.allowedActions.includes('edit_team');
  const value = team.state.value;
  const [printing, setPrinting] = useState(false);
  const save = useSaveDraft(team);
  const problems = useMemo(
    () => liveTeamProblems(value, project.org.id, organisations),
    [value, project.org.id, organisations],
  );
  const split = splitProblems(problems);
  const set = (next: Partial<TeamValue>) => team.edit({ ...value, ...next });
  const setMember = (id: string, patch: Partial<TeamMember>) =>
    set({ team: updateRow(value.team, id, patch) });
  const problemText = (code: string, point: string) =>
    `${t(`project.teamProblem.${code}`)} (${t('project.point', { n: point.replace(/^R\./, '') })})`;

  return (
    <div className={canEdit ? 'pj-tab' : 'pj-tab pj-readonly'}>
      <Section
        id="pj-team"
        title={t('project.team.title')}
        helper={t('project.team.help')}
        tools={
          <Button onClick={() => setPrinting(true)} disabled={value.team.length === 0}>
            {t('project.team.protocolView')}
          </Button>
        }
      >
        {organisations.length > 0 &&
          (problems.length === 0 ? (
            <Alert type="success" showIcon className="pj-alert" title={t('project.team.ok')} />
          ) : (
            <Alert
              type="warning"
              showIcon
              className="pj-alert"
              title={t('project.team.problems', { count: problems.length })}
              description={
                split.team.length > 0 ? (
                  <ul className="pj-list">
                    {split.team.map((p) => (
                      <li key={p.code}>{problemText(p.code, p.point)}</li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
          ))}
        <RowsTable
          rows={value.team}
          canEdit={canEdit}
          caption={t('project.team.members')}
          className="pj-team-table"
          empty={t('project.team.empty')}
          rowClassName={(m) => ((split.byMember.get(m.id) ?? []).length ? 'has-problem' : undefined)}
          removeLabel={(m, n) => t('project.team.removeOf', { n, name: m.fullName || '—' })}
          onRemove={(id) => set({ team: removeRow(value.team, id) })}
          addLabel={t('project.team.add')}
          onAdd={() => set({ team: [...value.team, newMember(nextRole(value.team), project.org.id)] })}
          columns={[
            {
              key: 'role',
              header: t('project.team.role'),
              className: 'pj-col-role',
              cell: (m, n) => (
                <Select
                  aria-label={t('project.team.roleOf', { n })}
                  value={m.role}
                  disabled={!canEdit}
                  onChange={(role) =>
                    set({
                      team: value.team.map((x) => (x.id === m.id ? withRole(x, role, project.org.id) : x)),
                    })
                  }
                  options={TEAM_ROLES.map((r) => ({
                    value: r,
                    label: `${t(`project.role.${r}`)} (${roleGroup(r)})`,
                  }))}
                  popupMatchSelectWidth={false}
                  className="pj-select"
                />
              ),
            },
            {
              key: 'fullName',
              header: t('project.team.fullName'),
              cell: (m, n) => {
                const rowProblems = split.byMember.get(m.id) ?? [];
                const errId = `pj-member-${m.id}-problems`;
                return (
                  <>
                    <Input
                      aria-label={t('project.team.fullNameOf', { n })}
                      aria-describedby={rowProblems.length ? errId : undefined}
                      value={m.fullName}
                      readOnly={!canEdit}
                      maxLength={300}
                      onChange={(e) => setMember(m.id, { fullName: e.target.value })}
                    />
                    {rowProblems.length > 0 && (
                      <ul id={errId} className="pj-row-problems">
                        {rowProblems.map((p) => (
                          <li key={p.code}>{problemText(p.code, p.point)}</li>
                        ))}
                      </ul>
                    )}
                  </>
                );
              },
            },
            {
              key: 'position',
              header: t('project.team.position'),
              cell: (m, n) => (
                <Input
                  aria-label={t('project.team.positionOf', { n })}
                  value={m.position}
                  readOnly={!canEdit}
                  maxLength={500}
                  onChange={(e) => setMember(m.id, { position: e.target.value })}
                />
              ),
            },
            {
              key: 'org',
              header: t('project.team.org'),
              className: 'pj-col-org',
              cell: (m, n) => (
                <OrgSelect
                  ariaLabel={t('project.team.orgOf', { n })}
                  value={m.orgId}
                  disabled={!canEdit}
                  onChange={(orgId) => setMember(m.id, { orgId })}
                />
              ),
            },
          ]}
        />
      </Section>

      <Section
        id="pj-team-protocol"
        title={t('project.team.protocol')}
        helper={t('project.team.protocolHelp')}
      >
        <div className="pj-form-row">
          <div className="pj-field">
            <label className="pj-field__label" htmlFor="pj-team-protocol-number">
              {t('project.team.protocolNumber')}
            </label>
            <Input
              id="pj-team-protocol-number"
              value={value.teamProtocol.number}
              readOnly={!canEdit}
              maxLength={100}
              onChange={(e) => set({ teamProtocol: { ...value.teamProtocol, number: e.target.value } })}
            />
          </div>
          <div className="pj-field">
            <label className="pj-field__label" htmlFor="pj-team-protocol-date">
              {t('project.protocolDate')}
            </label>
            <Input
              id="pj-team-protocol-date"
              type="date"
              value={value.teamProtocol.date ?? ''}
              readOnly={!canEdit}
              onChange={(e) => set({ teamProtocol: { ...value.teamProtocol, date: e.target.value || null } })}
            />
          </div>
        </div>
      </Section>

      <SaveBar
        canEdit={canEdit}
        dirty={team.state.dirty}
        saving={team.saving}
        onSave={save}
        error={team.error && !team.state.conflict ? team.error : null}
      />
      <ProtocolModal open={printing} value={value} onClose={() => setPrinting(false)} />
    </div>
  );
}

/** The team's protocol as a clean printable page: body, case, number and date, members by role. */
function ProtocolModal({ open, value, onClose }: { open: boolean; value: TeamValue; onClose: () => void }) {
  const { t } = useTranslation('reeng');
  const { project, locale, orgName } = useProjectCtx();
  const leader = teamLeader(value.team);
  const print = () => {
    const root = document.documentElement;
    root.classList.add('pj-printing');
    const done = () => {
      root.classList.remove('pj-printing');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  return (
    <Modal
      open={open}
      width={820}
      title={t('project.team.protocolView')}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('project.close')}
        </Button>,
        <Button key="print" type="primary" onClick={print}>
          {t('project.print')}
        </Button>,
      ]}
    >
      <article className="pj-protocol">
        <p className="pj-protocol__org">{pickText(project.org.name, locale)}</p>
        <h2 className="pj-protocol__title">{t('project.protocol.title')}</h2>
        <p className="pj-protocol__meta">
          {t('project.protocol.number', {
            number: value.teamProtocol.number || '____',
            date: formatDate(value.teamProtocol.date, locale) || '__.__.____',
          })}
        </p>
        <p>{t('project.protocol.case', { case: pickText(project.caseName, locale) })}</p>
        <p>{t('project.protocol.intro')}</p>
        <table className="pj-protocol__table">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">{t('project.team.fullName')}</th>
              <th scope="col">{t('project.team.position')}</th>
              <th scope="col">{t('project.team.org')}</th>
            </tr>
          </thead>
          {membersByRole(value.team).map((g, gi) => (
            <tbody key={g.role}>
              <tr className="pj-protocol__group">
                <th scope="colgroup" colSpan={4}>
                  {t(`project.role.${g.role}`)}
                </th>
              </tr>
              {g.members.map((m, i) => (
                <tr key={m.id}>
                  <td>
                    {gi + 1}.{i + 1}
                  </td>
                  <td>{m.fullName || '—'}</td>
                  <td>{m.position || '—'}</td>
                  <td>{m.orgId ? orgName(m.orgId) : t('project.team.noOrg')}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
        <p className="pj-protocol__sign">
          {t('project.protocol.leader')}: <span className="pj-protocol__line">{leader?.fullName || ''}</span>
        </p>
      </article>
    </Modal>
  );
}
