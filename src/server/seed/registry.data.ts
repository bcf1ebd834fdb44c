/**
 * Reference data of the registry of business processes: legal acts that regulate processes
 * (R.32.1) and data objects that information systems of e-government already hold (R.39–R.40,
 * R.5.7). Pure data: no database, no I/O. Acts carry their number and date only where they are
 * certain; a data object is listed only when the system that holds it is seeded
 * (INFORMATION_SYSTEMS in reference.data.ts). Synonyms are the names citizens and process models
 * use for the same data (certificates, copies of documents), in lower case.
 */
import type { LegalActKind } from '../../api/reference.ts';

export interface LegalActSeed {
  kind: LegalActKind;
  /** Number and date as officially written; null when not certain. */
  code: string | null;
  name: { kk: string; ru: string; en: string };
}

export const LEGAL_ACTS: LegalActSeed[] = [
  {
    kind: 'order',
    code: '№ 601/НҚ, 27.09.2024',
    name: {
      kk: 'Мемлекеттік басқаруды цифрлық трансформациялау қағидалары (Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің міндетін атқарушының 2024 жылғы 27 қыркүйектегі № 601/НҚ бұйрығы)',
      ru: 'Правила цифровой трансформации государственного управления (приказ исполняющего обязанности Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 27 сентября 2024 года № 601/НК)',
      en: 'Rules of Digital Transformation of Public Administration (Order of the Acting Minister of Digital Development, Innovation and Aerospace Industry of the Republic of Kazakhstan No. 601/NK of 27 September 2024)',
    },
  },
  {
    kind: 'order',
    code: '№ 251/НҚ, 26.05.2025',
    name: {
      kk: '«Мемлекеттік басқаруды цифрлық трансформациялау қағидаларын бекіту туралы» Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің міндетін атқарушының 2024 жылғы 27 қыркүйектегі № 601/НҚ бұйрығына толықтырулар енгізу туралы (Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің 2025 жылғы 26 мамырдағы № 251/НҚ бұйрығы)',
      ru: 'О внесении дополнений в приказ исполняющего обязанности Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 27 сентября 2024 года № 601/НК «Об утверждении Правил цифровой трансформации государственного управления» (приказ Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 26 мая 2025 года № 251/НҚ)',
      en: 'On supplementing Order No. 601/NK of 27 September 2024 "On approving the Rules of Digital Transformation of Public Administration" (Order of the Minister of Digital Development, Innovation and Aerospace Industry of the Republic of Kazakhstan No. 251/NK of 26 May 2025)',
    },
  },
  {
    kind: 'law',
    code: '№ 418-V, 24.11.2015',
    name: {
      kk: '«Ақпараттандыру туралы» Қазақстан Республикасының Заңы',
      ru: 'Закон Республики Казахстан «Об информатизации»',
      en: 'Law of the Republic of Kazakhstan "On Informatization"',
    },
  },
  {
    kind: 'law',
    code: '№ 88-V, 15.04.2013',
    name: {
      kk: '«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының Заңы',
      ru: 'Закон Республики Казахстан «О государственных услугах»',
      en: 'Law of the Republic of Kazakhstan "On Public Services"',
    },
  },
  {
    kind: 'code',
    code: '№ 350-VI, 29.06.2020',
    name: {
      kk: 'Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі',
      ru: 'Административный процедурно-процессуальный кодекс Республики Казахстан',
      en: 'Administrative Procedural and Process Code of the Republic of Kazakhstan',
    },
  },
  {
    kind: 'law',
    code: '№ 94-V, 21.05.2013',
    name: {
      kk: '«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының Заңы',
      ru: 'Закон Республики Казахстан «О персональных данных и их защите»',
      en: 'Law of the Republic of Kazakhstan "On Personal Data and Their Protection"',
    },
  },
];

export interface DataObjectSeed {
  /** A stable slug. */
  code: string;
  name: { kk: string; ru: string; en: string };
  /** The code of the holding system in INFORMATION_SYSTEMS. */
  systemCode: string;
  synonyms: string[];
}

