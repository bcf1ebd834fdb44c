import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * A wrapper for a table that may be wider than the page. When (and only when) it overflows, it
 * becomes a named, focusable region so a keyboard can scroll it (WCAG 2.1.1); otherwise it adds
 * no tab stop.
 */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  // A <section> is a landmark only when named: named, and focusable so a keyboard can scroll it
  // (WCAG 2.1.1), only while it overflows.
  return (
    <section
      ref={ref}
      className="dtm-scroll"
      aria-label={overflows ? label : undefined}
      tabIndex={overflows ? 0 : undefined}
    >
      {children}
    </section>
  );
}
