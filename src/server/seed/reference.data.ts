/**
 * Reference data the platform seeds its reference tables with: information systems of
 * e-government and of the sectors, documents of the State Planning System (МЖЖ / СГП), and the
 * Kazakh names of the public services listed in shared/data/public-services.json.
 * Pure data: no database, no I/O. Codes are this platform's stable slugs, not official codes.
 * Where a fact (owner, act number or date) was not certain it is left out rather than guessed.
 */

export interface InformationSystemSeed {
  code: string;
  name: { kk: string; ru: string; en: string };
  /** A code of shared/data/organisations.json, or null where the owner is not one of them or not certain. */
  ownerOrgCode: string | null;
}

export const INFORMATION_SYSTEMS: InformationSystemSeed[] = [
  // E-government infrastructure and state databases
  {
    code: 'egov-portal',
    name: {
      kk: '«Электрондық үкімет» веб-порталы (eGov.kz)',
      ru: 'Веб-портал «электронного правительства» (eGov.kz)',
      en: 'E-government web portal (eGov.kz)',
    },
    ownerOrgCode: 'mo-digital',
  },
  {
    code: 'egov-mobile',
    name: {
      kk: '«eGov mobile» мобильді қосымшасы',
      ru: 'Мобильное приложение «eGov mobile»',
      en: 'eGov mobile application',
    },
    ownerOrgCode: 'mo-digital',
  },
  {
    code: 'shep',
    name: {
      kk: '«Электрондық үкіметтің» шлюзі (ЭҮШ)',
      ru: 'Шлюз «электронного правительства» (ШЭП)',
      en: 'E-government gateway',
    },
    ownerOrgCode: 'mo-digital',
  },
  {
    code: 'pshep',
    name: {
      kk: '«Электрондық үкіметтің» төлем шлюзі (ЭҮТШ)',
      ru: 'Платежный шлюз «электронного правительства» (ПШЭП)',
      en: 'E-government payment gateway',
    },
    ownerOrgCode: 'mo-digital',
  },
  {
    code: 'gbd-fl',
    name: {
      kk: '«Жеке тұлғалар» мемлекеттік деректер базасы (ЖТ МДБ)',
      ru: 'Государственная база данных «Физические лица» (ГБД ФЛ)',
      en: 'State database "Individuals"',
    },
    ownerOrgCode: null,
  },
  {
    code: 'gbd-ul',
    name: {
      kk: '«Заңды тұлғалар» мемлекеттік деректер базасы (ЗТ МДБ)',
      ru: 'Государственная база данных «Юридические лица» (ГБД ЮЛ)',
      en: 'State database "Legal entities"',
    },
    ownerOrgCode: null,
  },
  {
    code: 'address-register',
    name: {
      kk: '«Мекенжай тіркелімі» ақпараттық жүйесі',
      ru: 'Информационная система «Адресный регистр» (ИС АР)',
      en: 'Address register information system',
    },
    ownerOrgCode: null,
  },
  {
    code: 'gbd-rn',
    name: {
      kk: '«Жылжымайтын мүлік тіркелімі» мемлекеттік деректер базасы',
      ru: 'Государственная база данных «Регистр недвижимости» (ГБД РН)',
      en: 'State database "Real estate register"',
    },
    ownerOrgCode: null,
  },
  {
    code: 'e-licensing',
    name: {
      kk: '«Е-лицензиялау» мемлекеттік деректер базасы (elicense.kz)',
      ru: 'Государственная база данных «Е-лицензирование» (elicense.kz)',
      en: 'State database "E-licensing" (elicense.kz)',
    },
    ownerOrgCode: null,
  },
  {
    code: 'e-otinish',
    name: {
      kk: '«E-Өтініш» ақпараттық жүйесі',
      ru: 'Информационная система «E-Өтініш»',
      en: 'E-Otinish system of appeals of individuals and legal entities',
    },
    ownerOrgCode: null,
  },
  // Justice
  {
    code: 'is-zags',
    name: {
      kk: '«АХАЖ тіркеу пункті» ақпараттық жүйесі',
      ru: 'Информационная система «Регистрационный пункт «ЗАГС»» (ИС РП ЗАГС)',
      en: 'Civil registry information system (ZAGS registration point)',
    },
    ownerOrgCode: 'mo-justice',
  },
  {
    code: 'adilet',
    name: {
      kk: 'Нормативтік құқықтық актілердің «Әділет» ақпараттық-құқықтық жүйесі',
      ru: 'Информационно-правовая система нормативных правовых актов «Әділет»',
      en: '"Adilet" legal information system of regulatory legal acts',
    },
    ownerOrgCode: 'mo-justice',
  },
  // Labour and social protection
  {
    code: 'eis-sts',
    name: {
      kk: '«Әлеуметтік-еңбек саласы» бірыңғай ақпараттық жүйесі',
      ru: 'Единая информационная система «Социально-трудовая сфера» (ЕИС СТС)',
      en: 'Unified information system "Social and labour sphere"',
    },
    ownerOrgCode: 'mo-labour',
  },
  {
    code: 'esutd',
    name: {
      kk: 'Еңбек шарттарын есепке алудың бірыңғай жүйесі',
      ru: 'Единая система учета трудовых договоров (ЕСУТД)',
      en: 'Unified system of registration of employment contracts',
    },
    ownerOrgCode: 'mo-labour',
  },
  {
    code: 'enbek',
    name: {
      kk: 'Электрондық еңбек биржасы (Enbek.kz)',
      ru: 'Электронная биржа труда (Enbek.kz)',
      en: 'Electronic labour exchange (Enbek.kz)',
    },
    ownerOrgCode: 'mo-labour',
  },
  // Healthcare
  {
    code: 'rpn',
    name: {
      kk: '«Бекітілген халық тіркелімі» ақпараттық жүйесі',
      ru: 'Информационная система «Регистр прикрепленного населения» (РПН)',
      en: 'Register of attached population',
    },
    ownerOrgCode: 'mo-healthcare',
  },
  {
    code: 'kmis',
    name: {
      kk: 'Кешенді медициналық ақпараттық жүйе (КМАЖ)',
      ru: 'Комплексная медицинская информационная система (КМИС)',
      en: 'Comprehensive medical information system',
    },
    ownerOrgCode: 'mo-healthcare',
  },
  {
    code: 'erdb',
    name: {
      kk: '«Диспансерлік науқастардың электрондық тіркелімі» ақпараттық жүйесі',
      ru: 'Информационная система «Электронный регистр диспансерных больных» (ЭРДБ)',
      en: 'Electronic register of dispensary patients',
    },
    ownerOrgCode: 'mo-healthcare',
  },
  {
    code: 'ersb',
    name: {
      kk: '«Стационарлық науқастардың электрондық тіркелімі» ақпараттық жүйесі',
      ru: 'Информационная система «Электронный регистр стационарных больных» (ЭРСБ)',
      en: 'Electronic register of inpatients',
    },
    ownerOrgCode: 'mo-healthcare',
  },
  {
    code: 'hosp-bureau',
    name: {
      kk: '«Емдеуге жатқызу бюросы» порталы',
      ru: 'Портал «Бюро госпитализации»',
      en: 'Hospitalisation Bureau portal',
    },
    ownerOrgCode: 'mo-healthcare',
  },
  {
    code: 'ehr-passport',
    name: {
      kk: 'Электрондық денсаулық паспорты',
      ru: 'Электронный паспорт здоровья (ЭПЗ)',
      en: 'Electronic health passport',
    },
    ownerOrgCode: 'mo-healthcare',
  },
  {
    code: 'is-drug-supply',
    name: {
      kk: '«Дәрілік қамтамасыз ету» ақпараттық жүйесі',
      ru: 'Информационная система «Лекарственное обеспечение» (ИС ЛО)',
      en: 'Pharmaceutical provision information system',
    },
    ownerOrgCode: 'mo-healthcare',
  },
  {
    code: 'fsms-payment',
    name: {
      kk: 'Әлеуметтік медициналық сақтандыру қорының «Бірыңғай төлем жүйесі» ақпараттық жүйесі',
      ru: 'Информационная система «Единая платежная система» Фонда социального медицинского страхования',
      en: 'Unified payment system of the Social Health Insurance Fund',
    },
    ownerOrgCode: 'mo-healthcare',
  },
  {
    code: 'fsms-quality',
    name: {
      kk: '«Медициналық қызметтердің сапасын басқару жүйесі» ақпараттық жүйесі',
      ru: 'Информационная система «Система управления качеством медицинских услуг» (СУКМУ)',
      en: 'Medical services quality management system',
    },
    ownerOrgCode: 'mo-healthcare',
  },
  {
    code: 'drug-register',
    name: {
      kk: 'Дәрілік заттар мен медициналық бұйымдардың мемлекеттік тізілімі',
      ru: 'Государственный реестр лекарственных средств и медицинских изделий',
      en: 'State register of medicines and medical devices',
    },
    ownerOrgCode: 'mo-healthcare',
  },
  {
    code: 'marking',
    name: {
      kk: 'Тауарларды таңбалау және қадағалау ақпараттық жүйесі',
      ru: 'Информационная система маркировки и прослеживаемости товаров (ИС МПТ)',
      en: 'Goods marking and traceability information system',
    },
    ownerOrgCode: null,
  },
];

