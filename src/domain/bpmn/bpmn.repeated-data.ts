import type { LocalizedText } from '../locale.ts';
import { applicantRequests } from './bpmn.metrics.ts';
import type { BpmnModel } from './bpmn.model.ts';
import { containsWords, words } from './bpmn.text.ts';

/**
 * Data asked again (R.40, R.5.7): what the applicant is asked for must not be data an e-government
 * information system already holds. The elements requested from the applicant are the ones
 * counted as `applicantDocuments` (data objects written by the applicant's nodes, named messages
 * the applicant sends). One is a repeated request of a registry data object when its name:
 * - equals or contains, as whole words, the object's kk, ru or en name or one of its synonyms —
 *   both normalized (lowercase, ё→е) and cut into words at anything but letters and digits, so
 *   'Справка о составе семьи (оригинал)' contains 'справка о составе семьи'; or
 * - contains the object's code in square brackets, in any case ('Удостоверение личности [IIN]').
 */

/** A data object of the registry of e-government data, and the information system holding it. */
export interface RegistryDataObject {
  id: string;
  code: string;
  name: LocalizedText;
  synonyms: string[];
  informationSystemId: string;
}

export interface RepeatedRequest {
  /** The BPMN data object or message flow. */
  elementId: string;
  /** The applicant's nodes writing the data object, or the sender of the message flow. */
  stepIds: string[];
  elementName: string;
  /** The registry data object it repeats. */
  dataObjectId: string;
  informationSystemId: string;
}

function matches(name: string, entry: RegistryDataObject): boolean {
  const code = entry.code.trim().toLowerCase();
  if (code !== '' && name.toLowerCase().includes(`[${code}]`)) return true;
  const nameWords = words(name);
  const phrases = [entry.name.kk, entry.name.ru, entry.name.en ?? '', ...entry.synonyms];
  return phrases.some((p) => containsWords(nameWords, words(p)));
}

/** One result per (requested element, registry data object), in the model's then the registry's order. */
export function findRepeatedRequests(
  model: BpmnModel,
  registry: readonly RegistryDataObject[],
): RepeatedRequest[] {
  const out: RepeatedRequest[] = [];
  for (const r of applicantRequests(model)) {
    for (const entry of registry) {
      if (!matches(r.elementName, entry)) continue;
      out.push({
        elementId: r.elementId,
        stepIds: [...r.stepIds],
        elementName: r.elementName,
        dataObjectId: entry.id,
        informationSystemId: entry.informationSystemId,
      });
    }
  }
  return out;
}
