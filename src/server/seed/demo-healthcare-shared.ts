import type { z } from 'zod';
import type { LocalizedText } from '../../domain/locale.ts';
import type { SectorSchema } from '../../domain/map/map.schema.ts';
import { t } from './demo-refs.ts';

/** What a sector builder returns: the schema's input, so defaults fill in what is left out. */
export type SectorInput = z.input<typeof SectorSchema>;

/** Numbered list entries: ids `${prefix}1`, `${prefix}2`… (unique as long as the prefix is). */
export function numbered(prefix: string, texts: LocalizedText[]): { id: string; name: LocalizedText }[] {
  return texts.map((name, i) => ({ id: `${prefix}${i + 1}`, name }));
}

/** Targets for 2025…2029, in order. */
export function targets(v2025: number, v2026: number, v2027: number, v2028: number, v2029: number) {
  return { '2025': v2025, '2026': v2026, '2027': v2027, '2028': v2028, '2029': v2029 };
}

export const PERCENT = t('%', '%', '%');
export const DAYS = t('күн', 'дней', 'days');

/** Units and organisations of the healthcare system that cases name as responsible. */
export const UNIT = {
  careDept: t(
    'ҚР Денсаулық сақтау министрлігінің Медициналық көмекті ұйымдастыру департаменті',
    'Департамент организации медицинской помощи Министерства здравоохранения РК',
    'Department of Medical Care Organisation, Ministry of Healthcare',
  ),
  drugDept: t(
    'ҚР Денсаулық сақтау министрлігінің Дәрілік саясат департаменті',
    'Департамент лекарственной политики Министерства здравоохранения РК',
    'Department of Pharmaceutical Policy, Ministry of Healthcare',
  ),
  osmsDept: t(
    'ҚР Денсаулық сақтау министрлігінің Міндетті әлеуметтік медициналық сақтандыруды үйлестіру департаменті',
    'Департамент координации обязательного социального медицинского страхования Министерства здравоохранения РК',
    'Department of Compulsory Social Health Insurance Coordination, Ministry of Healthcare',
  ),
  kmfk: t(
    'ҚР Денсаулық сақтау министрлігінің Медициналық және фармацевтикалық бақылау комитеті',
    'Комитет медицинского и фармацевтического контроля Министерства здравоохранения РК',
    'Committee for Medical and Pharmaceutical Control, Ministry of Healthcare',
  ),
  kmfkTerritorial: t(
    'Медициналық және фармацевтикалық бақылау комитетінің облыстар, Астана, Алматы және Шымкент қалалары бойынша департаменттері',
    'Департаменты Комитета медицинского и фармацевтического контроля по областям, городам Астане, Алматы и Шымкенту',
    'Territorial departments of the Committee for Medical and Pharmaceutical Control',
  ),
  ksek: t(
    'ҚР Денсаулық сақтау министрлігінің Санитариялық-эпидемиологиялық бақылау комитеті',
    'Комитет санитарно-эпидемиологического контроля Министерства здравоохранения РК',
    'Committee for Sanitary and Epidemiological Control, Ministry of Healthcare',
  ),
  rcez: t(
    'ҚР Денсаулық сақтау министрлігінің «Республикалық электрондық денсаулық сақтау орталығы» шаруашылық жүргізу құқығындағы республикалық мемлекеттік кәсіпорны',
    'РГП на ПХВ «Республиканский центр электронного здравоохранения» Министерства здравоохранения РК',
    'Republican Centre for e-Health (state enterprise)',
  ),
  ncels: t(
    '«Дәрілік заттар мен медициналық бұйымдарды сараптаудың ұлттық орталығы» шаруашылық жүргізу құқығындағы республикалық мемлекеттік кәсіпорны',
    'РГП на ПХВ «Национальный центр экспертизы лекарственных средств и медицинских изделий»',
    'National Centre for Expertise of Medicines and Medical Devices (state enterprise)',
  ),
  fsms: t(
    '«Әлеуметтік медициналық сақтандыру қоры» коммерциялық емес акционерлік қоғамы',
    'НАО «Фонд социального медицинского страхования»',
    'Social Health Insurance Fund (non-profit JSC)',
  ),
  skPharmacy: t(
    '«СҚ-Фармация» жауапкершілігі шектеулі серіктестігі (бірыңғай дистрибьютор)',
    'ТОО «СК-Фармация» (единый дистрибьютор)',
    'SK-Pharmacy LLP (single distributor)',
  ),
  localHealth: t(
    'Облыстардың, Астана, Алматы және Шымкент қалаларының денсаулық сақтау басқармалары',
    'Управления здравоохранения областей, городов Астаны, Алматы и Шымкента',
    'Health departments of the regions and of Astana, Almaty and Shymkent',
  ),
} as const;

/** Functions of the Ministry that several cases relate to. */
export const FUNCTION = {
  digitalPolicy: t(
    'Денсаулық сақтауды цифрландыру саласындағы мемлекеттік саясатты іске асыру',
    'Реализация государственной политики в области цифровизации здравоохранения',
  ),
  medicalRecords: t(
    'Медициналық құжаттама нысандарын және оны электрондық түрде жүргізу тәртібін бекіту',
    'Утверждение форм медицинской документации и порядка её ведения в электронном виде',
  ),
  payment: t(
    'Медициналық қызметтерге ақы төлеу тарифтері мен әдістемесін бекіту',
    'Утверждение тарифов и методики оплаты медицинских услуг',
  ),
  qualityControl: t(
    'Медициналық қызметтердің сапасына мемлекеттік бақылау',
    'Государственный контроль качества медицинских услуг',
  ),
} as const;