export const DATA_OBJECTS: DataObjectSeed[] = [
  // State database "Individuals"
  {
    code: 'iin',
    systemCode: 'gbd-fl',
    name: {
      kk: 'Жеке сәйкестендіру нөмірі (ЖСН)',
      ru: 'Индивидуальный идентификационный номер (ИИН)',
      en: 'Individual identification number (IIN)',
    },
    synonyms: ['иин', 'жсн', 'индивидуальный идентификационный номер', 'жеке сәйкестендіру нөмірі'],
  },
  {
    code: 'full-name',
    systemCode: 'gbd-fl',
    name: {
      kk: 'Тегі, аты, әкесінің аты (бар болса)',
      ru: 'Фамилия, имя, отчество (при его наличии)',
      en: 'Surname, name, patronymic',
    },
    synonyms: ['фио', 'ф.и.о.', 'фамилия, имя, отчество', 'тегі, аты, әкесінің аты', 'тегі аты әкесінің аты'],
  },
  {
    code: 'birth-date',
    systemCode: 'gbd-fl',
    name: { kk: 'Туған күні', ru: 'Дата рождения', en: 'Date of birth' },
    synonyms: ['дата рождения', 'туған күні', 'туған күні мен жері', 'дата и место рождения'],
  },
  {
    code: 'identity-document',
    systemCode: 'gbd-fl',
    name: {
      kk: 'Жеке басын куәландыратын құжат',
      ru: 'Документ, удостоверяющий личность',
      en: 'Identity document',
    },
    synonyms: [
      'удостоверение личности',
      'копия удостоверения личности',
      'паспорт гражданина республики казахстан',
      'документ, удостоверяющий личность',
      'жеке куәлік',
      'жеке куәліктің көшірмесі',
      'жеке басын куәландыратын құжат',
    ],
  },
  {
    code: 'citizenship',
    systemCode: 'gbd-fl',
    name: { kk: 'Азаматтығы', ru: 'Гражданство', en: 'Citizenship' },
    synonyms: ['гражданство', 'азаматтығы', 'сведения о гражданстве'],
  },
  // Address register
  {
    code: 'registered-address',
    systemCode: 'address-register',
    name: {
      kk: 'Тұрақты тұрғылықты жері бойынша тіркелген мекенжайы',
      ru: 'Адрес регистрации по постоянному месту жительства',
      en: 'Registered address of permanent residence',
    },
    synonyms: [
      'адресная справка',
      'справка с места жительства',
      'адрес регистрации',
      'адрес прописки',
      'мекенжай анықтамасы',
      'тұрғылықты жерінен анықтама',
      'тіркелген мекенжайы',
    ],
  },
  // Civil registry
  {
    code: 'birth-record',
    systemCode: 'is-zags',
    name: {
      kk: 'Тууды тіркеу туралы акт жазбасы',
      ru: 'Актовая запись о рождении',
      en: 'Birth registration record',
    },
    synonyms: [
      'свидетельство о рождении',
      'копия свидетельства о рождении',
      'свидетельство о рождении ребенка',
      'туу туралы куәлік',
      'баланың туу туралы куәлігі',
      'туу туралы куәліктің көшірмесі',
    ],
  },
  {
    code: 'family-composition',
    systemCode: 'is-zags',
    name: {
      kk: 'Отбасы құрамы туралы мәліметтер',
      ru: 'Сведения о составе семьи',
      en: 'Family composition',
    },
    synonyms: ['справка о составе семьи', 'состав семьи', 'отбасы құрамы туралы анықтама', 'отбасы құрамы'],
  },
  {
    code: 'marital-status',
    systemCode: 'is-zags',
    name: {
      kk: 'Неке (ерлі-зайыптылық) жағдайы',
      ru: 'Семейное положение (сведения о браке)',
      en: 'Marital status (marriage record)',
    },
    synonyms: [
      'семейное положение',
      'свидетельство о заключении брака',
      'свидетельство о браке',
      'справка о браке',
      'свидетельство о расторжении брака',
      'неке қию туралы куәлік',
      'некеге тұру туралы куәлік',
      'отбасылық жағдайы',
    ],
  },
  {
    code: 'death-record',
    systemCode: 'is-zags',
    name: {
      kk: 'Қайтыс болуды тіркеу туралы акт жазбасы',
      ru: 'Актовая запись о смерти',
      en: 'Death registration record',
    },
    synonyms: ['свидетельство о смерти', 'копия свидетельства о смерти', 'қайтыс болу туралы куәлік'],
  },
  // State database "Legal entities"
  {
    code: 'bin',
    systemCode: 'gbd-ul',
    name: {
      kk: 'Бизнес-сәйкестендіру нөмірі (БСН)',
      ru: 'Бизнес-идентификационный номер (БИН)',
      en: 'Business identification number (BIN)',
    },
    synonyms: ['бин', 'бсн', 'бизнес-идентификационный номер', 'бизнес-сәйкестендіру нөмірі'],
  },
  {
    code: 'legal-entity-registration',
    systemCode: 'gbd-ul',
    name: {
      kk: 'Заңды тұлғаны мемлекеттік тіркеу туралы мәліметтер',
      ru: 'Сведения о государственной регистрации юридического лица',
      en: 'State registration of a legal entity',
    },
    synonyms: [
      'справка о государственной регистрации юридического лица',
      'справка о регистрации юридического лица',
      'свидетельство о государственной регистрации',
      'заңды тұлғаны мемлекеттік тіркеу туралы анықтама',
      'заңды тұлғаны тіркеу туралы анықтама',
    ],
  },
  // Real estate register
  {
    code: 'real-estate-rights',
    systemCode: 'gbd-rn',
    name: {
      kk: 'Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар)',
      ru: 'Зарегистрированные права (обременения) на недвижимое имущество',
      en: 'Registered rights (encumbrances) to real estate',
    },
    synonyms: [
      'справка о зарегистрированных правах',
      'справка о зарегистрированных правах (обременениях) на недвижимое имущество',
      'правоустанавливающий документ',
      'справка о наличии или отсутствии недвижимого имущества',
      'жылжымайтын мүлікке тіркелген құқықтар туралы анықтама',
      'құқық белгілейтін құжат',
    ],
  },
  // Social and labour sphere
  {
    code: 'pension-social-payments',
    systemCode: 'eis-sts',
    name: {
      kk: 'Тағайындалған зейнетақы және әлеуметтік төлемдер туралы мәліметтер',
      ru: 'Сведения о назначенных пенсионных и социальных выплатах',
      en: 'Assigned pensions and social payments',
    },
    synonyms: [
      'справка о размере пенсии',
      'справка о пенсии',
      'справка о получении пособия',
      'справка о социальных выплатах',
      'зейнетақы мөлшері туралы анықтама',
      'жәрдемақы алатыны туралы анықтама',
    ],
  },
  {
    code: 'disability',
    systemCode: 'eis-sts',
    name: { kk: 'Мүгедектік туралы мәліметтер', ru: 'Сведения об инвалидности', en: 'Disability status' },
    synonyms: [
      'справка об инвалидности',
      'справка об установлении инвалидности',
      'мүгедектік туралы анықтама',
      'мүгедектікті белгілеу туралы анықтама',
    ],
  },
  {
    code: 'employment',
    systemCode: 'esutd',
    name: {
      kk: 'Еңбек қызметі туралы мәліметтер (еңбек шарттары)',
      ru: 'Сведения о трудовой деятельности (трудовые договоры)',
      en: 'Employment record (employment contracts)',
    },
    synonyms: [
      'справка с места работы',
      'трудовая книжка',
      'копия трудового договора',
      'трудовой договор',
      'жұмыс орнынан анықтама',
      'еңбек кітапшасы',
      'еңбек шарты',
    ],
  },
  // Healthcare
  {
    code: 'phc-attachment',
    systemCode: 'rpn',
    name: {
      kk: 'Медициналық-санитариялық алғашқы көмек көрсететін ұйымға бекітілуі',
      ru: 'Прикрепление к организации первичной медико-санитарной помощи',
      en: 'Attachment to a primary health care organisation',
    },
    synonyms: [
      'справка о прикреплении',
      'талон прикрепления',
      'прикрепление к поликлинике',
      'емханаға бекітілуі туралы анықтама',
      'бекіту туралы анықтама',
    ],
  },
  {
    code: 'dispensary-registration',
    systemCode: 'erdb',
    name: {
      kk: 'Диспансерлік есепте тұруы туралы мәліметтер',
      ru: 'Сведения о состоянии на диспансерном учете',
      en: 'Dispensary registration',
    },
    synonyms: [
      'справка о состоянии на диспансерном учете',
      'диспансерный учет',
      'диспансерлік есепте тұруы туралы анықтама',
    ],
  },
  // Licensing
  {
    code: 'licences-permits',
    systemCode: 'e-licensing',
    name: {
      kk: 'Берілген лицензиялар мен рұқсаттар туралы мәліметтер',
      ru: 'Сведения о выданных лицензиях и разрешениях',
      en: 'Licences and permits issued',
    },
    synonyms: [
      'копия лицензии',
      'лицензия',
      'приложение к лицензии',
      'лицензияның көшірмесі',
      'лицензияға қосымша',
    ],
  },
];
