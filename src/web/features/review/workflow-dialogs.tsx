import { Alert, Form, Input, Modal, Radio } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../domain/locale.ts';
import { AMENDMENT_GROUNDS } from '../../../domain/workflow/workflow.ts';

/** The error of a refused step, shown inside its dialog; `extra` is a way out (a link). */
export function StepError(props: { message: string | null; extra?: ReactNode }) {
  if (!props.message) return null;
  return (
    <Alert
      className="rv-dialog-error"
      type="error"
      showIcon
      role="alert"
      title={props.message}
      description={props.extra}
    />
  );
}

/** A step without input (submit, start the next draft, approve, publish): what it does, then OK. */
export function ConfirmStepDialog(props: {
  open: boolean;
  title: string;
  text: string;
  okText: string;
  pending: boolean;
  /** Why OK cannot be pressed yet (changes still being saved). */
  blockedBy?: string | null;
  error: ReactNode;
  onOk: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('editor');
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('editor:common.cancel')}
      onOk={props.onOk}
      onCancel={props.onCancel}
      confirmLoading={props.pending}
      okButtonProps={{ disabled: Boolean(props.blockedBy) }}
      destroyOnHidden
    >
      <p>{props.text}</p>
      {props.blockedBy && (
        <p className="rv-note" role="status">
          {props.blockedBy}
        </p>
      )}
      {props.error}
    </Modal>
  );
}

export interface DecisionValues {
  decision: 'agree' | 'return';
  reason: string;
}

/**
 * The decision of the authorized body's first head (R.23): agree, or return for revision; a reason
 * is required. The open remarks are counted so nobody agrees past them unknowingly.
 */
export function DecisionDialog(props: {
  open: boolean;
  number: number;
  openRemarks: number;
  allowed: { agree: boolean; return: boolean };
  pending: boolean;
  error: ReactNode;
  onShowRemarks: () => void;
  onSubmit: (v: DecisionValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('editor');
  const [form] = Form.useForm<DecisionValues>();
  return (
    <Modal
      open={props.open}
      title={t('editor:wf.decision.title')}
      okText={t('editor:wf.decision.submit')}
      cancelText={t('editor:common.cancel')}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      confirmLoading={props.pending}
      destroyOnHidden
    >
      <p>{t('editor:wf.decision.intro', { n: props.number })}</p>
      <p className={props.openRemarks ? 'rv-open-remarks is-open' : 'rv-open-remarks'}>
        {props.openRemarks
          ? t('editor:wf.decision.openRemarks', { count: props.openRemarks })
          : t('editor:wf.decision.noOpenRemarks')}{' '}
        {props.openRemarks > 0 && (
          <button type="button" className="rv-linkbtn" onClick={props.onShowRemarks}>
            {t('editor:wf.decision.showRemarks')}
          </button>
        )}
      </p>
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        name="decision"
        onFinish={(v) => props.onSubmit({ decision: v.decision, reason: v.reason.trim() })}
      >
        <Form.Item
          name="decision"
          label={t('editor:wf.decision.choice')}
          rules={[{ required: true, message: t('rules:required') }]}
        >
          <Radio.Group aria-label={t('editor:wf.decision.choice')}>
            <Radio value="agree" disabled={!props.allowed.agree}>
              {t('editor:wf.decision.agree')}
            </Radio>
            <Radio value="return" disabled={!props.allowed.return}>
              {t('editor:wf.decision.return')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('editor:wf.decision.reason')}
          extra={t('editor:wf.decision.reasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('rules:required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
      </Form>
      {props.error}
    </Modal>
  );
}

export interface AmendmentValues {
  ground: number;
  justification: string;
}

/** Starting an amendment (R.41–R.42): one of the six grounds of R.41, in the reader's language, and why. */
export function AmendmentDialog(props: {
  open: boolean;
  locale: Locale;
  pending: boolean;
  error: ReactNode;
  onSubmit: (v: AmendmentValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('editor');
  const [form] = Form.useForm<AmendmentValues>();
  return (
    <Modal
      open={props.open}
      title={t('editor:wf.amend.title')}
      okText={t('editor:wf.amend.submit')}
      cancelText={t('editor:common.cancel')}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      confirmLoading={props.pending}
      width={720}
      destroyOnHidden
    >
      <p>{t('editor:wf.amend.intro')}</p>
      <Form<AmendmentValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        name="amendment"
        onFinish={(v) => props.onSubmit({ ground: v.ground, justification: v.justification.trim() })}
      >
        <Form.Item
          name="ground"
          label={t('editor:wf.amend.ground')}
          rules={[{ required: true, message: t('rules:required') }]}
        >
          <Radio.Group className="rv-grounds" aria-label={t('editor:wf.amend.ground')}>
            {AMENDMENT_GROUNDS.map((g) => (
              <Radio key={g.ground} value={g.ground}>
                {t('editor:wf.amend.groundOption', { ground: g.ground, title: g.title[props.locale] })}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="justification"
          label={t('editor:wf.amend.justification')}
          rules={[{ required: true, whitespace: true, message: t('rules:required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
      </Form>
      {props.error}
    </Modal>
  );
}
