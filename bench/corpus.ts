import type { LocalizedText } from '../src/domain/locale.ts';
import type { MapDocument } from '../src/domain/map/map.schema.ts';
import { demoAgricultureMap } from '../src/server/seed/demo-agriculture.ts';
import { demoHealthcareMap } from '../src/server/seed/demo-healthcare.ts';
import type { DemoRefs } from '../src/server/seed/demo-refs.ts';
import { DATA_OBJECTS, LEGAL_ACTS } from '../src/server/seed/registry.data.ts';

/**
 * The kk/ru wording of the bench data, drawn from the repository's own seed: the demo maps (their
 * sectors, cases, business processes, indicators), the registry's data objects and legal acts.
 * Public services, information systems and organisations come from the seeded reference tables.
 */
export interface Corpus {
  /** Complete sectors of the demo maps (they pass every rule of the validator): the shapes we clone. */
  templateSectors: MapDocument['sectors'];
  templateDoc: MapDocument;
  processNames: LocalizedText[];
  caseNames: LocalizedText[];
  dataNames: LocalizedText[];
  legalActNames: LocalizedText[];
}

const both = (t: LocalizedText) => t.kk.trim() !== '' && t.ru.trim() !== '';

export function buildCorpus(refs: DemoRefs): Corpus {
  const health = demoHealthcareMap(refs);
  const agri = demoAgricultureMap(refs);
  const templateSectors = [...health.sectors, ...agri.sectors];
  const cases = templateSectors.flatMap((s) => s.cases);
  return {
    templateSectors,
    templateDoc: health,
    caseNames: cases.map((c) => c.name).filter(both),
    processNames: cases.flatMap((c) => c.processes.map((p) => p.name)).filter(both),
    dataNames: DATA_OBJECTS.map((d) => d.name).filter(both),
    legalActNames: LEGAL_ACTS.map((a) => a.name).filter(both),
  };
}

/** Regional and city akimats: the local executive bodies that bring the national count to 40. */
export const AKIMATS: { code: string; name: LocalizedText }[] = [
  ['astana', 'Астана қаласының әкімдігі', 'Акимат города Астаны'],
  ['almaty-city', 'Алматы қаласының әкімдігі', 'Акимат города Алматы'],
  ['shymkent', 'Шымкент қаласының әкімдігі', 'Акимат города Шымкента'],
  ['abai', 'Абай облысының әкімдігі', 'Акимат области Абай'],
  ['akmola', 'Ақмола облысының әкімдігі', 'Акимат Акмолинской области'],
  ['aktobe', 'Ақтөбе облысының әкімдігі', 'Акимат Актюбинской области'],
  ['almaty-region', 'Алматы облысының әкімдігі', 'Акимат Алматинской области'],
  ['atyrau', 'Атырау облысының әкімдігі', 'Акимат Атырауской области'],
  ['west-kz', 'Батыс Қазақстан облысының әкімдігі', 'Акимат Западно-Казахстанской области'],
  ['zhambyl', 'Жамбыл облысының әкімдігі', 'Акимат Жамбылской области'],
  ['zhetysu', 'Жетісу облысының әкімдігі', 'Акимат области Жетісу'],
  ['karaganda', 'Қарағанды облысының әкімдігі', 'Акимат Карагандинской области'],
  ['kostanay', 'Қостанай облысының әкімдігі', 'Акимат Костанайской области'],
  ['kyzylorda', 'Қызылорда облысының әкімдігі', 'Акимат Кызылординской области'],
  ['mangystau', 'Маңғыстау облысының әкімдігі', 'Акимат Мангистауской области'],
  ['pavlodar', 'Павлодар облысының әкімдігі', 'Акимат Павлодарской области'],
  ['north-kz', 'Солтүстік Қазақстан облысының әкімдігі', 'Акимат Северо-Казахстанской области'],
  ['turkistan', 'Түркістан облысының әкімдігі', 'Акимат Туркестанской области'],
  ['ulytau', 'Ұлытау облысының әкімдігі', 'Акимат области Ұлытау'],
  ['east-kz', 'Шығыс Қазақстан облысының әкімдігі', 'Акимат Восточно-Казахстанской области'],
].map(([code, kk, ru]) => ({ code: `akimat-${code}`, name: { kk, ru } }));

/** Words that make the clones distinct while reading like the Form: "(Алматы облысы бойынша)". */
export const REGIONS: LocalizedText[] = [
  ['Астана қаласы бойынша', 'по городу Астане'],
  ['Алматы қаласы бойынша', 'по городу Алматы'],
  ['Шымкент қаласы бойынша', 'по городу Шымкенту'],
  ['Ақмола облысы бойынша', 'по Акмолинской области'],
  ['Ақтөбе облысы бойынша', 'по Актюбинской области'],
  ['Атырау облысы бойынша', 'по Атырауской области'],
  ['Жамбыл облысы бойынша', 'по Жамбылской области'],
  ['Қарағанды облысы бойынша', 'по Карагандинской области'],
  ['Қостанай облысы бойынша', 'по Костанайской области'],
  ['Қызылорда облысы бойынша', 'по Кызылординской области'],
  ['Маңғыстау облысы бойынша', 'по Мангистауской области'],
  ['Павлодар облысы бойынша', 'по Павлодарской области'],
  ['Түркістан облысы бойынша', 'по Туркестанской области'],
  ['Шығыс Қазақстан облысы бойынша', 'по Восточно-Казахстанской области'],
  ['ауылдық елді мекендерде', 'в сельских населённых пунктах'],
  ['шекаралас аудандарда', 'в приграничных районах'],
  ['әлеуметтік осал топтар үшін', 'для социально уязвимых групп'],
  ['заңды тұлғалар үшін', 'для юридических лиц'],
  ['жеке кәсіпкерлер үшін', 'для индивидуальных предпринимателей'],
  ['мүмкіндігі шектеулі адамдар үшін', 'для лиц с инвалидностью'],
].map(([kk, ru]) => ({ kk, ru }));

/** Business roles of the BPMN variants (lanes), kk / ru. */
export const ROLES: LocalizedText[] = [
  ['Көрсетілетін қызметті алушы', 'Услугополучатель'],
  ['Мемлекеттік корпорацияның қызметкері', 'Работник Государственной корпорации'],
  ['Көрсетілетін қызметті берушінің кеңсесі', 'Канцелярия услугодателя'],
  ['Көрсетілетін қызметті берушінің басшысы', 'Руководитель услугодателя'],
  ['Жауапты орындаушы', 'Ответственный исполнитель'],
  ['Аумақтық бөлімше маманы', 'Специалист территориального подразделения'],
].map(([kk, ru]) => ({ kk, ru }));
