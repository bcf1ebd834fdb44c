import { type RefObject, useEffect } from 'react';
import { canvasOf, type HasServices } from './bpmn-api.ts';

/** Tells the diagram's canvas when its host element changes size (the container resizes, not only the window). */
export function useCanvasResize(host: RefObject<HTMLElement | null>, diagram: RefObject<HasServices | null>) {
  useEffect(() => {
    const el = host.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const d = diagram.current;
        if (d) canvasOf(d).resized();
      });
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [host, diagram]);
}
