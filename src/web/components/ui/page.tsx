import type { ReactNode } from 'react';

/** The padded, width-limited body of a list or admin page (the editor draws its own layout). */
export function Page({ children, narrow }: { children: ReactNode; narrow?: boolean }) {
  return <div className={narrow ? 'dtm-page dtm-page--narrow' : 'dtm-page'}>{children}</div>;
}
