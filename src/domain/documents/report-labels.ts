import { interpolate, type Locale } from '../locale.ts';

/**
 * Every label of the official documents other than the map itself (DOCX and print HTML), in one
 * catalogue: the reengineering results (R.36–R.37), the monitoring reports (R.25–R.28) and the
 * redline between two versions of a map (R.41–R.42). kk and ru are the documents' languages; en
 * is a working translation. The Rules' own terms are used where they exist ("как есть",
 * "как будет", "как должно быть", "проектная команда", "план мероприятий"…).
 */
export interface ReportLabel {
  kk: string;
  ru: string;
  en: string;
}

export const REPORT_LABELS = {
  // ---- Shared ------------------------------------------------------------------------------
  'common.yes': { kk: 'Иә', ru: 'Да', en: 'Yes' },
  'common.no': { kk: 'Жоқ', ru: 'Нет', en: 'No' },
  'common.number': { kk: '№', ru: '№', en: 'No.' },
  'common.asOf': { kk: '{{date}} жағдай бойынша', ru: 'по состоянию на {{date}}', en: 'as of {{date}}' },
  'common.none': { kk: 'жоқ', ru: 'нет', en: 'none' },

  // ---- Reengineering results (R.32–R.37) -----------------------------------------------------
  'results.title': {
    kk: 'Бизнес-процестер реинжинирингінің нәтижелері',
    ru: 'Результаты реинжиниринга бизнес-процессов',
    en: 'Results of the business process reengineering',
  },
  'results.case': { kk: 'Кейс: {{name}}', ru: 'Кейс: {{name}}', en: 'Case: {{name}}' },
  'results.approvedOn': {
    kk: 'Іс-шаралар жоспары бекітілді: {{date}}',
    ru: 'План мероприятий утверждён: {{date}}',
    en: 'Action plan approved on {{date}}',
  },
  'results.publishedOn': {
    kk: 'Жарияланды: {{date}}',
    ru: 'Опубликовано: {{date}}',
    en: 'Published on {{date}}',
  },
  'results.team': { kk: 'Жоба тобы', ru: 'Проектная команда', en: 'Project team' },
  'results.teamProtocol': {
    kk: 'Жоба тобының хаттамасы',
    ru: 'Протокол проектной команды',
    en: 'Protocol of the project team',
  },
  'results.teamProtocolValue': {
    kk: '№ {{number}}, {{date}}',
    ru: '№ {{number}} от {{date}}',
    en: 'No. {{number}} of {{date}}',
  },
  'results.member.name': { kk: 'Т.А.Ә.', ru: 'Ф.И.О.', en: 'Full name' },
  'results.member.role': { kk: 'Топтағы рөлі', ru: 'Роль в команде', en: 'Role in the team' },
  'results.member.position': { kk: 'Лауазымы', ru: 'Должность', en: 'Position' },
  'results.member.org': { kk: 'Ұйым', ru: 'Организация', en: 'Organisation' },
  'team.leader': { kk: 'Жоба тобының басшысы', ru: 'Руководитель проектной команды', en: 'Team leader' },
  'team.owner_staff': {
    kk: 'Процеске жауапты бөлімшенің қызметкері',
    ru: 'Сотрудник подразделения, ответственного за процесс',
    en: 'Staff of the unit responsible for the process',
  },
  'team.owner_expert': { kk: 'Сала сарапшысы', ru: 'Эксперт сферы', en: 'Subject expert' },
  'team.it_architect': { kk: 'IT-сәулетші', ru: 'IT-архитектор', en: 'IT architect' },
  'team.business_analyst': { kk: 'Бизнес-талдаушы', ru: 'Бизнес-аналитик', en: 'Business analyst' },
  'team.stakeholder': { kk: 'Мүдделі ұйым', ru: 'Заинтересованная организация', en: 'Stakeholder' },
  'team.independent_expert': { kk: 'Тәуелсіз сарапшы', ru: 'Независимый эксперт', en: 'Independent expert' },
  'team.quality_body': {
    kk: 'Мемлекеттік қызметтер сапасын бағалау органының қызметкері',
    ru: 'Сотрудник органа по оценке качества государственных услуг',
    en: 'Staff of the public service quality body',
  },
  'results.asIs': {
    kk: 'Ағымдағы нұсқаның сипаттамасы («қалай бар»)',
    ru: 'Описание текущего варианта («как есть»)',
    en: 'The as-is variant',
  },
  'results.legalActs': {
    kk: 'Бизнес-процесті реттейтін нормативтік құқықтық актілер мен құжаттар',
    ru: 'Нормативные правовые акты и документы, регламентирующие бизнес-процесс',
    en: 'Legal acts and documents regulating the process',
  },
  'results.otherDocuments': { kk: 'Өзге құжаттар', ru: 'Иные документы', en: 'Other documents' },
  'results.stakeholders': {
    kk: 'Мүдделі қатысушылар және олардың байланыс нүктелері',
    ru: 'Заинтересованные участники и точки соприкосновения',
    en: 'Stakeholders and their touchpoints',
  },
  'results.stakeholder': { kk: 'Қатысушы', ru: 'Участник', en: 'Stakeholder' },
  'results.touchpoints': { kk: 'Байланыс нүктелері', ru: 'Точки соприкосновения', en: 'Touchpoints' },
  'results.problems': {
    kk: 'Ағымдағы нұсқаның проблемалары',
    ru: 'Проблемы текущего варианта',
    en: 'Problems of the as-is variant',
  },
  'results.asIsModels': {
    kk: 'Бизнес-процестердің ағымдағы нұсқасы',
    ru: 'Текущий вариант бизнес-процессов',
    en: 'The as-is business processes',
  },
  'results.target': {
    kk: 'Нысаналы нұсқа («қалай болады»)',
    ru: 'Целевой вариант («как будет»)',
    en: 'The target variant (to-be)',
  },
  'results.targetModels': {
    kk: 'Бизнес-процестердің нысаналы және оңтайлы нұсқалары',
    ru: 'Целевой и оптимальный варианты бизнес-процессов',
    en: 'The target and optimal business processes',
  },
  'results.justification': {
    kk: 'Ұсынылатын нұсқаның негіздемесі',
    ru: 'Обоснование предлагаемого варианта',
    en: 'Justification of the proposed variant',
  },
  'results.metricsNote': {
    kk: 'Көрсеткіштер модельдерден есептелген; барлық көрсеткіш үшін аз мән жақсы. Жақшада — ағымдағы нұсқадан өзгерісі.',
    ru: 'Показатели рассчитаны по моделям; для всех показателей меньше — лучше. В скобках — изменение относительно текущего варианта.',
    en: 'The metrics are computed from the models; lower is better for every metric. In brackets: the change from the as-is variant.',
  },
  'results.metric': { kk: 'Көрсеткіш', ru: 'Показатель', en: 'Metric' },
  'results.process': {
    kk: 'Бизнес-процесс: {{name}}',
    ru: 'Бизнес-процесс: {{name}}',
    en: 'Process: {{name}}',
  },
  'results.noModel': {
    kk: 'Модель сақталмаған.',
    ru: 'Модель не сохранена.',
    en: 'No model saved.',
  },
  'results.figure': {
    kk: '{{n}}-сурет. {{process}}: {{variant}}',
    ru: 'Рисунок {{n}}. {{process}}: {{variant}}',
    en: 'Figure {{n}}. {{process}}: {{variant}}',
  },
  'variant.as_is': {
    kk: 'ағымдағы нұсқа («қалай бар»)',
    ru: 'текущий вариант («как есть»)',
    en: 'as-is variant',
  },
  'variant.target': {
    kk: 'нысаналы нұсқа («қалай болады»)',
    ru: 'целевой вариант («как будет»)',
    en: 'target variant (to-be)',
  },
  'variant.optimal': {
    kk: 'оңтайлы нұсқа («қалай болуы керек»)',
    ru: 'оптимальный вариант («как должно быть»)',
    en: 'optimal variant',
  },
  'metric.steps': { kk: 'Қадамдар', ru: 'Этапы (действия)', en: 'Steps' },
  'metric.roles': { kk: 'Рөлдер', ru: 'Роли', en: 'Roles' },
  'metric.roleHandoffs': {
    kk: 'Рөлдер арасындағы берілім',
    ru: 'Передачи между ролями',
    en: 'Handoffs between roles',
  },
  'metric.bodyHandoffs': {
    kk: 'Органдар арасындағы берілім',
    ru: 'Передачи между органами',
    en: 'Handoffs between bodies',
  },
  'metric.applicantTouchpoints': {
    kk: 'Өтініш берушімен байланыстар',
    ru: 'Контакты с заявителем',
    en: 'Applicant touchpoints',
  },
  'metric.applicantDocuments': {
    kk: 'Өтініш берушіден сұралатын құжаттар',
    ru: 'Документы от заявителя',
    en: 'Documents asked of the applicant',
  },
  'metric.waitingPoints': { kk: 'Күту нүктелері', ru: 'Точки ожидания', en: 'Waiting points' },
  'results.plan': { kk: 'Іс-шаралар жоспары', ru: 'План мероприятий', en: 'Action plan' },
  'plan.action': { kk: 'Іс-шара', ru: 'Мероприятие', en: 'Action' },
  'plan.responsible': { kk: 'Жауапты', ru: 'Ответственный', en: 'Responsible' },
  'plan.due': { kk: 'Мерзімі', ru: 'Срок', en: 'Due' },
  'plan.draftsLegalAct': {
    kk: 'НҚА жобасын әзірлеу',
    ru: 'Разработка проекта НПА',
    en: 'Drafts a legal act',
  },

  // ---- Monitoring (R.25–R.28) -----------------------------------------------------------------
  'monitoring.title': {
    kk: 'Цифрлық трансформация картасын іске асыру мониторингі туралы есеп',
    ru: 'Отчёт о мониторинге реализации карты цифровой трансформации',
    en: 'Monitoring report on the implementation of the digital transformation map',
  },
  'monitoring.version': {
    kk: 'Карта: {{n}}-нұсқа',
    ru: 'Карта: версия {{n}}',
    en: 'Map: version {{n}}',
  },
  'monitoring.kpi': {
    kk: 'Цифрландыруға жетекшілік ететін басшы орынбасарының негізгі қызмет көрсеткіші (Қағидалардың 25-тармағы)',
    ru: 'Ключевой показатель деятельности заместителя руководителя, курирующего вопросы цифровизации (п. 25 Правил)',
    en: 'KPI of the deputy head for digitalisation (R.25)',
  },
  'kpi.period': { kk: 'Есепті кезең', ru: 'Отчётный период', en: 'Reporting period' },
  'kpi.value': { kk: 'KPI мәні', ru: 'Значение KPI', en: 'KPI value' },
  'kpi.percent': { kk: '{{value}} %', ru: '{{value}} %', en: '{{value}} %' },
  'kpi.counts': {
    kk: 'Жоспарға сай: {{onTrack}} / жоспарлы мәні бар: {{counted}}',
    ru: 'В норме: {{onTrack}} из {{counted}} с плановым значением',
    en: 'On track: {{onTrack}} of {{counted}} with a target',
  },
  'kpi.formula': { kk: 'Есептеу формуласы', ru: 'Формула расчёта', en: 'Formula' },
  'kpi.formulaText': {
    kk: 'KPI = 100 × (кезеңде жоспарға сай басым бағыттардың нысаналы индикаторлары) / (кезең жылына жоспарлы мәні бар басым бағыттардың нысаналы индикаторлары); соңғы ұсынылған есепті кезең бойынша, бір ондық белгіге дейін дөңгелектенеді.',
    ru: 'KPI = 100 × (целевые индикаторы приоритетных направлений в норме за период) / (целевые индикаторы приоритетных направлений с плановым значением на год периода); по последнему представленному отчётному периоду, с округлением до одного знака.',
    en: 'KPI = 100 × (target indicators of the priority directions on track in the period) / (target indicators of the priority directions with a target for the period’s year); for the latest reported period, rounded to one decimal.',
  },
  'kpi.none': {
    kk: 'есептелмейді (жоспарлы мәні бар индикатор немесе ұсынылған есеп жоқ)',
    ru: 'не рассчитывается (нет индикаторов с плановым значением или представленного отчёта)',
    en: 'not computed (no indicator with a target, or no report submitted)',
  },
  'monitoring.indicators': {
    kk: 'Индикаторлардың жылдар бойынша жоспарлы мәндерге қол жеткізуі',
    ru: 'Достижение плановых значений индикаторов по годам',
    en: 'Indicators against their targets by year',
  },
  'indicators.sector': {
    kk: 'Салалардың негізгі индикаторлары',
    ru: 'Ключевые индикаторы сфер',
    en: 'Key indicators of the sectors',
  },
  'indicators.priority_direction': {
    kk: 'Басым бағыттардың нысаналы индикаторлары',
    ru: 'Целевые индикаторы приоритетных направлений',
    en: 'Target indicators of the priority directions',
  },
  'indicators.performance': {
    kk: 'Цифрлық трансформацияның нәтижелілік көрсеткіштері',
    ru: 'Показатели результативности цифровой трансформации',
    en: 'Digital transformation performance indicators',
  },
  'ind.name': { kk: 'Индикатор', ru: 'Индикатор', en: 'Indicator' },
  'ind.unit': { kk: 'Өлшем бірлігі', ru: 'Ед. изм.', en: 'Unit' },
  'ind.year': { kk: 'Жыл', ru: 'Год', en: 'Year' },
  'ind.target': { kk: 'Жоспар', ru: 'План', en: 'Target' },
  'ind.actual': { kk: 'Факт', ru: 'Факт', en: 'Actual' },
  'ind.deviation': { kk: 'Ауытқу', ru: 'Отклонение', en: 'Deviation' },
  'ind.status': { kk: 'Мәртебесі', ru: 'Статус', en: 'Status' },
  'ind.period': { kk: 'Факт кезеңі: {{period}}', ru: 'Факт за: {{period}}', en: 'Actual of {{period}}' },
  'status.on_track': { kk: 'жоспарға сай', ru: 'в норме', en: 'on track' },
  'status.at_risk': { kk: 'қауіп бар', ru: 'под угрозой', en: 'at risk' },
  'status.off_track': { kk: 'артта қалу', ru: 'отставание', en: 'off track' },
  'status.no_target': { kk: 'жоспар жоқ', ru: 'нет плана', en: 'no target' },
  'status.not_reported': { kk: 'ұсынылмаған', ru: 'не представлено', en: 'not reported' },
  'status.total': { kk: 'барлығы', ru: 'всего', en: 'total' },
  'monitoring.schedule': {
    kk: 'Жоспар-кестенің орындалуы (Қағидалардың 26-тармағы)',
    ru: 'Исполнение план-графика (п. 26 Правил)',
    en: 'Execution of the plan-schedule (R.26)',
  },
  'execution.done': { kk: 'орындалды', ru: 'исполнено', en: 'done' },
  'execution.in_progress': { kk: 'орындалуда', ru: 'в работе', en: 'in progress' },
  'execution.not_started': { kk: 'басталмаған', ru: 'не начато', en: 'not started' },
  'execution.late': { kk: 'мерзімі өткен', ru: 'просрочено', en: 'late' },
  'execution.upcoming': { kk: 'алда', ru: 'предстоит', en: 'upcoming' },
  'execution.onSchedule': {
    kk: 'Мерзімінде орындалғаны',
    ru: 'Исполнено в срок',
    en: 'Executed on schedule',
  },
  'execution.cells': {
    kk: 'Жоспар-кесте ұяшықтары',
    ru: 'Ячейки план-графика',
    en: 'Plan-schedule cells',
  },
  'monitoring.late': {
    kk: 'Мерзімі өткен іс-шаралар',
    ru: 'Просроченные мероприятия',
    en: 'Late items',
  },
  'cell.case': { kk: 'Кейс', ru: 'Кейс', en: 'Case' },
  'cell.process': { kk: 'Бизнес-процесс', ru: 'Бизнес-процесс', en: 'Business process' },
  'cell.quarter': { kk: 'Тоқсан', ru: 'Квартал', en: 'Quarter' },
  'cell.code': { kk: 'Белгі', ru: 'Код', en: 'Code' },
  'cell.comment': { kk: 'Түсініктеме', ru: 'Комментарий', en: 'Comment' },
  'monitoring.terms': {
    kk: 'Қағидаларда белгіленген мерзімдердің сақталуы',
    ru: 'Соблюдение сроков, установленных Правилами',
    en: 'Terms of the Rules',
  },
  'term.review': {
    kk: 'Картаның жобасын қарау (23-т.)',
    ru: 'Рассмотрение проекта карты (п. 23)',
    en: 'Review of the draft map (R.23)',
  },
  'term.publication': {
    kk: 'Бекітілген картаны жариялау (24-т.)',
    ru: 'Размещение утверждённой карты (п. 24)',
    en: 'Publication of the approved map (R.24)',
  },
  'term.teamFormation': {
    kk: 'Жоба тобын қалыптастыру (30-т.)',
    ru: 'Формирование проектной команды (п. 30)',
    en: 'Forming the project team (R.30)',
  },
  'term.resultsPublication': {
    kk: 'Реинжиниринг нәтижелерін жариялау (37-т.)',
    ru: 'Размещение результатов реинжиниринга (п. 37)',
    en: 'Publication of the reengineering results (R.37)',
  },
  'term.term': { kk: 'Мерзім', ru: 'Срок', en: 'Term' },
  'term.subject': { kk: 'Нысан', ru: 'Предмет', en: 'Subject' },
  'term.versionN': { kk: '{{n}}-нұсқа', ru: 'версия {{n}}', en: 'version {{n}}' },
  'term.from': { kk: 'Басталуы', ru: 'Начало', en: 'From' },
  'term.due': { kk: 'Соңғы күні', ru: 'Крайний срок', en: 'Due' },
  'term.doneOn': { kk: 'Орындалды', ru: 'Исполнено', en: 'Done on' },
  'term.outcome': { kk: 'Нәтижесі', ru: 'Итог', en: 'Outcome' },
  'outcome.met': { kk: 'сақталды', ru: 'соблюдён', en: 'met' },
  'outcome.missed': { kk: 'бұзылды', ru: 'нарушен', en: 'missed' },
  'outcome.pending': { kk: 'мерзімі өтпеген', ru: 'не истёк', en: 'pending' },
  'monitoring.criteria': {
    kk: 'Нәтижелілік көрсеткіштері Қағидалардың 19-тармағының өлшемшарттары бойынша',
    ru: 'Показатели результативности по критериям пункта 19 Правил',
    en: 'Performance indicators by the criteria of R.19',
  },
  'criteria.criterion': { kk: 'Өлшемшарт', ru: 'Критерий', en: 'Criterion' },
  'criteria.unassigned': {
    kk: 'Өлшемшарты көрсетілмеген',
    ru: 'Критерий не указан',
    en: 'No criterion set',
  },
  'national.title': {
    kk: 'Мемлекеттік басқаруды цифрлық трансформациялаудың сыртқы мониторингі туралы есеп',
    ru: 'Отчёт о внешнем мониторинге цифровой трансформации государственного управления',
    en: 'External monitoring report on the digital transformation of public administration',
  },
  'national.subtitle': {
    kk: 'Қағидалардың 28-тармағы',
    ru: 'Пункт 28 Правил',
    en: 'R.28',
  },
  'national.ranking': {
    kk: 'Мемлекеттік органдардың рейтингі',
    ru: 'Рейтинг государственных органов',
    en: 'Ranking of the state bodies',
  },
  'national.rankRule': {
    kk: 'Орны: KPI мәні жоғары орган жоғары (KPI жоқтар соңында), тең болса — мерзімі өткен ұяшықтары аз орган.',
    ru: 'Место: выше орган с большим KPI (без KPI — в конце), при равенстве — с меньшим числом просроченных ячеек.',
    en: 'Rank: the higher KPI first (none last), then fewer late cells.',
  },
  'national.rank': { kk: 'Орны', ru: 'Место', en: 'Rank' },
  'national.body': { kk: 'Мемлекеттік орган', ru: 'Государственный орган', en: 'State body' },
  'national.kpi': { kk: 'KPI, %', ru: 'KPI, %', en: 'KPI, %' },
  'national.indicators': {
    kk: 'Индикаторлар (соңғы кезең)',
    ru: 'Индикаторы (последний период)',
    en: 'Indicators (latest period)',
  },
  'national.late': { kk: 'Мерзімі өткен ұяшықтар', ru: 'Просрочено ячеек', en: 'Late cells' },
  'national.termsMissed': { kk: 'Бұзылған мерзімдер', ru: 'Нарушено сроков', en: 'Terms missed' },
  'national.lastReport': { kk: 'Соңғы есеп', ru: 'Последний отчёт', en: 'Last report' },
  'national.totals': { kk: 'Барлық органдар бойынша жиыны', ru: 'Итого по органам', en: 'Totals' },
  'national.bodies': {
    kk: 'Карталары қолданыстағы органдар',
    ru: 'Органов с действующей картой',
    en: 'Bodies with a map in force',
  },
  'national.empty': {
    kk: 'Қолданыстағы картасы бар органдар жоқ.',
    ru: 'Органов с действующей картой нет.',
    en: 'No body has a map in force.',
  },

  // ---- The redline (R.41–R.42) ---------------------------------------------------------------
  'redline.title': {
    kk: 'Цифрлық трансформация картасының нұсқалары арасындағы өзгерістер',
    ru: 'Изменения между версиями карты цифровой трансформации',
    en: 'Changes between versions of the digital transformation map',
  },
  'redline.versions': {
    kk: '{{from}}-нұсқа → {{to}}-нұсқа',
    ru: 'Версия {{from}} → версия {{to}}',
    en: 'Version {{from}} → version {{to}}',
  },
  'redline.summary': {
    kk: 'Қосылды: {{added}}, алынып тасталды: {{removed}}, өзгертілді: {{changed}} (өрістер: {{fields}}), жоспар-кесте ұяшықтары: {{cells}}.',
    ru: 'Добавлено: {{added}}, удалено: {{removed}}, изменено: {{changed}} (полей: {{fields}}), ячеек план-графика: {{cells}}.',
    en: 'Added: {{added}}, removed: {{removed}}, changed: {{changed}} ({{fields}} fields), plan-schedule cells: {{cells}}.',
  },
  'redline.none': {
    kk: 'Нұсқалардың арасында айырмашылық жоқ.',
    ru: 'Различий между версиями нет.',
    en: 'The versions do not differ.',
  },
  'redline.legend': {
    kk: 'Шартты белгілер: «Бұрын» бағанындағы алынып тасталған мәтін сызылған, «Қазір» бағанындағы қосылған мәтін асты сызылған.',
    ru: 'Условные обозначения: удалённый текст в графе «Было» зачёркнут, добавленный текст в графе «Стало» подчёркнут.',
    en: 'Key: removed text in the “Was” column is struck through, added text in the “Now” column is underlined.',
  },
  'redline.item': { kk: 'Элемент', ru: 'Элемент', en: 'Item' },
  'redline.field': { kk: 'Өріс', ru: 'Поле', en: 'Field' },
  'redline.before': { kk: 'Бұрын', ru: 'Было', en: 'Was' },
  'redline.after': { kk: 'Қазір', ru: 'Стало', en: 'Now' },
  'redline.kind': { kk: 'Өзгеріс', ru: 'Изменение', en: 'Change' },
  'redline.added': { kk: 'қосылды', ru: 'добавлено', en: 'added' },
  'redline.removed': { kk: 'алынып тасталды', ru: 'удалено', en: 'removed' },
  'redline.changed': { kk: 'өзгертілді', ru: 'изменено', en: 'changed' },
  'redline.wholeItem': { kk: 'элемент толығымен', ru: 'элемент целиком', en: 'whole item' },
  'redline.wholeSector': {
    kk: 'Сала толығымен; мазмұны {{n}}-нұсқада.',
    ru: 'Сфера целиком; содержание — в версии {{n}}.',
    en: 'The whole sector; its content is in version {{n}}.',
  },
  'redline.cells': {
    kk: 'Жоспар-кесте ұяшықтары',
    ru: 'Ячейки план-графика',
    en: 'Plan-schedule cells',
  },
  'redline.row': { kk: 'Кейс / бизнес-процесс', ru: 'Кейс / бизнес-процесс', en: 'Case / business process' },
  'redline.quarter': { kk: '{{year}} ж. {{q}} тоқсан', ru: '{{q}} кв. {{year}}', en: 'Q{{q}} {{year}}' },
  'redline.attachments': { kk: 'Қосымшалар', ru: 'Приложения', en: 'Attachments' },
  'redline.sector': { kk: '{{n}}. {{name}}', ru: '{{n}}. {{name}}', en: '{{n}}. {{name}}' },
  'redline.in': { kk: '{{parent}} → {{item}}', ru: '{{parent}} → {{item}}', en: '{{parent}} → {{item}}' },
  'redline.lang.kk': { kk: 'қазақша', ru: 'на казахском', en: 'Kazakh' },
  'redline.lang.ru': { kk: 'орысша', ru: 'на русском', en: 'Russian' },
  'redline.lang.en': { kk: 'ағылшынша', ru: 'на английском', en: 'English' },
  'redline.fieldLang': { kk: '{{field}} ({{lang}})', ru: '{{field}} ({{lang}})', en: '{{field}} ({{lang}})' },
  'redline.targetFor': {
    kk: '{{year}} жылға нысаналы мән',
    ru: 'Целевое значение на {{year}} год',
    en: 'Target for {{year}}',
  },
  'redline.periodFrom': { kk: 'Кезеңнің басы', ru: 'Начало периода', en: 'Period start' },
  'redline.periodTo': { kk: 'Кезеңнің соңы', ru: 'Конец периода', en: 'Period end' },
  'field.name': { kk: 'Атауы', ru: 'Наименование', en: 'Name' },
  'field.kind': { kk: 'Түрі', ru: 'Вид', en: 'Kind' },
  'field.text': { kk: 'Мәтіні', ru: 'Текст', en: 'Text' },
  'field.source': { kk: 'Дереккөзі', ru: 'Источник', en: 'Source' },
  'field.description': { kk: 'Сипаттамасы', ru: 'Описание', en: 'Description' },
  'field.responsibleUnit': {
    kk: 'Жауапты құрылымдық бөлімше',
    ru: 'Ответственное структурное подразделение',
    en: 'Responsible unit',
  },
  'field.scheduleByProcess': {
    kk: 'Жоспар-кесте бизнес-процестер бойынша',
    ru: 'План-график по бизнес-процессам',
    en: 'Plan-schedule by business process',
  },
  'list.passport': { kk: 'Паспорт', ru: 'Паспорт', en: 'Passport' },
  'list.principles': { kk: 'Принцип', ru: 'Принцип', en: 'Principle' },
  'list.implementers': {
    kk: 'Іске асыруға жауапты ұйым',
    ru: 'Ответственная организация',
    en: 'Implementer',
  },
  'list.sector': { kk: 'Сала', ru: 'Сфера', en: 'Sector' },
  'list.indicators': { kk: 'Индикатор', ru: 'Индикатор', en: 'Indicator' },
  'list.subjects': {
    kk: 'Реттеу субъектісі/объектісі',
    ru: 'Субъект/объект регулирования',
    en: 'Subject/object',
  },
  'list.subjects.lifeCycle': {
    kk: 'Өмірлік цикл кезеңі',
    ru: 'Этап жизненного цикла',
    en: 'Life-cycle stage',
  },
  'list.problems': { kk: 'Проблема', ru: 'Проблема', en: 'Problem' },
  'list.technologies': { kk: 'Технология', ru: 'Технология', en: 'Technology' },
  'list.cases': { kk: 'Кейс', ru: 'Кейс', en: 'Case' },
  'list.cases.processes': { kk: 'Бизнес-процесс', ru: 'Бизнес-процесс', en: 'Business process' },
  'list.cases.aiUse': { kk: 'ЖИ технологиясы', ru: 'Технология ИИ', en: 'AI technology' },
  'list.cases.responsibleUnits': {
    kk: 'Жауапты бөлімше',
    ru: 'Ответственное подразделение',
    en: 'Responsible unit',
  },
  'list.cases.functions': { kk: 'Функция', ru: 'Функция', en: 'Function' },
  'list.fastTrack': { kk: 'Fast Track жобасы', ru: 'Проект Fast Track', en: 'Fast Track project' },
  'list.attachments': { kk: 'Қосымшалар', ru: 'Приложения', en: 'Attachments' },
  'list.priorityDirections': { kk: 'Басым бағыт', ru: 'Приоритетное направление', en: 'Priority direction' },
  'list.priorityDirections.indicators': {
    kk: 'Нысаналы индикатор',
    ru: 'Целевой индикатор',
    en: 'Target indicator',
  },
  'list.performanceIndicators': {
    kk: 'Нәтижелілік көрсеткіші',
    ru: 'Показатель результативности',
    en: 'Performance indicator',
  },
  'list.pilotProjects': { kk: 'Пилоттық жоба', ru: 'Пилотный проект', en: 'Pilot project' },
  'list.dataList': { kk: 'Деректер', ru: 'Данные', en: 'Data' },
  'list.risks': { kk: 'Тәуекел', ru: 'Риск', en: 'Risk' },
} as const satisfies Record<string, ReportLabel>;

export type ReportLabelKey = keyof typeof REPORT_LABELS;

/** A label in the document's language, placeholders ({{n}}) filled in. */
export function reportLabel(
  key: ReportLabelKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const entry: ReportLabel = REPORT_LABELS[key];
  return interpolate(entry[locale], params);
}
