import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Table, Tooltip } from 'antd';
import { type ReactNode, useRef } from 'react';
import type { ErrorBody } from '../../../api/common.ts';
import { bytesToBase64 } from '../../features/reengineering/projects/file.logic.ts';
import { ApiError } from '../../lib/api.ts';
import './excel-bar.css';

type Issue = NonNullable<ErrorBody['issues']>[number];

/** The file as the JSON import endpoints take it. */
export interface UploadedFile {
  name: string;
  contentBase64: string;
}

export interface ExcelBarProps<T> {
  downloadHref: string;
  labels: {
    download: string;
    upload: string;
    help?: string;
    /** Column titles of the refused rows' table; without them the rows are listed. */
    issues?: { sheet: string; row: string; column: string; message: string };
  };
  /** Sends the chosen workbook; absent when the user may only download. */
  upload?: (file: UploadedFile) => Promise<T>;
  /** The success message of an upload. */
  success?: (result: T) => string;
  onUploaded?: (result: T) => void;
  /** Why an upload is not possible right now: the button is disabled with this as its tooltip. */
  uploadBlocked?: string | null;
  /** Something to offer under a refused upload (e.g. reloading after a conflict). */
  errorAction?: (error: ApiError) => ReactNode;
}

const param = (i: Issue, key: string) => {
  const v = i.params?.[key];
  return v === undefined ? '' : String(v);
};

/**
 * A workbook in Excel and back: download it, fill it in, upload it. A refused file shows every
 * bad row as Excel numbers it (sheet, row, column and the rule), so the user fixes them in Excel.
 */
export function ExcelBar<T>(props: ExcelBarProps<T>) {
  const { labels, upload } = props;
  const input = useRef<HTMLInputElement>(null);
  const mutation = useMutation({
    mutationFn: async (file: File) => {
      if (!upload) throw new Error('upload not allowed');
      return upload({
        name: file.name,
        contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
      });
    },
    onSuccess: (result) => props.onUploaded?.(result),
  });
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  const issues = error?.body.issues ?? [];
  const button = (
    <Button
      onClick={() => input.current?.click()}
      loading={mutation.isPending}
      disabled={Boolean(props.uploadBlocked)}
    >
      {labels.upload}
    </Button>
  );
  return (
    <div className="dtm-excel">
      <div className="dtm-excel-actions">
        <Button href={props.downloadHref} download>
          {labels.download}
        </Button>
        {upload ? (
          <>
            <input
              ref={input}
              type="file"
              accept=".xlsx"
              hidden
              aria-label={labels.upload}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) mutation.mutate(file);
                e.target.value = '';
              }}
            />
            {props.uploadBlocked ? <Tooltip title={props.uploadBlocked}>{button}</Tooltip> : button}
          </>
        ) : null}
        {labels.help ? <span className="dtm-excel-help">{labels.help}</span> : null}
      </div>
      {mutation.isSuccess && props.success ? (
        <Alert className="dtm-block" type="success" showIcon title={props.success(mutation.data)} />
      ) : null}
      {mutation.isError ? (
        <Alert
          className="dtm-block"
          type="error"
          showIcon
          title={mutation.error.message}
          action={error ? props.errorAction?.(error) : undefined}
          description={
            issues.length === 0 ? undefined : labels.issues ? (
              <Table<Issue>
                className="dtm-excel-issues"
                size="small"
                pagination={issues.length > 20 ? { pageSize: 20 } : false}
                rowKey={(i) => `${i.path.join('.')}-${i.rule}`}
                dataSource={issues}
                columns={[
                  { key: 'sheet', title: labels.issues.sheet, render: (_, i) => param(i, 'sheet') },
                  { key: 'row', title: labels.issues.row, render: (_, i) => param(i, 'row') },
                  { key: 'column', title: labels.issues.column, render: (_, i) => param(i, 'column') },
                  { key: 'message', title: labels.issues.message, dataIndex: 'message' },
                ]}
              />
            ) : (
              <ul className="dtm-excel-issues">
                {issues.map((i) => (
                  <li key={`${i.path.join('.')}-${i.rule}`}>{i.message}</li>
                ))}
              </ul>
            )
          }
        />
      ) : null}
    </div>
  );
}
