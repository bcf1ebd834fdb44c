import { interpolate, type Locale } from '../locale.ts';

/**
 * Every label the official map document prints (DOCX and print HTML), in one catalogue.
 *
 * kk is the Form's own wording (Order 251/НҚ, appendix — shared/seeds/001_…), ru its faithful
 * Russian equivalent (the Rules' terms where they exist), en a working translation.
 * `form` marks a label that is the Form's words:
 * - `true`: the kk text (with `sample` substituted) occurs verbatim in the Form;
 * - a string: the Form's passage exactly as the seed text has it, where the seed is evidently
 *   garbled (OCR: Latin letters inside Kazakh words, a stray space before a hyphen…) and the kk
 *   text restores the intended wording — the string keeps the deviation traceable and tested.
 * Labels without `form` are the platform's own (the Form has no wording for them).
 */
export interface FormLabel {
  kk: string;
  ru: string;
  en: string;
  form?: true | string;
  /** Placeholder values that reproduce the Form's sample text (e.g. n = 1 for "1.1. Сипаттама"). */
  sample?: Record<string, string | number>;
}

/** The languages an official document is produced in (SPEC §5.10). */
export const DOCUMENT_LOCALES = ['kk', 'ru'] as const satisfies readonly Locale[];
export type DocumentLocale = (typeof DOCUMENT_LOCALES)[number];

