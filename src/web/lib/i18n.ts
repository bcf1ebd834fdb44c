import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ERROR_MESSAGES, RULE_MESSAGES } from '../../api/messages.ts';
import { LOCALES, type Locale } from '../../domain/locale.ts';
import { FINDING_MESSAGES } from '../../domain/map/map.findings.messages.ts';
import editorEn from '../features/editor/locales/en.json';
import editorKk from '../features/editor/locales/kk.json';
import editorRu from '../features/editor/locales/ru.json';
import monitoringEn from '../features/monitoring/locales/en.json';
import monitoringKk from '../features/monitoring/locales/kk.json';
import monitoringRu from '../features/monitoring/locales/ru.json';
import bpmnEn from '../features/reengineering/bpmn/locales/en.json';
import bpmnKk from '../features/reengineering/bpmn/locales/kk.json';
import bpmnRu from '../features/reengineering/bpmn/locales/ru.json';
import reengEn from '../features/reengineering/locales/en.json';
import reengKk from '../features/reengineering/locales/kk.json';
import reengRu from '../features/reengineering/locales/ru.json';
import en from '../locales/en.json';
import kk from '../locales/kk.json';
import ru from '../locales/ru.json';

const STORAGE_KEY = 'dtm.locale';

/**
 * UI catalogs per language. Namespaces: `translation` (app shell, auth, maps list, admin),
 * `editor` (the map editor), `reeng` (reengineering projects and the process registry), `bpmn`
 * (the BPMN modeler, viewer, diff and the customer journey map), `monitoring` (the monitoring of maps), `findings` (validator messages, shared with the server),
 * `errors` and `rules` (API error codes and field rules, shared with the server).
 */
export const RESOURCES = {
  kk: {
    translation: kk,
    editor: editorKk,
    reeng: reengKk,
    bpmn: bpmnKk,
    monitoring: monitoringKk,
    findings: FINDING_MESSAGES.kk,
    errors: ERROR_MESSAGES.kk,
    rules: RULE_MESSAGES.kk,
  },
  ru: {
    translation: ru,
    editor: editorRu,
    reeng: reengRu,
    bpmn: bpmnRu,
    monitoring: monitoringRu,
    findings: FINDING_MESSAGES.ru,
    errors: ERROR_MESSAGES.ru,
    rules: RULE_MESSAGES.ru,
  },
  en: {
    translation: en,
    editor: editorEn,
    reeng: reengEn,
    bpmn: bpmnEn,
    monitoring: monitoringEn,
    findings: FINDING_MESSAGES.en,
    errors: ERROR_MESSAGES.en,
    rules: RULE_MESSAGES.en,
  },
} as const;

function initialLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  const nav = typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'kk';
  return (LOCALES as readonly string[]).includes(nav) ? (nav as Locale) : 'kk';
}

void i18next.use(initReactI18next).init({
  resources: RESOURCES,
  lng: initialLocale(),
  fallbackLng: false,
  ns: ['translation', 'editor', 'reeng', 'bpmn', 'monitoring', 'findings', 'errors', 'rules'],
  defaultNS: 'translation',
  // Keys of the findings/errors namespaces contain dots: use another separator.
  keySeparator: false,
  nsSeparator: ':',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const i18n = i18next;

export function currentLocale(): Locale {
  return (i18next.language as Locale) ?? 'kk';
}

/** Switches the UI language and remembers it in this browser (the server copy is saved by the caller). */
export async function setLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  await i18next.changeLanguage(locale);
}
