import { Alert, App, Button, Checkbox, Form, Input, Modal, Radio, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineChangeOut } from '../../../../api/reengineering.ts';
import { showFieldErrors } from '../../../components/ui/api-errors.ts';
import { formatDate, formatDateTime } from '../../../components/ui/format.ts';
import { deadlineFileUrl, useDecideDeadlineChange, useRequestDeadlineChange } from './api.ts';
import {
  bytesToBase64,
  fileTooLarge,
  formatFileSize,
  PROTOCOL_ACCEPT,
  PROTOCOL_MAX_MB,
  protocolFileType,
} from './file.logic.ts';
import { Section } from './project-bits.tsx';
import { useProjectCtx } from './project-context.tsx';
import { teamLeader } from './team.logic.ts';

interface RequestValues {
  ground: 1 | 2;
  newDue: string;
  reasons: string;
  protocolNumber: string;
  protocolDate: string;
  signedByLeader: boolean;
}

const FIELDS = ['ground', 'newDue', 'reasons', 'protocolNumber', 'protocolDate', 'signedByLeader', 'file'];
const STATUS_COLOR = { pending: 'processing', approved: 'success', rejected: 'error' } as const;

/**
 * Replacing or extending the reengineering deadline (R.33–R.34): only on the two grounds of R.33,
 * on the team's protocol signed by its leader (the file is attached); the deputy head decides.
 */