export const FORM_LABELS = {
  // The title block (F: "Саланың цифрлық трансформация картасы <сала> <орган>").
  'title.form': {
    kk: 'Саланың цифрлық трансформация картасы',
    ru: 'Карта цифровой трансформации сферы',
    en: 'Digital transformation map of the sector',
    form: true,
  },
  'period.value': {
    kk: '{{from}}–{{to}} жылдар',
    ru: '{{from}}–{{to}} годы',
    en: '{{from}}–{{to}}',
    form: true,
    sample: { from: 2025, to: 2029 },
  },

  // F "Паспорт".
  passport: { kk: 'Паспорт', ru: 'Паспорт', en: 'Passport', form: true },
  'passport.title': {
    kk: 'Цифрлық трансформация картасының атауы',
    ru: 'Наименование карты цифровой трансформации',
    en: 'Name of the digital transformation map',
    form: true,
  },
  'passport.goal': { kk: 'Мақсаты', ru: 'Цель', en: 'Goal', form: true },
  'passport.planningDocuments': {
    kk: 'МЖЖ құжаты',
    ru: 'Документы СГП',
    en: 'State Planning System documents',
    form: true,
  },
  'passport.sectors': {
    kk: 'Цифрлық трансформация картасы қамтитын салалар',
    ru: 'Сферы, охватываемые картой цифровой трансформации',
    en: 'Sectors covered by the digital transformation map',
    form: true,
  },
  'passport.principles': { kk: 'Принциптері', ru: 'Принципы', en: 'Principles', form: true },
  'passport.principlesIntro': {
    kk: 'Цифрлық трансформация картасын әзірлеу кезінде мемлекеттік басқаруды цифрлық трансформациялау Ережелерінде көрсетілген келесі принциптер ескерілуі тиіс. Негізгі міндеттер:',
    ru: 'При разработке карты цифровой трансформации должны учитываться следующие принципы, указанные в Правилах цифровой трансформации государственного управления. Основные задачи:',
    en: 'The following principles set out in the Rules of Digital Transformation of Public Administration are to be taken into account when drawing up the map. Key tasks:',
    form: true,
  },
  'principle.1': {
    kk: 'Кіріс мәліметтері мен құжаттарды мемлекеттік деректер базасына цифрлық жазбалар түрінде енгізу, бұл мәлімет көлемін азайтып, мемлекеттік органдар арасында ақпарат алмасуды жеделдетуге мүмкіндік береді',
    ru: 'Внесение входящих сведений и документов в государственные базы данных в виде цифровых записей, что позволяет сократить объём сведений и ускорить обмен информацией между государственными органами',
    en: 'Entering incoming data and documents into state databases as digital records, which reduces the volume of data and speeds up the exchange of information between state bodies',
    form: 'Кіріс мәліметтері мен құжаттарды мемлекеттік деректер базасына цифрлық жазбалар түрінде енгізу, бұл мәлімет қолемін азайтып, мемлекеттік органдар арасында ақпарат алмасуды жеделдетуге мүмкіндік береді',
  },
  'principle.2': {
    kk: 'Шығыс құжаттарды цифрлық сәйкестендірілген түрде беру',
    ru: 'Выдача исходящих документов в цифровом идентифицируемом виде',
    en: 'Issuing outgoing documents in a digitally identifiable form',
    form: true,
  },
  'principle.3': {
    kk: 'Процестерді автоматтандыру, сараптамалық және/немесе ұжымдық шешімдер қабылдау санын азайту арқылы орындау мерзімін қысқарту',
    ru: 'Сокращение сроков исполнения за счёт автоматизации процессов, уменьшения количества экспертных и/или коллегиальных решений',
    en: 'Shortening execution times by automating processes and reducing the number of expert and/or collegial decisions',
    form: 'Процестерді автоматтандыру, сараптамалық және /немесе ұжымдық шешімдер қабылдау санын азайту арқылы орындау мерзімін қысқарту',
  },
  'principle.4': {
    kk: 'Бейнебақылау мен цифрлық датчиктер арқылы – жемқорлық тәуекелдерін төмендету және мәліметтердің шынайылығын қамтамасыз ету үшін',
    ru: 'Применение видеонаблюдения и цифровых датчиков – для снижения коррупционных рисков и обеспечения достоверности сведений',
    en: 'Video surveillance and digital sensors – to lower corruption risks and ensure the reliability of data',
    form: true,
  },
  'principle.5': {
    kk: 'Кезектерді әділ және ашық тарату үшін скорингтік модельдер енгізу',
    ru: 'Внедрение скоринговых моделей для справедливого и прозрачного распределения очередей',
    en: 'Introducing scoring models for a fair and transparent allocation of queues',
    form: true,
  },
  'principle.6': {
    kk: 'Жергілікті деңгейдегі кезектерді теріс пайдалану тәуекелдерін жою мақсатында кезектерді ұлттық деңгейде орталықтандыру',
    ru: 'Централизация очередей на национальном уровне в целях устранения рисков злоупотреблений очередями на местном уровне',
    en: 'Centralising queues at the national level to remove the risks of abusing local queues',
    form: true,
  },
  'principle.7': {
    kk: 'Процестердің барлығында электрондық өтініш форматын енгізу – қатысушылар арасындағы жеке байланысты азайту үшін',
    ru: 'Внедрение формата электронной заявки во всех процессах – для сокращения личных контактов между участниками',
    en: 'Introducing the e-application format in all processes – to reduce personal contact between participants',
    form: 'Процестердің барлығында электрондық өтініш форматын енгізу – қатысуышылар арасындағы жеке байланысты азайту үшін',
  },
  'passport.responsibleBody': {
    kk: 'Картаны әзірлеуге жауапты мемлекеттік органдары',
    ru: 'Государственный орган, ответственный за разработку карты',
    en: 'State body responsible for drawing up the map',
    form: true,
  },
  'passport.implementers': {
    kk: 'Картаны іске асыруға жауапты мемлекеттік органдар мен ұйымдар',
    ru: 'Государственные органы и организации, ответственные за реализацию карты',
    en: 'State bodies and organisations responsible for implementing the map',
    form: true,
  },
  'passport.legalBasis': {
    kk: 'Дайындау негізі',
    ru: 'Основание для разработки',
    en: 'Legal basis',
    form: true,
  },
  'passport.period': {
    kk: 'Іске асыру мерзімі',
    ru: 'Срок реализации',
    en: 'Implementation period',
    form: true,
  },
  'implementer.kind.committee': { kk: 'комитет', ru: 'комитет', en: 'committee' },
  'implementer.kind.territorial_unit': {
    kk: 'аумақтық бөлімше',
    ru: 'территориальное подразделение',
    en: 'territorial unit',
  },
  'implementer.kind.subordinate_organisation': {
    kk: 'бағынысты ұйым',
    ru: 'подведомственная организация',
    en: 'subordinate organisation',
  },
  'implementer.kind.quasi_public_sector': {
    kk: 'квазимемлекеттік сектор ұйымы',
    ru: 'организация квазигосударственного сектора',
    en: 'quasi-public sector organisation',
  },
  'implementer.kind.local_executive_body': {
    kk: 'жергілікті атқарушы орган',
    ru: 'местный исполнительный орган',
    en: 'local executive body',
  },
  'implementer.kind.other_state_body': {
    kk: 'басқа мемлекеттік орган',
    ru: 'иной государственный орган',
    en: 'other state body',
  },

  // F section 1 ("Сала 1 – Сала атауы"), repeated per sector.
  'sector.heading': {
    kk: '{{n}}. Сала {{n}} – {{name}}',
    ru: '{{n}}. Сфера {{n}} – {{name}}',
    en: '{{n}}. Sector {{n}} – {{name}}',
    form: true,
    sample: { n: 1, name: 'Сала атауы' },
  },
  'sector.description': {
    kk: '{{n}}.1. Сипаттама',
    ru: '{{n}}.1. Описание',
    en: '{{n}}.1. Description',
    form: true,
    sample: { n: 1 },
  },
  'indicators.heading': {
    kk: 'Негізгі көрсеткіштер мен индикаторлар',
    ru: 'Ключевые показатели и индикаторы',
    en: 'Key indicators',
  },
  'indicator.name': { kk: 'Индикатор атауы', ru: 'Наименование индикатора', en: 'Indicator' },
  'indicator.unit': { kk: 'Өлшем бірлігі', ru: 'Единица измерения', en: 'Unit' },
  'indicator.baseline': { kk: 'Базалық мәні', ru: 'Базовое значение', en: 'Baseline' },
  'indicator.baselineValue': { kk: 'мәні', ru: 'значение', en: 'value' },
  'indicator.baselineYear': { kk: 'жылы', ru: 'год', en: 'year' },
  'indicator.targets': {
    kk: 'Жылдар бойынша нысаналы мәні',
    ru: 'Целевые значения по годам',
    en: 'Target values by year',
  },
  'indicator.source': { kk: 'Дереккөзі (құжат)', ru: 'Источник (документ)', en: 'Source (document)' },
  'indicator.criterion': { kk: 'Өлшемшарт (19-тармақ)', ru: 'Критерий (пункт 19)', en: 'Criterion (R.19)' },
  'subjects.heading': {
    kk: 'Реттеудің субъектілері/объектілері',
    ru: 'Субъекты/объекты регулирования',
    en: 'Subjects/objects of regulation',
    form: 'Реттеудің субъектілері/ объектілері',
  },
  'subjects.name': {
    kk: 'Реттеу нысаны',
    ru: 'Субъект (объект) регулирования',
    en: 'Subject/object of regulation',
    form: true,
  },
  'subjects.count': { kk: 'Саны', ru: 'Количество', en: 'Count', form: true },
  'subjects.gdp': { kk: 'ЖІӨ-ге қосқан үлесі', ru: 'Вклад в ВВП', en: 'Contribution to GDP', form: true },
  'subjects.lifeCycle': { kk: 'Өмірлік циклі', ru: 'Жизненный цикл', en: 'Life cycle', form: true },
  'problems.heading': {
    kk: 'Саладағы проблемалар',
    ru: 'Проблемы в сфере',
    en: 'Problems of the sector',
    form: true,
  },
  'problem.source.complaints': {
    kk: 'азаматтардың шағымдары',
    ru: 'жалобы граждан',
    en: "citizens' complaints",
  },
  'problem.source.audit': { kk: 'аудит, тексерулер', ru: 'аудит, проверки', en: 'audit, inspections' },
  'problem.source.analytics': { kk: 'талдау', ru: 'аналитика', en: 'analytics' },
  'problem.source.other': { kk: 'басқа', ru: 'иное', en: 'other' },
  'technologies.heading': {
    kk: 'Перспективалық технологиялар',
    ru: 'Перспективные технологии',
    en: 'Promising technologies',
    form: true,
  },
  'technology.ai': {
    kk: 'жасанды интеллект',
    ru: 'искусственный интеллект',
    en: 'artificial intelligence',
    form: true,
  },

  // F 1.2.
  'cases.heading': {
    kk: '{{n}}.2. Кейстер (саладағы бизнес-процестер топтары)',
    ru: '{{n}}.2. Кейсы (группы бизнес-процессов в сфере)',
    en: '{{n}}.2. Cases (groups of business processes of the sector)',
    form: true,
    sample: { n: 1 },
  },
  'case.name': {
    kk: 'Кейс атауы {{n}}',
    ru: 'Наименование кейса {{n}}',
    en: 'Case {{n}}',
    form: true,
    sample: { n: 1 },
  },
  'case.processes': { kk: 'Бизнес-процестер', ru: 'Бизнес-процессы', en: 'Business processes', form: true },
  'case.aiUse': {
    kk: 'Жасанды интеллектті перспективалық пайдалану',
    ru: 'Перспективное использование искусственного интеллекта',
    en: 'Prospective use of artificial intelligence',
    form: true,
  },
  'case.responsibleUnits': {
    kk: 'Жауапты құрылымдық бөлімшелер',
    ru: 'Ответственные структурные подразделения',
    en: 'Responsible structural units',
    form: true,
  },
  'case.functions': {
    kk: 'Орталық мемлекеттік органның байланысты функциялары',
    ru: 'Связанные функции центрального государственного органа',
    en: 'Related functions of the central state body',
    form: true,
  },
  'case.publicServices': {
    kk: 'Байланысты мемлекеттік қызметтер',
    ru: 'Связанные государственные услуги',
    en: 'Related public services',
    form: true,
  },
  'case.automation': {
    kk: 'Автоматтандыру мәртебесі',
    ru: 'Статус автоматизации',
    en: 'Automation status',
    form: true,
  },
  'case.automation.yes': { kk: 'Иә', ru: 'Да', en: 'Yes', form: true },
  'case.automation.no': { kk: 'жоқ', ru: 'нет', en: 'no', form: true },
  'case.informationSystems': {
    kk: 'Байланысты ақпараттық жүйе атаулары',
    ru: 'Наименования связанных информационных систем',
    en: 'Related information systems',
    form: true,
  },
  'case.subjects': { kk: 'Субъект / объект', ru: 'Субъект / объект', en: 'Subject / object', form: true },
  'case.reengineeringStatus': {
    kk: 'Реинжиниринг мәртебесі',
    ru: 'Статус реинжиниринга',
    en: 'Reengineering status',
    form: true,
  },
  'reengineering.planned': { kk: 'жоспарлануда', ru: 'планируется', en: 'planned', form: true },
  'reengineering.in_progress': { kk: 'жұмыс барысында', ru: 'в работе', en: 'in progress', form: true },
  'reengineering.implemented': { kk: 'енгізілген', ru: 'внедрён', en: 'implemented', form: true },

  // F 1.3.
  'schedule.heading': {
    kk: '{{n}}.3. Сфера бойынша жоспар-кесте',
    ru: '{{n}}.3. План-график по сфере',
    en: '{{n}}.3. Plan-schedule of the sector',
    form: '1.3. Сфера бойынша жоспар -кесте',
    sample: { n: 1 },
  },
  'schedule.activity': {
    kk: 'Іс-шара атауы',
    ru: 'Наименование мероприятия',
    en: 'Activity',
    form: 'Іс шара атавы',
  },
  // The Form's second header cell is illegible in the seed; the platform's wording says what the rows are.
  'schedule.rowHeader': {
    kk: 'Кейс / бизнес-процесс',
    ru: 'Кейс / бизнес-процесс',
    en: 'Case / business process',
  },
  'quarter.1': { kk: 'I тқ', ru: 'I кв', en: 'Q1', form: true },
  'quarter.2': { kk: 'II тқ', ru: 'II кв', en: 'Q2', form: true },
  'quarter.3': { kk: 'III тқ', ru: 'III кв', en: 'Q3', form: true },
  'quarter.4': { kk: 'IV тқ', ru: 'IV кв', en: 'Q4', form: true },
  'schedule.legend': {
    kk: 'R – реинжиниринг, F – үдерістің мақсатты нұсқасын іске асыру, D – үдерістің оңтайлы нұсқасын іске асыру',
    ru: 'R – реинжиниринг, F – внедрение целевого варианта процесса, D – внедрение оптимального варианта процесса',
    en: 'R – reengineering, F – implementing the target variant of the process, D – implementing the optimal variant of the process',
    form: 'R - реинжиниринг, F – үдерістің мақсатты нұсқасынан іске асыру, D – үдерістің онтайлы нұсқасынан іске асыру',
  },

  // F 1.4.
  'fastTrack.heading': {
    kk: '{{n}}.4. Басым жобалар (Fast Track жобалары)',
    ru: '{{n}}.4. Приоритетные проекты (проекты Fast Track)',
    en: '{{n}}.4. Priority projects (Fast Track projects)',
    form: '1.4 Басым жобалар (Fast Track жобалары)',
    sample: { n: 1 },
  },
  'fastTrack.sector': { kk: 'Сала', ru: 'Сфера', en: 'Sector', form: true },
  'fastTrack.case': { kk: 'Кейстің атауы', ru: 'Наименование кейса', en: 'Case', form: true },
  'fastTrack.rationale': {
    kk: 'Кейс бойынша күрделілік пен өзектілік',
    ru: 'Сложность и актуальность кейса',
    en: 'Complexity and relevance of the case',
    form: 'Кейс бойынша курделікпен өзеклілік',
  },
  'fastTrack.effects': {
    kk: 'Ықтимал әсерлер',
    ru: 'Возможные эффекты',
    en: 'Expected effects',
    form: 'Ікітимал әсeler',
  },
  'fastTrack.solutions': {
    kk: 'Перспективалық шешімдер немесе технологиялар',
    ru: 'Перспективные решения или технологии',
    en: 'Promising solutions or technologies',
    form: true,
  },

  // F, the last table.
  'gantt.heading': {
    kk: 'Салалар трансформациясының жиынтық трафигі (Гант диаграммасы)',
    ru: 'Сводный график трансформации сфер (диаграмма Ганта)',
    en: "Summary schedule of the sectors' transformation (Gantt chart)",
    form: 'Салалар трансформациясының жиынтық трафигі ( Гант диаграммасы)',
  },
  'gantt.sector': { kk: 'Саланың атауы', ru: 'Наименование сферы', en: 'Sector', form: true },
  'gantt.unit': {
    kk: 'Жауапты бөлімшесі (Департамент / Комитет)',
    ru: 'Ответственное подразделение (департамент / комитет)',
    en: 'Responsible unit (department / committee)',
    form: true,
  },
  'gantt.earlier': {
    kk: '2021–2024 жылдары реинжиниринг жүргізілген кейстер',
    ru: 'Кейсы, реинжиниринг которых проведён в 2021–2024 годах',
    en: 'Cases reengineered in 2021–2024',
  },

  // Attachments (R.17, R.18–R.20): the Form has no wording, the Rules' terms are used.
  'attachments.heading': { kk: 'Қосымшалар', ru: 'Приложения', en: 'Attachments' },
  'attachments.priorityDirections': {
    kk: 'Цифрлық трансформацияның басым бағыттары және олардың нысаналы индикаторлары',
    ru: 'Приоритетные направления цифровой трансформации и их целевые индикаторы',
    en: 'Priority directions of digital transformation and their target indicators',
  },
  'attachments.performance': {
    kk: 'Цифрлық трансформацияның нәтижелілік көрсеткіштері',
    ru: 'Показатели результативности цифровой трансформации',
    en: 'Digital transformation performance indicators',
  },
  'attachments.criteria': {
    kk: 'Өлшемшарттар (19-тармақ):',
    ru: 'Критерии (пункт 19):',
    en: 'Criteria (R.19):',
  },
  'criterion.1': {
    kk: 'азаматтардың мемлекеттік, оның ішінде цифрлық қызметтерге қанағаттануын арттыру және бизнестің мемлекетпен өзара іс-қимыл кезіндегі шығындарын азайту',
    ru: 'повышение удовлетворённости граждан государственными услугами, в том числе цифровыми, и снижение издержек бизнеса при взаимодействии с государством',
    en: "citizens' satisfaction with public services, digital ones included, and lower costs of business in dealing with the state",
  },
  'criterion.2': {
    kk: 'мемлекеттік басқару, экономика салалары мен әлеуметтік сала шығындарын азайту',
    ru: 'снижение издержек государственного управления, отраслей экономики и социальной сферы',
    en: 'lower costs of public administration, economic sectors and the social sphere',
  },
  'criterion.3': {
    kk: 'мемлекеттік басқарудың ашықтығын арттыру',
    ru: 'повышение прозрачности государственного управления',
    en: 'more transparent public administration',
  },
  'criterion.4': {
    kk: 'цифрлық трансформация есебінен сыбайлас жемқорлық тәуекелдерін азайту',
    ru: 'снижение коррупционных рисков за счёт цифровой трансформации',
    en: 'lower corruption risks through digital transformation',
  },
  'criterion.5': {
    kk: 'ақпараттандыру объектілерінің сенімділігі мен қауіпсіздігі деңгейін арттыру, цифрлық егемендік',
    ru: 'повышение уровня надёжности и безопасности объектов информатизации, цифровой суверенитет',
    en: 'reliability and security of information systems, digital sovereignty',
  },
  'attachments.pilots': { kk: 'Пилоттық жобалар', ru: 'Пилотные проекты', en: 'Pilot projects' },
  'pilot.name': { kk: 'Жоба атауы', ru: 'Наименование проекта', en: 'Project' },
  'pilot.description': { kk: 'Сипаттамасы', ru: 'Описание', en: 'Description' },
  'pilot.period': { kk: 'Мерзімі', ru: 'Сроки', en: 'Period' },
  'attachments.data': { kk: 'Деректер тізбесі', ru: 'Перечень данных', en: 'List of data' },
  'data.name': { kk: 'Деректер атауы', ru: 'Наименование данных', en: 'Data' },
  'data.description': { kk: 'Сипаттамасы', ru: 'Описание', en: 'Description' },
  'data.systems': { kk: 'Ақпараттық жүйелер', ru: 'Информационные системы', en: 'Information systems' },
  'attachments.justification': {
    kk: 'Нәтижелілік көрсеткіштеріне қол жеткізудің негіздемесі',
    ru: 'Обоснование достижимости показателей результативности',
    en: 'Justification that the performance indicators are achievable',
  },
  'attachments.risks': {
    kk: 'Картаны іске асырудың ықтимал тәуекелдері және тәуекелдерді басқару',
    ru: 'Возможные риски реализации карты и управление рисками',
    en: 'Risks of implementing the map and their management',
  },
  'risk.risk': { kk: 'Тәуекел', ru: 'Риск', en: 'Risk' },
  'risk.management': { kk: 'Тәуекелді басқару', ru: 'Управление риском', en: 'Risk management' },
} as const satisfies Record<string, FormLabel>;

export type FormLabelKey = keyof typeof FORM_LABELS;

/** A label in the document's language, placeholders ({{n}}) filled in. */
export function formLabel(
  key: FormLabelKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const entry: FormLabel = FORM_LABELS[key];
  return interpolate(entry[locale], params);
}
