import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useEditor } from './editor-context.tsx';
import { type EditorPageRef, pageParam } from './editor-pages.ts';

/** A link to a page of the editor, optionally to one field of it (the URL hash is its path). */
export function PageLink(props: {
  page: EditorPageRef;
  field?: string;
  children: ReactNode;
  className?: string;
  current?: boolean;
  onClick?: () => void;
}) {
  const { mapId, number } = useEditor();
  return (
    <Link
      to="/maps/$mapId/v/$number/$page"
      params={{ mapId, number: String(number), page: pageParam(props.page) }}
      hash={props.field}
      className={props.className}
      aria-current={props.current ? 'page' : undefined}
      onClick={props.onClick}
    >
      {props.children}
    </Link>
  );
}
