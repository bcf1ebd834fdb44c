import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectOut } from '../../../../api/reengineering.ts';
import { showFieldErrors } from '../../../components/ui/api-errors.ts';
import { ApiError } from '../../../lib/api.ts';
import { useInvalidateProjects, useProjectAction } from './api.ts';
import {
  actionBody,
  actionButtons,
  actionNeeds,
  isForward,
  type ProjectTab,
  type StageAction,
} from './project.logic.ts';

interface Values {
  reason?: string;
  protocolNumber?: string;
  protocolDate?: string;
}

/**
 * The stage actions the server allows this user (allowedActions), as buttons; each opens a dialog
 * that says what happens and asks for what the action needs: a reason (required to disagree,
 * return or reject), the protocol number and date (the team's, R.30; the Commission's, R.37).
 */
export function ProjectActions(props: {
  project: ProjectOut;
  /** The parts with unsaved changes (their names), which a step would not see. */
  unsaved: string[];
  goToTab: (tab: ProjectTab) => void;
}) {
  const { t } = useTranslation('reeng');
  const { message } = App.useApp();
  const { project } = props;
  const step = useProjectAction(project.id);
  const invalidate = useInvalidateProjects();
  const [open, setOpen] = useState<StageAction | null>(null);
  const [error, setError] = useState<ReactNode>(null);
  const [form] = Form.useForm<Values>();
  const buttons = actionButtons(project.allowedActions);
  if (!buttons.length) return null;

  const start = (a: StageAction) => {
    step.reset();
    setError(null);
    form.resetFields();
    if (a === 'confirm_team')
      form.setFieldsValue({
        protocolNumber: project.content.teamProtocol.number,
        protocolDate: project.content.teamProtocol.date ?? undefined,
      });
    setOpen(a);
  };
  const close = () => {
    setOpen(null);
    setError(null);
  };

  const goTo = (tab: ProjectTab) => (
    <Button
      type="link"
      className="pj-linkbtn"
      onClick={() => {
        close();
        props.goToTab(tab);
      }}
    >
      {t(`project.tab.${tab}`)}
    </Button>
  );

  /** The refusal in the user's words, with what is missing and where to fix it. */
  const explain = (e: unknown): ReactNode => {
    if (!(e instanceof ApiError)) return String(e);
    const details = (e.body.details ?? {}) as Record<string, unknown>;
    if (e.body.code === 'project.team_invalid' && Array.isArray(details.problems)) {
      const problems = details.problems as { code: string; point: string }[];
      return (
        <>
          <ul className="pj-list">
            {problems.slice(0, 8).map((p, i) => (
              <li key={`${p.code}-${i}`}>
                {t(`project.teamProblem.${p.code}`)} ({t('project.point', { n: p.point.replace(/^R\./, '') })}
                )
              </li>
            ))}
          </ul>
          {goTo('team')}
        </>
      );
    }
    if (e.body.code === 'project.plan_incomplete' && Array.isArray(details.missing))
      return (
        <>
          <ul className="pj-list">
            {(details.missing as string[]).map((m) => (
              <li key={m}>{t(`project.planMissing.${m}`)}</li>
            ))}
          </ul>
          {goTo('plan')}
        </>
      );
    if (e.body.code === 'project.as_is_incomplete') return goTo('asIs');
    return null;
  };

  const submit = async (v: Values) => {
    if (!open) return;
    setError(null);
    try {
      const out = await step.mutateAsync({ action: open, body: actionBody(open, v) });
      close();
      message.success(t('project.actionDone', { stage: t(`project.stage.${out.stage}`) }));
      await invalidate();
    } catch (e) {
      const rest = showFieldErrors(form, e, ['reason', 'protocolNumber', 'protocolDate']);
      if (e instanceof ApiError && e.body.code === 'validation.failed' && rest.length === 0) return;
      setError(
        <Alert
          type="error"
          showIcon
          role="alert"
          className="pj-alert"
          title={e instanceof Error ? e.message : String(e)}
          description={explain(e)}
        />,
      );
    }
  };

  const needs = open ? actionNeeds(open) : null;
  const blocked = props.unsaved.length > 0;

  return (
    <div className="pj-actions">
      {buttons.map((b) => (
        <Button
          key={b}
          type={isForward(b) ? 'primary' : 'default'}
          danger={!isForward(b)}
          onClick={() => start(b)}
        >
          {t(`project.action.${b}`)}
        </Button>
      ))}
      <Modal
        open={open !== null}
        title={open ? t(`project.action.${open}`) : ''}
        okText={open ? t(`project.action.${open}`) : ''}
        cancelText={t('project.cancel')}
        okButtonProps={{ disabled: blocked, danger: open ? !isForward(open) : false }}
        onOk={() => form.submit()}
        onCancel={close}
        confirmLoading={step.isPending}
        forceRender
        width={620}
      >
        {open && <p>{t(`project.actionText.${open}`)}</p>}
        {blocked && (
          <Alert
            type="warning"
            showIcon
            className="pj-alert"
            title={t('project.unsavedBeforeStep', { parts: props.unsaved.join(', ') })}
          />
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          name="project-action"
          onFinish={submit}
        >
          {needs?.protocol && (
            <div className="pj-form-row">
              <Form.Item
                name="protocolNumber"
                label={t(
                  open === 'confirm_team'
                    ? 'project.team.protocolNumber'
                    : 'project.commission.protocolNumber',
                )}
                rules={[{ required: true, whitespace: true, message: t('rules:required') }]}
              >
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item
                name="protocolDate"
                label={t('project.protocolDate')}
                rules={[{ required: true, message: t('rules:required') }]}
              >
                <Input type="date" />
              </Form.Item>
            </div>
          )}
          {needs && needs.reason !== 'none' && (
            <Form.Item
              name="reason"
              label={needs.reason === 'required' ? t('project.reason') : t('project.reasonOptional')}
              rules={
                needs.reason === 'required'
                  ? [{ required: true, whitespace: true, message: t('rules:required') }]
                  : []
              }
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
            </Form.Item>
          )}
        </Form>
        {error}
      </Modal>
    </div>
  );
}
