import { Button, Divider } from 'antd';
import Modeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { type ChangeEvent, type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './bpmn.css';
import {
  type CommandStackApi,
  downloadText,
  errorText,
  fitViewport,
  safeFileName,
  warningTexts,
} from './bpmn-api.ts';
import { ImportAlert, type ImportProblems, NO_PROBLEMS } from './import-alert.tsx';
import {
  afterSave,
  afterStackChange,
  CLEAN,
  type DirtyState,
  isDirty,
  LOADED_UNSAVED,
  type StackTrigger,
} from './modeler.logic.ts';
import { useCanvasResize } from './use-canvas-resize.ts';

export interface BpmnModelerProps {
  /** BPMN 2.0 XML to show; a new value is imported (unless it is the XML the modeler just saved). */
  xml: string;
  /**
   * Save: the diagram as formatted XML. What it returns is awaited: the modeler is clean once a
   * returned promise resolves (it stays dirty when the promise rejects).
   */
  onSave: (xml: string) => unknown;
  /** Called when the diagram gets or loses unsaved changes. */
  onDirtyChange?: (dirty: boolean) => void;
  /**
   * "Import .bpmn file": receives the chosen file's text. Without it the file is loaded into the
   * modeler as an unsaved change.
   */
  onImport?: (xml: string) => void;
  /** A save is under way: the Save button shows it. */
  saving?: boolean;
  /** Show the diagram without editing (a navigable viewer, no palette). */
  readOnly?: boolean;
  /** The name of downloaded files, without extension ("process" by default). */
  fileName?: string;
  /** Height of the canvas in pixels (560 by default). */
  height?: number;
  /** Names the canvas for screen readers; a generic "BPMN diagram editor" by default. */
  ariaLabel?: string;
}

type Diagram = Modeler | NavigatedViewer;

/**
 * The BPMN editor (bpmn-js): a toolbar (save, undo, redo, fit, downloads, import of a file) above
 * the canvas with bpmn-js's palette and context pad. Keyboard shortcuts of bpmn-js (Ctrl+Z,
 * Ctrl+Y, Delete…) work while the canvas has focus. The bpmn.io logo stays visible (its licence).
 */
export function BpmnModeler(props: BpmnModelerProps) {
  const { xml, readOnly = false, saving = false, height = 560 } = props;
  const { t } = useTranslation('bpmn');
  const hostRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const diagramRef = useRef<Diagram | null>(null);
  /** The XML the diagram currently holds as far as the parent knows: imported or last saved. */
  const lastXml = useRef<string | null>(null);
  const dirtyState = useRef<DirtyState>(CLEAN);
  const [dirty, setDirty] = useState(false);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [problems, setProblems] = useState<ImportProblems>(NO_PROBLEMS);
  const [ready, setReady] = useState(false);
  const [busy, setBusy] = useState(false);

  const propsRef = useRef(props);
  propsRef.current = props;

  const setDirtyState = useCallback((s: DirtyState) => {
    dirtyState.current = s;
    setDirty(isDirty(s));
  }, []);

  const refreshStack = useCallback(() => {
    const d = diagramRef.current;
    if (!d || !(d instanceof Modeler)) {
      setCanUndo(false);
      setCanRedo(false);
      return;
    }
    const stack = d.get<CommandStackApi>('commandStack');
    setCanUndo(stack.canUndo());
    setCanRedo(stack.canRedo());
  }, []);

  /** Imports XML into the current diagram; `after` is the dirtiness once it is in. */
  const load = useCallback(
    async (d: Diagram, text: string, after: DirtyState, isCancelled: () => boolean) => {
      setReady(false);
      try {
        const { warnings } = await d.importXML(text);
        if (isCancelled()) return;
        fitViewport(d);
        setProblems({ error: null, warnings: warningTexts(warnings) });
        setDirtyState(after);
        setReady(true);
      } catch (e) {
        if (isCancelled()) return;
        setProblems({ error: errorText(e), warnings: [] });
      }
      refreshStack();
    },
    [refreshStack, setDirtyState],
  );

  // One bpmn-js instance per mode; it imports the current XML when created.
  useEffect(() => {
    const container = hostRef.current!;
    const d: Diagram = readOnly ? new NavigatedViewer({ container }) : new Modeler({ container });
    diagramRef.current = d;
    let cancelled = false;
    if (d instanceof Modeler)
      d.on('commandStack.changed', (e: { trigger?: StackTrigger }) => {
        setDirtyState(afterStackChange(dirtyState.current, e.trigger));
        refreshStack();
      });
    lastXml.current = propsRef.current.xml;
    void load(d, propsRef.current.xml, CLEAN, () => cancelled);
    return () => {
      cancelled = true;
      d.destroy();
      diagramRef.current = null;
      lastXml.current = null;
    };
  }, [readOnly, load, refreshStack, setDirtyState]);

  // A new XML from the parent (not the one just saved or already shown).
  useEffect(() => {
    const d = diagramRef.current;
    if (!d || xml === lastXml.current) return;
    lastXml.current = xml;
    let cancelled = false;
    void load(d, xml, CLEAN, () => cancelled);
    return () => {
      cancelled = true;
    };
  }, [xml, load]);

  useCanvasResize(hostRef, diagramRef);

  const reported = useRef(false);
  useEffect(() => {
    if (reported.current === dirty) return;
    reported.current = dirty;
    propsRef.current.onDirtyChange?.(dirty);
  }, [dirty]);

  const save = async () => {
    const d = diagramRef.current;
    if (!(d instanceof Modeler)) return;
    const pos = dirtyState.current.pos;
    let out: string | undefined;
    setBusy(true);
    try {
      out = (await d.saveXML({ format: true })).xml;
    } catch (e) {
      setProblems({ error: errorText(e), warnings: [] });
    }
    if (out === undefined) {
      setBusy(false);
      return;
    }
    lastXml.current = out;
    try {
      await propsRef.current.onSave(out);
      if (diagramRef.current === d) setDirtyState(afterSave(dirtyState.current, pos));
    } catch {
      // The parent shows why saving failed; the diagram stays dirty.
    } finally {
      setBusy(false);
    }
  };

  const downloadBpmn = async () => {
    const d = diagramRef.current;
    if (!d) return;
    try {
      const { xml: out } = await d.saveXML({ format: true });
      if (out) downloadText(out, `${safeFileName(props.fileName)}.bpmn`, 'application/xml');
    } catch (e) {
      setProblems({ error: errorText(e), warnings: [] });
    }
  };

  const downloadSvg = async () => {
    const d = diagramRef.current;
    if (!d) return;
    try {
      const { svg } = await d.saveSVG();
      downloadText(svg, `${safeFileName(props.fileName)}.svg`, 'image/svg+xml');
    } catch (e) {
      setProblems({ error: errorText(e), warnings: [] });
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // The same file can be chosen again.
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      setProblems({ error: `${t('import.fileReadError')}: ${errorText(err)}`, warnings: [] });
      return;
    }
    if (propsRef.current.onImport) {
      propsRef.current.onImport(text);
      return;
    }
    const d = diagramRef.current;
    if (d) await load(d, text, LOADED_UNSAVED, () => diagramRef.current !== d);
  };

  /** Left/Right/Home/End move between the toolbar's buttons (the WAI-ARIA toolbar pattern); Tab works too. */
  const onToolbarKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at === -1 || !buttons.length) return;
    e.preventDefault();
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? buttons.length - 1
          : (at + (e.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next].focus();
  };

  const stack = () => {
    const d = diagramRef.current;
    return d instanceof Modeler ? d.get<CommandStackApi>('commandStack') : null;
  };

  return (
    <div className="bpmn-modeler">
      <div className="bpmn-toolbar" role="toolbar" aria-label={t('modeler.toolbar')} onKeyDown={onToolbarKey}>
        {!readOnly && (
          <>
            <Button
              type="primary"
              onClick={save}
              loading={saving || busy}
              disabled={!ready || (!dirty && !saving)}
            >
              {t('modeler.save')}
            </Button>
            <Button onClick={() => stack()?.undo()} disabled={!canUndo}>
              <span aria-hidden="true">↶</span> {t('modeler.undo')}
            </Button>
            <Button onClick={() => stack()?.redo()} disabled={!canRedo}>
              <span aria-hidden="true">↷</span> {t('modeler.redo')}
            </Button>
            <Divider orientation="vertical" className="bpmn-toolbar-sep" />
          </>
        )}
        <Button onClick={() => diagramRef.current && fitViewport(diagramRef.current)} disabled={!ready}>
          {t('modeler.fit')}
        </Button>
        <Divider orientation="vertical" className="bpmn-toolbar-sep" />
        <Button onClick={downloadBpmn} disabled={!ready}>
          {t('modeler.downloadBpmn')}
        </Button>
        <Button onClick={downloadSvg} disabled={!ready}>
          {t('modeler.downloadSvg')}
        </Button>
        {!readOnly && (
          <>
            <Button onClick={() => fileRef.current?.click()}>{t('modeler.importFile')}</Button>
            <input
              ref={fileRef}
              type="file"
              accept=".bpmn,.xml"
              hidden
              tabIndex={-1}
              aria-label={t('modeler.chooseFile')}
              onChange={onFile}
            />
          </>
        )}
        {!readOnly && (
          <span className="bpmn-toolbar-status" role="status" aria-live="polite">
            {dirty ? <span className="bpmn-dirty">{t('modeler.dirty')}</span> : null}
          </span>
        )}
      </div>
      <ImportAlert problems={problems} onClose={() => setProblems(NO_PROBLEMS)} />
      <div
        ref={hostRef}
        className="bpmn-canvas"
        role="application"
        aria-label={props.ariaLabel ?? (readOnly ? t('modeler.viewerLabel') : t('modeler.canvasLabel'))}
        style={{ height }}
      />
    </div>
  );
}
