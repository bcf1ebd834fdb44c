import { createContext, useContext } from 'react';
import type { VersionOut } from '../../../api/maps.ts';
import type { ReferenceItemOut } from '../../../api/reference.ts';
import type { Locale } from '../../../domain/locale.ts';
import type { Finding } from '../../../domain/map/map.findings.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';
import { type JsonPath, pathKey } from './field-paths.ts';

/** A message shown next to a field: a live finding of the validator or an issue of a refused save. */
export interface FieldMessage {
  severity: 'blocking' | 'warning';
  text: string;
  /** Languages the message says are blank ('kk', 'ru'), for the language tags of a text field. */
  locales: string[];
  code: string;
}

export interface EditorContextValue {
  mapId: string;
  number: number;
  doc: MapDocument;
  locale: Locale;
  /** Messages of the current page by the path of their field. */
  messages: Map<string, FieldMessage[]>;
  /** The path key the user came to fix (from the findings list), highlighted once. */
  highlight: string | null;
  references: {
    publicServices: ReferenceItemOut[];
    informationSystems: ReferenceItemOut[];
    planningDocuments: ReferenceItemOut[];
  };
  allFindings: Finding[];
  /** The first render comes before the map is validated: allFindings is empty, not yet known. */
  findingsPending?: boolean;
  /**
   * The version as the server sent it: its life cycle, deadlines and the actions allowed. Absent
   * where the editor's views are reused outside the editor (the public portal).
   */
  version?: VersionOut;
}

const EditorContext = createContext<EditorContextValue | null>(null);
export const EditorProvider = EditorContext.Provider;

export function useEditor(): EditorContextValue {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('useEditor outside the editor');
  return ctx;
}

/** The version the editor shows (only inside the editor; see EditorContextValue.version). */
export function useEditorVersion(): VersionOut {
  const version = useEditor().version;
  if (!version) throw new Error('useEditorVersion outside the editor');
  return version;
}

/** The messages that point exactly at a field. */
export function useFieldMessages(path: JsonPath): FieldMessage[] {
  return useEditor().messages.get(pathKey(path)) ?? [];
}
