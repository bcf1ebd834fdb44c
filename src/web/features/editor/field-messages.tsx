import { useFieldMessages } from './editor-context.tsx';
import type { JsonPath } from './field-paths.ts';

/** The findings and save issues that point at one field, under it, in the severity's colour. */
export function FieldMessages({ path, id }: { path: JsonPath; id?: string }) {
  const messages = useFieldMessages(path);
  if (!messages.length) return null;
  return (
    <ul className="ed-messages" id={id}>
      {messages.map((m, i) => (
        <li
          key={`${m.code}-${i}`}
          className={m.severity === 'blocking' ? 'ed-msg ed-msg-error' : 'ed-msg ed-msg-warning'}
        >
          <span aria-hidden="true" className="ed-msg-icon">
            {m.severity === 'blocking' ? '●' : '▲'}
          </span>
          {m.text}
        </li>
      ))}
    </ul>
  );
}

/** The antd input status of a field: error for a blocking message, warning otherwise. */
export function statusOf(messages: { severity: 'blocking' | 'warning' }[]): '' | 'error' | 'warning' {
  if (messages.some((m) => m.severity === 'blocking')) return 'error';
  return messages.length ? 'warning' : '';
}
