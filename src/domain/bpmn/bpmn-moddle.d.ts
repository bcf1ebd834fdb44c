/**
 * The part of bpmn-moddle (10.x, named ESM export) this module uses: the package ships types for
 * its meta-model (`bpmn-moddle/types`) but none for its entry point.
 */
declare module 'bpmn-moddle' {
  export interface ModdleWarning {
    message: string;
    error?: Error;
  }

  export interface ModdleParseResult {
    rootElement: unknown;
    warnings: ModdleWarning[];
    elementsById: Record<string, unknown>;
  }

  /** Rejects with an Error carrying the `warnings` collected so far. */
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, options?: Record<string, unknown>): Promise<ModdleParseResult>;
  }
}
