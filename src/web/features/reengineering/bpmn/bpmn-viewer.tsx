import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useRef, useState } from 'react';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './bpmn.css';
import { canvasOf, centreElement, errorText, fitViewport, registryOf, warningTexts } from './bpmn-api.ts';
import { type DiagramMarkers, markerAssignments, markersKey } from './diff-markers.ts';
import { ImportAlert, type ImportProblems, NO_PROBLEMS } from './import-alert.tsx';
import { useCanvasResize } from './use-canvas-resize.ts';

export interface BpmnViewerProps {
  /** BPMN 2.0 XML. */
  xml: string;
  /** Elements to colour (ids the diagram does not have are ignored). */
  markers?: DiagramMarkers;
  /** Height of the canvas in pixels (480 by default). */
  height?: number;
  /** Names the diagram for screen readers, e.g. "Как есть: приём заявления". */
  ariaLabel: string;
  /** An element to bring into the middle of the view (when it exists in the diagram). */
  focusId?: string | null;
}

/**
 * A read-only BPMN diagram that can be panned and zoomed (mouse, or the arrow keys once the
 * diagram has focus), with elements coloured by `markers` (bpmn.css).
 */
export function BpmnViewer({ xml, markers, height = 480, ariaLabel, focusId }: BpmnViewerProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<NavigatedViewer | null>(null);
  const applied = useRef<Array<[string, string]>>([]);
  const [imported, setImported] = useState(0);
  const [problems, setProblems] = useState<ImportProblems>(NO_PROBLEMS);

  useEffect(() => {
    const viewer = new NavigatedViewer({ container: hostRef.current! });
    viewerRef.current = viewer;
    return () => {
      viewer.destroy();
      viewerRef.current = null;
      applied.current = [];
    };
  }, []);

  useCanvasResize(hostRef, viewerRef);

  useEffect(() => {
    const viewer = viewerRef.current;
    if (!viewer) return;
    let cancelled = false;
    applied.current = [];
    viewer
      .importXML(xml)
      .then(({ warnings }) => {
        if (cancelled) return;
        fitViewport(viewer);
        setProblems({ error: null, warnings: warningTexts(warnings) });
        setImported((n) => n + 1);
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        setProblems({ error: errorText(e), warnings: [] });
      });
    return () => {
      cancelled = true;
    };
  }, [xml]);

  const key = markersKey(markers);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `markers`; re-applied after each import.
  useEffect(() => {
    const viewer = viewerRef.current;
    if (!viewer || imported === 0) return;
    const canvas = canvasOf(viewer);
    const registry = registryOf(viewer);
    for (const [id, cls] of applied.current) if (registry.get(id)) canvas.removeMarker(id, cls);
    applied.current = markerAssignments(markers, (id) => registry.get(id) !== undefined);
    for (const [id, cls] of applied.current) canvas.addMarker(id, cls);
  }, [key, imported]);

  useEffect(() => {
    const viewer = viewerRef.current;
    if (!viewer || imported === 0 || !focusId) return;
    centreElement(viewer, focusId);
  }, [focusId, imported]);

  return (
    <div className="bpmn-viewer">
      <ImportAlert problems={problems} onClose={() => setProblems(NO_PROBLEMS)} />
      <div
        ref={hostRef}
        className="bpmn-canvas"
        role="application"
        aria-label={ariaLabel}
        style={{ height }}
      />
    </div>
  );
}
