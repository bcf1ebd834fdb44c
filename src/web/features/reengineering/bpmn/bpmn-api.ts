/**
 * The few bpmn-js / diagram-js services the components use, typed narrowly (bpmn-js types
 * `get()` as any service by name), and small browser helpers.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CanvasApi {
  zoom(newScale?: number | 'fit-viewport', center?: 'auto' | { x: number; y: number }): number;
  addMarker(element: string, marker: string): void;
  removeMarker(element: string, marker: string): void;
  hasMarker(element: string, marker: string): boolean;
  viewbox(): Box & { scale: number; inner: Box; outer: { width: number; height: number } };
  viewbox(box: Box): void;
  resized(): void;
  scrollToElement?: (element: string, padding?: number) => void;
}

export interface ElementLike {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  waypoints?: Array<{ x: number; y: number }>;
}

export interface ElementRegistryApi {
  get(id: string): ElementLike | undefined;
}

export interface CommandStackApi {
  canUndo(): boolean;
  canRedo(): boolean;
  undo(): void;
  redo(): void;
}

/** Anything with bpmn-js's `get(serviceName)`. */
export interface HasServices {
  get<T>(name: string): T;
}

export const canvasOf = (d: HasServices) => d.get<CanvasApi>('canvas');
export const registryOf = (d: HasServices) => d.get<ElementRegistryApi>('elementRegistry');

/** Fits the whole diagram into the viewport, without blowing a small diagram up past 100 %. */
export function fitViewport(d: HasServices): void {
  const canvas = canvasOf(d);
  const scale = canvas.zoom('fit-viewport', 'auto');
  if (Number.isFinite(scale) && scale > 1) canvas.zoom(1, 'auto');
}

/** The bounds of a shape, or of a connection's waypoints. */
export function elementBounds(el: ElementLike): Box | null {
  if (el.waypoints?.length) {
    const xs = el.waypoints.map((p) => p.x);
    const ys = el.waypoints.map((p) => p.y);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
  }
  if (el.x === undefined || el.y === undefined) return null;
  return { x: el.x, y: el.y, width: el.width ?? 0, height: el.height ?? 0 };
}

/** Brings the element `id` into the middle of the viewport, keeping the zoom. */
export function centreElement(d: HasServices, id: string): void {
  const el = registryOf(d).get(id);
  if (!el) return;
  const canvas = canvasOf(d);
  const b = elementBounds(el);
  const vb = canvas.viewbox();
  if (!b || !Number.isFinite(vb.width) || vb.width <= 0) {
    canvas.scrollToElement?.(id, 40);
    return;
  }
  if (b.width > vb.width || b.height > vb.height) {
    // Larger than the viewport: let diagram-js bring its corner in.
    if (canvas.scrollToElement) canvas.scrollToElement(id, 40);
    return;
  }
  canvas.viewbox({
    x: b.x + b.width / 2 - vb.width / 2,
    y: b.y + b.height / 2 - vb.height / 2,
    width: vb.width,
    height: vb.height,
  });
}

/**
 * The text of bpmn-js import warnings: typed as strings, they are objects with a `message` at run
 * time.
 */
export function warningTexts(warnings: unknown): string[] {
  if (!Array.isArray(warnings)) return [];
  return warnings.map((w) =>
    typeof w === 'string' ? w : w && typeof w === 'object' && 'message' in w ? String(w.message) : String(w),
  );
}

/** The message of anything thrown. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Makes the browser save `text` as a file. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name without characters that file systems refuse; `process` when nothing is left. */
export function safeFileName(base: string | undefined): string {
  const s = (base ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return s || 'process';
}