export type PlanningDocumentKind =
  | 'national_development_plan'
  | 'concept'
  | 'national_project'
  | 'state_body_development_plan'
  | 'other';

export interface PlanningDocumentSeed {
  code: string;
  kind: PlanningDocumentKind;
  name: { kk: string; ru: string; en: string };
}

export const PLANNING_DOCUMENTS: PlanningDocumentSeed[] = [
  {
    code: 'ndp-2029',
    kind: 'national_development_plan',
    name: {
      kk: 'Қазақстан Республикасының 2029 жылға дейінгі ұлттық даму жоспары (Қазақстан Республикасы Президентінің 2024 жылғы 30 шілдедегі № 611 Жарлығы)',
      ru: 'Национальный план развития Республики Казахстан до 2029 года (Указ Президента Республики Казахстан от 30 июля 2024 года № 611)',
      en: 'National Development Plan of the Republic of Kazakhstan until 2029 (Presidential Decree No. 611 of 30 July 2024)',
    },
  },
  {
    code: 'concept-digital-2029',
    kind: 'concept',
    name: {
      kk: 'Цифрлық трансформацияның, ақпараттық-коммуникациялық технологиялар саласын және киберқауіпсіздікті дамытудың 2023 – 2029 жылдарға арналған тұжырымдамасы (Қазақстан Республикасы Үкіметінің 2023 жылғы 28 наурыздағы № 269 қаулысы)',
      ru: 'Концепция цифровой трансформации, развития отрасли информационно-коммуникационных технологий и кибербезопасности на 2023–2029 годы (постановление Правительства Республики Казахстан от 28 марта 2023 года № 269)',
      en: 'Concept of digital transformation, development of the ICT industry and cybersecurity for 2023–2029 (Government Decree No. 269 of 28 March 2023)',
    },
  },
  {
    code: 'concept-health-2026',
    kind: 'concept',
    name: {
      kk: 'Қазақстан Республикасының денсаулық сақтауды дамытудың 2026 жылға дейінгі тұжырымдамасы (Қазақстан Республикасы Үкіметінің 2022 жылғы 24 қарашадағы № 945 қаулысы)',
      ru: 'Концепция развития здравоохранения Республики Казахстан до 2026 года (постановление Правительства Республики Казахстан от 24 ноября 2022 года № 945)',
      en: 'Concept of healthcare development of the Republic of Kazakhstan until 2026 (Government Decree No. 945 of 24 November 2022)',
    },
  },
  {
    code: 'concept-ai-2029',
    kind: 'concept',
    name: {
      kk: 'Жасанды интеллектті дамытудың 2024 – 2029 жылдарға арналған тұжырымдамасы',
      ru: 'Концепция развития искусственного интеллекта на 2024–2029 годы',
      en: 'Concept of artificial intelligence development for 2024–2029',
    },
  },
  {
    code: 'concept-public-administration-2030',
    kind: 'concept',
    name: {
      kk: 'Қазақстан Республикасында мемлекеттік басқаруды дамытудың 2030 жылға дейінгі тұжырымдамасы',
      ru: 'Концепция развития государственного управления в Республике Казахстан до 2030 года',
      en: 'Concept of public administration development in the Republic of Kazakhstan until 2030',
    },
  },
  {
    code: 'concept-legal-policy-2030',
    kind: 'concept',
    name: {
      kk: 'Қазақстан Республикасының 2030 жылға дейінгі құқықтық саясат тұжырымдамасы',
      ru: 'Концепция правовой политики Республики Казахстан до 2030 года',
      en: 'Concept of legal policy of the Republic of Kazakhstan until 2030',
    },
  },
  {
    code: 'np-rural-healthcare',
    kind: 'national_project',
    name: {
      kk: '«Ауылдық денсаулық сақтауды жаңғырту» ұлттық жобасы',
      ru: 'Национальный проект «Модернизация сельского здравоохранения»',
      en: 'National project "Modernisation of rural healthcare"',
    },
  },
  {
    code: 'np-healthy-nation',
    kind: 'national_project',
    name: {
      kk: '«Әрбір азамат үшін сапалы және қолжетімді денсаулық сақтау «Салауатты ұлт»» ұлттық жобасы',
      ru: 'Национальный проект «Качественное и доступное здравоохранение для каждого гражданина «Здоровая нация»»',
      en: 'National project "Quality and accessible healthcare for every citizen — Healthy Nation"',
    },
  },
  {
    code: 'np-tech-breakthrough',
    kind: 'national_project',
    name: {
      kk: '«Цифрландыру, ғылым және инновациялар есебінен технологиялық серпіліс» ұлттық жобасы',
      ru: 'Национальный проект «Технологический рывок за счет цифровизации, науки и инноваций»',
      en: 'National project "Technological breakthrough through digitalisation, science and innovation"',
    },
  },
  {
    code: 'plan-mo-healthcare',
    kind: 'state_body_development_plan',
    name: {
      kk: 'Қазақстан Республикасы Денсаулық сақтау министрлігінің 2025 – 2029 жылдарға арналған даму жоспары',
      ru: 'План развития Министерства здравоохранения Республики Казахстан на 2025–2029 годы',
      en: 'Development plan of the Ministry of Healthcare of the Republic of Kazakhstan for 2025–2029',
    },
  },
  {
    code: 'plan-mo-justice',
    kind: 'state_body_development_plan',
    name: {
      kk: 'Қазақстан Республикасы Әділет министрлігінің 2025 – 2029 жылдарға арналған даму жоспары',
      ru: 'План развития Министерства юстиции Республики Казахстан на 2025–2029 годы',
      en: 'Development plan of the Ministry of Justice of the Republic of Kazakhstan for 2025–2029',
    },
  },
  {
    code: 'plan-mo-labour',
    kind: 'state_body_development_plan',
    name: {
      kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігінің 2025 – 2029 жылдарға арналған даму жоспары',
      ru: 'План развития Министерства труда и социальной защиты населения Республики Казахстан на 2025–2029 годы',
      en: 'Development plan of the Ministry of Labour and Social Protection of the Population for 2025–2029',
    },
  },
];

