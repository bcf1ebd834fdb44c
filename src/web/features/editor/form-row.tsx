import type { ReactNode } from 'react';
import { FieldMessages } from './field-messages.tsx';
import { type JsonPath, pathKey } from './field-paths.ts';

/**
 * One row of the Form's two-column tables (passport, a case, a Fast Track project): the Form's
 * label and its guidance on the left, the value on the right, the findings of `path` under it.
 */
export function FormRow(props: { label: string; helper?: string; path?: JsonPath; children: ReactNode }) {
  return (
    <div className="ed-formrow" data-path={props.path ? pathKey(props.path) : undefined}>
      <div className="ed-formrow-label">
        <div className="ed-formrow-title">{props.label}</div>
        {props.helper && <div className="ed-helper">{props.helper}</div>}
      </div>
      <div className="ed-formrow-value">
        {props.children}
        {props.path && <FieldMessages path={props.path} />}
      </div>
    </div>
  );
}

/** A heading of a page or block with the Form's numbering and its guidance text. */
export function SectionHeading(props: {
  level?: 2 | 3;
  title: string;
  helper?: string;
  children?: ReactNode;
}) {
  const H = props.level === 3 ? 'h3' : 'h2';
  return (
    <div className={`ed-heading ed-heading-${props.level ?? 2}`}>
      <div className="ed-heading-line">
        <H>{props.title}</H>
        {props.children}
      </div>
      {props.helper && <p className="ed-helper ed-heading-helper">{props.helper}</p>}
    </div>
  );
}