export function DeadlinesTab() {
  const { t } = useTranslation('reeng');
  const { project, locale } = useProjectCtx();
  const canRequest = project.allowedActions.includes('request_deadline_change');
  const canDecide = project.allowedActions.includes('decide_deadline_change');
  const [deciding, setDeciding] = useState<{
    change: DeadlineChangeOut;
    decision: 'approve' | 'reject';
  } | null>(null);
  const date = (d: string | null) => formatDate(d, locale);

  return (
    <div className="pj-tab">
      <Section title={t('project.deadlines.title')} helper={t('project.deadlines.help')}>
        <p className="pj-big">
          {t('project.deadlines.current')}: <strong>{date(project.reengineeringDue)}</strong>
        </p>
        {project.deadlineChanges.length === 0 ? (
          <p className="dtm-muted">{t('project.deadlines.none')}</p>
        ) : (
          <div className="pj-scroll">
            <table className="pj-table">
              <caption className="dtm-sr-only">{t('project.deadlines.list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('project.deadlines.requestedAt')}</th>
                  <th scope="col">{t('project.deadlines.ground')}</th>
                  <th scope="col">{t('project.deadlines.change')}</th>
                  <th scope="col">{t('project.deadlines.reasons')}</th>
                  <th scope="col">{t('project.deadlines.protocol')}</th>
                  <th scope="col">{t('project.deadlines.status')}</th>
                  {canDecide && (
                    <th scope="col">
                      <span className="dtm-sr-only">{t('project.actions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {project.deadlineChanges.map((c) => (
                  <tr key={c.id}>
                    <td className="dtm-nowrap">{formatDateTime(c.requestedAt, locale)}</td>
                    <td>{t('project.deadlines.groundN', { n: c.ground })}</td>
                    <td className="dtm-nowrap" id={`pj-dc-${c.id}`}>
                      {date(c.previousDue)} → <strong>{date(c.newDue)}</strong>
                    </td>
                    <td className="pj-pre">{c.reasons}</td>
                    <td>
                      {t('project.protocolNo', { number: c.protocolNumber, date: date(c.protocolDate) })}
                      <div className="dtm-muted pj-small">
                        {t('project.deadlines.signedBy', { name: c.signedBy })}
                      </div>
                      <a href={deadlineFileUrl(project.id, c.id)} download={c.fileName}>
                        {t('project.deadlines.download', { name: c.fileName })}
                      </a>
                    </td>
                    <td>
                      <Tag className="dtm-tag" color={STATUS_COLOR[c.status]}>
                        {t(`project.deadlines.status.${c.status}`)}
                      </Tag>
                      {c.decidedAt && (
                        <div className="dtm-muted pj-small">{formatDateTime(c.decidedAt, locale)}</div>
                      )}
                      {c.decisionReason && <div className="pj-pre pj-small">{c.decisionReason}</div>}
                    </td>
                    {canDecide && (
                      <td className="pj-col-tools">
                        {c.status === 'pending' && (
                          <div className="pj-row-actions">
                            <Button
                              size="small"
                              type="primary"
                              aria-describedby={`pj-dc-${c.id}`}
                              onClick={() => setDeciding({ change: c, decision: 'approve' })}
                            >
                              {t('project.deadlines.approve')}
                            </Button>
                            <Button
                              size="small"
                              danger
                              onClick={() => setDeciding({ change: c, decision: 'reject' })}
                            >
                              {t('project.deadlines.reject')}
                            </Button>
                          </div>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      {canRequest && <RequestForm />}
      {deciding && <DecisionDialog {...deciding} onClose={() => setDeciding(null)} />}
    </div>
  );
}

function RequestForm() {
  const { t } = useTranslation('reeng');
  const { message } = App.useApp();
  const { project, locale } = useProjectCtx();
  const request = useRequestDeadlineChange(project.id);
  const [form] = Form.useForm<RequestValues>();
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [rest, setRest] = useState<string[]>([]);
  const leader = teamLeader(project.content.team);

  const pick = (f: File | undefined) => {
    setFileError(null);
    setFile(null);
    if (!f) return;
    if (!protocolFileType(f.name, f.type)) return setFileError(t('project.deadlines.fileType'));
    if (fileTooLarge(f.size))
      return setFileError(t('project.deadlines.fileTooLarge', { mb: PROTOCOL_MAX_MB }));
    setFile(f);
  };

  const submit = async (v: RequestValues) => {
    setRest([]);
    if (!file) {
      setFileError(t('project.deadlines.fileRequired'));
      return;
    }
    try {
      const type = protocolFileType(file.name, file.type)!;
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      await request.mutateAsync({
        ground: v.ground,
        newDue: v.newDue,
        reasons: v.reasons.trim(),
        protocolNumber: v.protocolNumber.trim(),
        protocolDate: v.protocolDate,
        signedByLeader: true,
        file: { name: file.name, type, contentBase64 },
      });
      message.success(t('project.deadlines.requested'));
      form.resetFields();
      setFile(null);
    } catch (e) {
      const left = showFieldErrors(form, e, FIELDS);
      setRest(left);
    }
  };

  return (
    <Section
      id="pj-deadline-request"
      title={t('project.deadlines.requestTitle')}
      helper={t('project.deadlines.requestHelp')}
    >
      {!leader && (
        <Alert type="warning" showIcon className="pj-alert" title={t('project.deadlines.noLeader')} />
      )}
      <Form<RequestValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        name="deadline-change"
        onFinish={submit}
        className="pj-form"
      >
        <Form.Item
          name="ground"
          label={t('project.deadlines.ground')}
          rules={[{ required: true, message: t('rules:required') }]}
        >
          <Radio.Group className="pj-grounds" aria-label={t('project.deadlines.ground')}>
            <Radio value={1}>{t('project.deadlines.ground1')}</Radio>
            <Radio value={2}>{t('project.deadlines.ground2')}</Radio>
          </Radio.Group>
        </Form.Item>
        <div className="pj-form-row">
          <Form.Item
            name="newDue"
            label={t('project.deadlines.newDue')}
            rules={[{ required: true, message: t('rules:required') }]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="protocolNumber"
            label={t('project.deadlines.protocolNumber')}
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
        <Form.Item
          name="reasons"
          label={t('project.deadlines.reasons')}
          rules={[{ required: true, whitespace: true, message: t('rules:required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <div className="pj-field">
          <span className="pj-field__label" id="pj-protocol-file-label">
            {t('project.deadlines.file', { mb: PROTOCOL_MAX_MB })}
          </span>
          <input
            ref={fileInput}
            id="pj-protocol-file"
            type="file"
            accept={PROTOCOL_ACCEPT}
            hidden
            tabIndex={-1}
            aria-labelledby="pj-protocol-file-label"
            onChange={(e) => {
              pick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <div className="pj-file">
            <Button
              onClick={() => fileInput.current?.click()}
              aria-describedby={
                fileError ? 'pj-protocol-file-label pj-protocol-file-error' : 'pj-protocol-file-label'
              }
            >
              {t('project.deadlines.chooseFile')}
            </Button>
            <span className={file ? undefined : 'dtm-muted'} role="status">
              {file ? `${file.name}, ${formatFileSize(file.size, locale)}` : t('project.deadlines.noFile')}
            </span>
          </div>
          {fileError && (
            <div id="pj-protocol-file-error" className="pj-field-error" role="alert">
              {fileError}
            </div>
          )}
        </div>
        <Form.Item
          name="signedByLeader"
          valuePropName="checked"
          rules={[
            {
              validator: (_, v) =>
                v ? Promise.resolve() : Promise.reject(new Error(t('project.deadlines.signedRequired'))),
            },
          ]}
        >
          <Checkbox disabled={!leader}>
            {t('project.deadlines.signedByLeader', { name: leader?.fullName || '—' })}
          </Checkbox>
        </Form.Item>
        {rest.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            className="pj-alert"
            title={rest.length === 1 ? rest[0] : t('project.deadlines.notSent')}
            description={
              rest.length > 1 ? (
                <ul className="pj-list">
                  {rest.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
        <Button type="primary" htmlType="submit" loading={request.isPending} disabled={!leader}>
          {t('project.deadlines.send')}
        </Button>
      </Form>
    </Section>
  );
}

function DecisionDialog(props: {
  change: DeadlineChangeOut;
  decision: 'approve' | 'reject';
  onClose: () => void;
}) {
  const { t } = useTranslation('reeng');
  const { message } = App.useApp();
  const { project, locale } = useProjectCtx();
  const decide = useDecideDeadlineChange(project.id);
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const reject = props.decision === 'reject';
  const submit = async (v: { reason?: string }) => {
    setError(null);
    try {
      await decide.mutateAsync({
        changeId: props.change.id,
        decision: props.decision,
        reason: v.reason?.trim() ?? '',
      });
      message.success(t(reject ? 'project.deadlines.rejected' : 'project.deadlines.approved'));
      props.onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Modal
      open
      title={t(reject ? 'project.deadlines.rejectTitle' : 'project.deadlines.approveTitle')}
      okText={t(reject ? 'project.deadlines.reject' : 'project.deadlines.approve')}
      okButtonProps={{ danger: reject }}
      cancelText={t('project.cancel')}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      confirmLoading={decide.isPending}
    >
      <p>
        {t('project.deadlines.decisionText', {
          from: formatDate(props.change.previousDue, locale),
          to: formatDate(props.change.newDue, locale),
        })}
      </p>
      <Form form={form} layout="vertical" requiredMark={false} name="deadline-decision" onFinish={submit}>
        <Form.Item
          name="reason"
          label={reject ? t('project.reason') : t('project.reasonOptional')}
          rules={reject ? [{ required: true, whitespace: true, message: t('rules:required') }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
    </Modal>
  );
}