/**
 * Kazakh names of the public services of shared/data/public-services.json, keyed by the exact
 * Russian name there, in the wording of the Register of public services as published on egov.kz.
 */
export const PUBLIC_SERVICE_KK_NAMES: Record<string, string> = {
  'Выдача справки о наличии либо отсутствии судимости': 'Соттылығының болуы не болмауы туралы анықтама беру',
  'Выдача паспортов, удостоверений личности гражданам Республики Казахстан':
    'Қазақстан Республикасының азаматтарына паспорттар, жеке куәліктер беру',
  'Выдача временного удостоверения личности гражданам Республики Казахстан':
    'Қазақстан Республикасының азаматтарына уақытша жеке куәлік беру',
  'Выдача архивных справок': 'Архивтік анықтамалар беру',
  'Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в детские дошкольные организации':
    'Мектепке дейінгі балалар ұйымдарына жолдама беру үшін мектеп жасына дейінгі (6 жасқа дейін) балаларды кезекке қою',
  'Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния':
    'Баланың тууын мемлекеттік тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу',
  'Государственная регистрация заключения брака (супружества)':
    'Некеге тұруды (ерлі-зайыптылықты) мемлекеттік тіркеу',
  'Государственная регистрация смерти': 'Қайтыс болуды мемлекеттік тіркеу',
  'Регистрация по месту жительства населения Республики Казахстан':
    'Қазақстан Республикасы халқын тұрғылықты жері бойынша тіркеу',
  'Выдача водительского удостоверения': 'Жүргізуші куәлігін беру',
  'Регистрация, перерегистрация транспортных средств': 'Көлік құралдарын тіркеу, қайта тіркеу',
  'Государственная регистрация юридических лиц, учетная регистрация их филиалов и представительств':
    'Заңды тұлғаларды мемлекеттік тіркеу, олардың филиалдары мен өкілдіктерін есептік тіркеу',
  'Выдача справки о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках':
    'Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар) және оның техникалық сипаттамалары туралы анықтама беру',
  'Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь':
    'Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекіту',
  'Запись на прием к врачу': 'Дәрігердің қабылдауына жазылу',
  'Вызов врача на дом': 'Дәрігерді үйге шақыру',
  'Выдача справки с психоневрологической организации': 'Психоневрологиялық ұйымнан анықтама беру',
  'Выдача справки с наркологической организации': 'Наркологиялық ұйымнан анықтама беру',
  'Прием документов и зачисление в организации образования для обучения по общеобразовательным программам начального, основного среднего, общего среднего образования':
    'Бастауыш, негізгі орта, жалпы орта білімнің жалпы білім беретін бағдарламалары бойынша оқыту үшін білім беру ұйымдарына құжаттарды қабылдау және оқуға қабылдау',
  'Назначение единовременного государственного пособия в связи с рождением ребенка и пособия по уходу за ребенком по достижении им возраста одного года':
    'Баланың тууына байланысты біржолғы мемлекеттік жәрдемақыны және бала бір жасқа толғанға дейін оның күтіміне байланысты жәрдемақыны тағайындау',
  'Назначение пенсионных выплат по возрасту': 'Жасына байланысты зейнетақы төлемдерін тағайындау',
  'Выдача разрешения на использование земельного участка для изыскательских работ':
    'Іздестіру жұмыстары үшін жер учаскесін пайдалануға рұқсат беру',
  'Субсидирование развития племенного животноводства, повышения продуктивности и качества продукции животноводства':
    'Асыл тұқымды мал шаруашылығын дамытуды, мал шаруашылығы өнімінің өнімділігін және сапасын арттыруды субсидиялау',
  'Выдача ветеринарной справки': 'Ветеринариялық анықтама беру',
};
