import { interpolate, type Locale } from '../locale.ts';
import type { MapFindingCode } from './map.validate.ts';

/**
 * The text of every finding code of the validator, in i18next interpolation syntax ({{param}}).
 * Kazakh follows the Form's own wording, Russian the Rules'. `{{locales}}` is the list of blank
 * content languages as codes ('kk', 'kk, ru'), so it reads the same in every UI language.
 */
type Messages = Record<MapFindingCode, string>;

const kk = {
  'passport.title_missing': 'Паспорт: цифрлық трансформация картасының атауы толтырылмаған ({{locales}})',
  'passport.goal_missing': 'Паспорт: картаның мақсаты толтырылмаған ({{locales}})',
  'passport.planning_documents_missing':
    'Паспорт: карта әзірлеуде пайдаланылған мемлекеттік жоспарлау жүйесінің құжаттары (МЖЖ құжаты) көрсетілмеген',
  'passport.principle_application_missing':
    'Паспорт, Принциптері: {{principle}}-міндеттің картада қалай ескерілгені сипатталмаған ({{locales}})',
  'passport.implementers_missing':
    'Паспорт: картаны іске асыруға жауапты мемлекеттік органдар мен ұйымдар көрсетілмеген',
  'passport.implementer_name_missing':
    'Паспорт: картаны іске асыруға жауапты органның немесе ұйымның атауы толтырылмаған ({{locales}})',
  'passport.legal_basis_missing': 'Паспорт: дайындау негізі толтырылмаған ({{locales}})',
  'passport.period_invalid': 'Паспорт: іске асыру мерзімі {{from}}–{{to}} жылдар болуы тиіс',
  'passport.sectors_missing': 'Цифрлық трансформация картасы бірде-бір саланы қамтымайды',
  'sector.name_missing': 'Сала атауы толтырылмаған ({{locales}})',
  'sector.description_missing': 'Саланың сипаттамасы толтырылмаған ({{locales}})',
  'sector.indicators_missing': 'Сипаттамада стратегиялық құжаттардағы бірде-бір индикатор келтірілмеген',
  'indicator.name_missing': 'Индикатордың атауы толтырылмаған ({{locales}})',
  'indicator.unit_missing': 'Индикатордың өлшем бірлігі толтырылмаған ({{locales}})',
  'indicator.baseline_value_missing': 'Индикатордың базалық мәні көрсетілмеген',
  'indicator.baseline_year_missing': 'Индикатордың базалық мәнінің жылы көрсетілмеген',
  'indicator.target_missing': 'Индикатордың {{year}} жылға арналған нысаналы мәні көрсетілмеген',
  'indicator.source_missing': 'Индикатордың дереккөзі (құжат) көрсетілмеген ({{locales}})',
  'sector.subjects_missing': 'Реттеудің субъектілері/объектілері көрсетілмеген',
  'sector.subject_name_missing': 'Реттеу субъектісінің немесе объектісінің атауы толтырылмаған ({{locales}})',
  'sector.subject_count_missing': 'Реттеу субъектілерінің немесе объектілерінің саны көрсетілмеген',
  'sector.subject_gdp_contribution_missing':
    'Реттеу субъектісінің немесе объектісінің ЖІӨ-ге қосқан үлесі көрсетілмеген ({{locales}})',
  'sector.subject_life_cycle_missing': 'Реттеу субъектісінің немесе объектісінің өмірлік циклі көрсетілмеген',
  'sector.life_cycle_stage_name_missing': 'Өмірлік цикл кезеңінің атауы толтырылмаған ({{locales}})',
  'sector.problems_missing': 'Саладағы проблемалар көрсетілмеген',
  'sector.problem_text_missing': 'Саладағы проблеманың мәтіні толтырылмаған ({{locales}})',
  'sector.technologies_missing': 'Перспективалық технологиялар көрсетілмеген',
  'sector.technology_name_missing': 'Перспективалық технологияның атауы толтырылмаған ({{locales}})',
  'sector.ai_technology_missing':
    'Перспективалық технологиялардың ішінде жасанды интеллект пайдаланатын технология жоқ',
  'sector.cases_missing': 'Кейстер (саладағы бизнес-процестер топтары) көрсетілмеген',
  'case.name_missing': 'Кейс атауы толтырылмаған ({{locales}})',
  'case.processes_missing': 'Кейстің бизнес-процестері көрсетілмеген',
  'case.process_name_missing': 'Бизнес-процестің атауы толтырылмаған ({{locales}})',
  'case.ai_use_missing': 'Кейс бойынша жасанды интеллектті перспективалық пайдалану көрсетілмеген',
  'case.ai_use_name_missing': 'Жасанды интеллект технологиясының атауы толтырылмаған ({{locales}})',
  'case.responsible_units_missing': 'Кейстің жауапты құрылымдық бөлімшелері көрсетілмеген',
  'case.responsible_unit_name_missing': 'Жауапты құрылымдық бөлімшенің атауы толтырылмаған ({{locales}})',
  'case.functions_missing': 'Орталық мемлекеттік органның байланысты функциялары көрсетілмеген',
  'case.function_name_missing':
    'Орталық мемлекеттік органның байланысты функциясының атауы толтырылмаған ({{locales}})',
  'case.automation_status_missing': 'Кейстің автоматтандыру мәртебесі (иә / жоқ) көрсетілмеген',
  'case.information_systems_missing':
    'Кейс автоматтандырылған, бірақ байланысты ақпараттық жүйелер көрсетілмеген',
  'case.subjects_missing': 'Кейстің реттеуге жататын субъектісі / объектісі көрсетілмеген',
  'case.subject_unknown':
    'Кейсте көрсетілген субъект / объект ({{subjectId}}) саланың реттеу субъектілері/объектілері кестесінде жоқ',
  'case.life_cycle_stage_unknown':
    'Кейсте көрсетілген өмірлік цикл кезеңі ({{stageId}}) саланың субъектілерінің өмірлік циклінде жоқ',
  'case.reengineering_status_missing':
    'Кейстің реинжиниринг мәртебесі (жоспарлануда, жұмыс барысында, енгізілген) көрсетілмеген',
  'sector.life_cycle_stage_not_covered':
    '«{{stage}}» өмірлік цикл кезеңі бірде-бір кейспен қамтылмаған: кейстер өмірлік циклді толық қамтуы тиіс',
  'schedule.row_length_invalid': 'Жоспар-кесте жолында {{expected}} тоқсан болуы тиіс',
  'schedule.invalid_code':
    'Жоспар-кестедегі {{year}} жылғы {{quarter}}-тоқсанның белгісі «{{code}}» жарамсыз: тек R, F немесе D қолданылады',
  'schedule.empty': 'Жоспар-кестеде кейс бойынша бірде-бір іс-шара белгіленбеген',
  'schedule.implementation_before_reengineering':
    'Жоспар-кесте: {{year}} жылғы {{quarter}}-тоқсандағы «{{code}}» (нұсқаны іске асыру) реинжинирингтен (R) бұрын тұр; бұл 2021–2024 жылдары реинжиниринг жүргізілген процестерге ғана рұқсат етіледі',
  'schedule.implementation_missing':
    'Кейстің реинжиниринг мәртебесі «енгізілген», бірақ жоспар-кестеде іске асыру (F немесе D) белгіленбеген',
  'sector.fast_track_missing':
    'Басым жобалар (Fast Track жобалары): әр сала үшін кемінде бір процесс көрсетілуі тиіс',
  'fast_track.case_missing': 'Басым жобаның (Fast Track) кейсі көрсетілмеген',
  'fast_track.case_unknown':
    'Басым жобаның (Fast Track) кейсі ({{caseId}}) осы саланың кейстерінің арасында жоқ',
  'fast_track.rationale_missing':
    'Басым жоба (Fast Track): кейс бойынша күрделілік пен өзектілік толтырылмаған ({{locales}})',
  'fast_track.expected_effects_missing':
    'Басым жоба (Fast Track): ықтимал әсерлер толтырылмаған ({{locales}})',
  'fast_track.solutions_missing':
    'Басым жоба (Fast Track): перспективалық шешімдер немесе технологиялар толтырылмаған ({{locales}})',
  'sector.responsible_unit_missing':
    'Гант диаграммасы: саланың жауапты бөлімшесі (Департамент / Комитет) көрсетілмеген ({{locales}})',
  'attachments.priority_directions_missing':
    'Цифрлық трансформацияның басым бағыттары және олардың нысаналы индикаторлары көрсетілмеген',
  'attachments.priority_direction_name_missing':
    'Цифрлық трансформацияның басым бағытының атауы толтырылмаған ({{locales}})',
  'attachments.priority_direction_indicators_missing': 'Басым бағыттың нысаналы индикаторлары көрсетілмеген',
  'attachments.performance_indicator_criterion_missing':
    'Нәтижелілік көрсеткішінің Қағидалардың 19-тармағында көзделген критерийі көрсетілмеген',
  'attachments.criterion_not_covered':
    'Қағидалардың 19-тармағының {{criterion}}) тармақшасында көзделген критерий бойынша цифрлық трансформацияның нәтижелілік көрсеткіші жоқ',
  'attachments.pilot_project_name_missing': 'Пилоттық жобаның атауы толтырылмаған ({{locales}})',
  'attachments.data_list_missing': 'Деректер тізбесі толтырылмаған',
  'attachments.data_item_name_missing': 'Деректер тізбесіндегі деректердің атауы толтырылмаған ({{locales}})',
  'attachments.achievability_justification_missing':
    'Цифрлық трансформацияның нәтижелілік көрсеткіштеріне қол жеткізудің негіздемесі толтырылмаған ({{locales}})',
  'attachments.risks_missing': 'Картаны іске асырудың ықтимал тәуекелдері және оларды басқару сипатталмаған',
  'attachments.risk_text_missing': 'Тәуекелдің сипаттамасы толтырылмаған ({{locales}})',
  'attachments.risk_management_missing': 'Тәуекелді басқару шаралары толтырылмаған ({{locales}})',
  'text.translation_missing': 'Мәтін бір тілде ғана толтырылған, толтырылмаған тіл: {{locales}}',
} satisfies Messages;

const ru = {
  'passport.title_missing': 'Паспорт: не заполнено наименование карты цифровой трансформации ({{locales}})',
  'passport.goal_missing': 'Паспорт: не заполнена цель карты ({{locales}})',
  'passport.planning_documents_missing':
    'Паспорт: не указаны документы Системы государственного планирования, использованные при разработке карты',
  'passport.principle_application_missing':
    'Паспорт, принципы: не описано, как в карте учтена задача {{principle}} ({{locales}})',
  'passport.implementers_missing':
    'Паспорт: не указаны государственные органы и организации, ответственные за реализацию карты',
  'passport.implementer_name_missing':
    'Паспорт: не заполнено наименование органа или организации, ответственных за реализацию карты ({{locales}})',
  'passport.legal_basis_missing': 'Паспорт: не заполнено основание для подготовки карты ({{locales}})',
  'passport.period_invalid': 'Паспорт: срок реализации должен составлять {{from}}–{{to}} годы',
  'passport.sectors_missing': 'Карта цифровой трансформации не охватывает ни одной отрасли (сферы)',
  'sector.name_missing': 'Не заполнено наименование отрасли (сферы) ({{locales}})',
  'sector.description_missing': 'Не заполнено описание отрасли (сферы) ({{locales}})',
  'sector.indicators_missing': 'В описании не приведено ни одного индикатора из стратегических документов',
  'indicator.name_missing': 'Не заполнено наименование индикатора ({{locales}})',
  'indicator.unit_missing': 'Не заполнена единица измерения индикатора ({{locales}})',
  'indicator.baseline_value_missing': 'Не указано базовое значение индикатора',
  'indicator.baseline_year_missing': 'Не указан год базового значения индикатора',
  'indicator.target_missing': 'Не указано целевое значение индикатора на {{year}} год',
  'indicator.source_missing': 'Не указан источник (документ) индикатора ({{locales}})',
  'sector.subjects_missing': 'Не указаны субъекты/объекты регулирования',
  'sector.subject_name_missing': 'Не заполнено наименование субъекта или объекта регулирования ({{locales}})',
  'sector.subject_count_missing': 'Не указано количество субъектов или объектов регулирования',
  'sector.subject_gdp_contribution_missing':
    'Не указан вклад субъекта или объекта регулирования в ВВП ({{locales}})',
  'sector.subject_life_cycle_missing': 'Не указан жизненный цикл субъекта или объекта регулирования',
  'sector.life_cycle_stage_name_missing': 'Не заполнено наименование этапа жизненного цикла ({{locales}})',
  'sector.problems_missing': 'Не указаны проблемы отрасли (сферы)',
  'sector.problem_text_missing': 'Не заполнено описание проблемы отрасли (сферы) ({{locales}})',
  'sector.technologies_missing': 'Не указаны перспективные технологии',
  'sector.technology_name_missing': 'Не заполнено наименование перспективной технологии ({{locales}})',
  'sector.ai_technology_missing':
    'Среди перспективных технологий нет технологий с применением искусственного интеллекта',
  'sector.cases_missing': 'Не указаны кейсы (группы бизнес-процессов отрасли)',
  'case.name_missing': 'Не заполнено наименование кейса ({{locales}})',
  'case.processes_missing': 'Не указаны бизнес-процессы кейса',
  'case.process_name_missing': 'Не заполнено наименование бизнес-процесса ({{locales}})',
  'case.ai_use_missing': 'Не указано перспективное использование искусственного интеллекта по кейсу',
  'case.ai_use_name_missing': 'Не заполнено наименование технологии искусственного интеллекта ({{locales}})',
  'case.responsible_units_missing': 'Не указаны ответственные структурные подразделения кейса',
  'case.responsible_unit_name_missing':
    'Не заполнено наименование ответственного структурного подразделения ({{locales}})',
  'case.functions_missing': 'Не указаны связанные функции центрального государственного органа',
  'case.function_name_missing':
    'Не заполнено наименование связанной функции центрального государственного органа ({{locales}})',
  'case.automation_status_missing': 'Не указан статус автоматизации кейса (да / нет)',
  'case.information_systems_missing': 'Кейс автоматизирован, но не указаны связанные информационные системы',
  'case.subjects_missing': 'Не указан субъект / объект регулирования кейса',
  'case.subject_unknown':
    'Указанный в кейсе субъект / объект ({{subjectId}}) отсутствует в таблице субъектов/объектов регулирования отрасли',
  'case.life_cycle_stage_unknown':
    'Указанный в кейсе этап жизненного цикла ({{stageId}}) отсутствует в жизненном цикле субъектов/объектов отрасли',
  'case.reengineering_status_missing':
    'Не указан статус реинжиниринга кейса (планируется, в работе, внедрен)',
  'sector.life_cycle_stage_not_covered':
    'Этап жизненного цикла «{{stage}}» не охвачен ни одним кейсом: кейсы должны охватывать весь жизненный цикл',
  'schedule.row_length_invalid': 'Строка план-графика должна содержать {{expected}} кварталов',
  'schedule.invalid_code':
    'Недопустимое обозначение «{{code}}» в план-графике ({{quarter}} квартал {{year}} года): допускаются только R, F или D',
  'schedule.empty': 'В план-графике по кейсу не отмечено ни одного мероприятия',
  'schedule.implementation_before_reengineering':
    'План-график: «{{code}}» (реализация варианта) в {{quarter}} квартале {{year}} года стоит раньше реинжиниринга (R); это допускается только для процессов, реинжиниринг которых проведен в 2021–2024 годах',
  'schedule.implementation_missing':
    'Статус реинжиниринга кейса «внедрен», но в план-графике не отмечена реализация (F или D)',
  'sector.fast_track_missing':
    'Приоритетные проекты (Fast Track): для каждой отрасли должен быть указан хотя бы один процесс',
  'fast_track.case_missing': 'Не указан кейс приоритетного проекта (Fast Track)',
  'fast_track.case_unknown':
    'Кейс приоритетного проекта (Fast Track) ({{caseId}}) не относится к этой отрасли',
  'fast_track.rationale_missing':
    'Приоритетный проект (Fast Track): не заполнены сложность и актуальность кейса ({{locales}})',
  'fast_track.expected_effects_missing':
    'Приоритетный проект (Fast Track): не заполнены возможные эффекты ({{locales}})',
  'fast_track.solutions_missing':
    'Приоритетный проект (Fast Track): не заполнены перспективные решения или технологии ({{locales}})',
  'sector.responsible_unit_missing':
    'Диаграмма Ганта: не указано ответственное подразделение отрасли (департамент / комитет) ({{locales}})',
  'attachments.priority_directions_missing':
    'Не указаны приоритетные направления цифровой трансформации и их целевые индикаторы',
  'attachments.priority_direction_name_missing':
    'Не заполнено наименование приоритетного направления цифровой трансформации ({{locales}})',
  'attachments.priority_direction_indicators_missing':
    'Не указаны целевые индикаторы приоритетного направления',
  'attachments.performance_indicator_criterion_missing':
    'Не указан критерий показателя результативности, предусмотренный пунктом 19 Правил',
  'attachments.criterion_not_covered':
    'Нет показателя результативности цифровой трансформации по критерию подпункта {{criterion}}) пункта 19 Правил',
  'attachments.pilot_project_name_missing': 'Не заполнено наименование пилотного проекта ({{locales}})',
  'attachments.data_list_missing': 'Не заполнен перечень данных',
  'attachments.data_item_name_missing': 'Не заполнено наименование данных в перечне данных ({{locales}})',
  'attachments.achievability_justification_missing':
    'Не заполнено обоснование достижимости показателей результативности цифровой трансформации ({{locales}})',
  'attachments.risks_missing': 'Не описаны возможные риски реализации карты и управление рисками',
  'attachments.risk_text_missing': 'Не заполнено описание риска ({{locales}})',
  'attachments.risk_management_missing': 'Не заполнены меры по управлению риском ({{locales}})',
  'text.translation_missing': 'Текст заполнен только на одном языке; не заполнено: {{locales}}',
} satisfies Messages;

const en = {
  'passport.title_missing':
    'Passport: the title of the digital transformation map is not filled in ({{locales}})',
  'passport.goal_missing': 'Passport: the goal of the map is not filled in ({{locales}})',
  'passport.planning_documents_missing':
    'Passport: no State Planning System document used to draft the map is listed',
  'passport.principle_application_missing':
    'Passport, principles: how the map applies key task {{principle}} is not described ({{locales}})',
  'passport.implementers_missing':
    'Passport: no state body or organisation responsible for implementing the map is listed',
  'passport.implementer_name_missing':
    'Passport: the name of a body or organisation responsible for implementation is not filled in ({{locales}})',
  'passport.legal_basis_missing': 'Passport: the legal basis is not filled in ({{locales}})',
  'passport.period_invalid': 'Passport: the implementation period must be {{from}}–{{to}}',
  'passport.sectors_missing': 'The map covers no sector',
  'sector.name_missing': "The sector's name is not filled in ({{locales}})",
  'sector.description_missing': "The sector's description is not filled in ({{locales}})",
  'sector.indicators_missing': 'The description gives no indicator from the strategic documents',
  'indicator.name_missing': "The indicator's name is not filled in ({{locales}})",
  'indicator.unit_missing': "The indicator's unit is not filled in ({{locales}})",
  'indicator.baseline_value_missing': "The indicator's baseline value is missing",
  'indicator.baseline_year_missing': "The year of the indicator's baseline value is missing",
  'indicator.target_missing': "The indicator's target value for {{year}} is missing",
  'indicator.source_missing': "The indicator's source document is not filled in ({{locales}})",
  'sector.subjects_missing': 'No subject or object of regulation is listed',
  'sector.subject_name_missing':
    'The name of a subject or object of regulation is not filled in ({{locales}})',
  'sector.subject_count_missing': 'The number of subjects or objects of regulation is missing',
  'sector.subject_gdp_contribution_missing':
    'The contribution to GDP of a subject or object of regulation is not filled in ({{locales}})',
  'sector.subject_life_cycle_missing': 'The life cycle of a subject or object of regulation is missing',
  'sector.life_cycle_stage_name_missing': 'The name of a life-cycle stage is not filled in ({{locales}})',
  'sector.problems_missing': 'No problem of the sector is listed',
  'sector.problem_text_missing': 'The text of a problem of the sector is not filled in ({{locales}})',
  'sector.technologies_missing': 'No promising technology is listed',
  'sector.technology_name_missing': 'The name of a promising technology is not filled in ({{locales}})',
  'sector.ai_technology_missing': 'None of the promising technologies uses artificial intelligence',
  'sector.cases_missing': 'No case (group of business processes) is listed',
  'case.name_missing': "The case's name is not filled in ({{locales}})",
  'case.processes_missing': 'The case lists no business process',
  'case.process_name_missing': 'The name of a business process is not filled in ({{locales}})',
  'case.ai_use_missing': 'No prospective use of artificial intelligence is given for the case',
  'case.ai_use_name_missing': 'The name of an AI technology is not filled in ({{locales}})',
  'case.responsible_units_missing': 'The case names no responsible structural unit',
  'case.responsible_unit_name_missing':
    'The name of a responsible structural unit is not filled in ({{locales}})',
  'case.functions_missing': 'No related function of the central state body is listed',
  'case.function_name_missing':
    'The name of a related function of the central state body is not filled in ({{locales}})',
  'case.automation_status_missing': "The case's automation status (yes / no) is not stated",
  'case.information_systems_missing': 'The case is automated but no related information system is listed',
  'case.subjects_missing': 'The case names no subject or object of regulation',
  'case.subject_unknown':
    "The case's subject or object ({{subjectId}}) is not in the sector's table of subjects and objects of regulation",
  'case.life_cycle_stage_unknown':
    "The case's life-cycle stage ({{stageId}}) is not in the life cycle of the sector's subjects and objects",
  'case.reengineering_status_missing':
    "The case's reengineering status (planned, in progress, implemented) is not set",
  'sector.life_cycle_stage_not_covered':
    'The life-cycle stage “{{stage}}” is not covered by any case: the cases must cover the whole life cycle',
  'schedule.row_length_invalid': 'A plan-schedule row must have {{expected}} quarters',
  'schedule.invalid_code':
    'Invalid code “{{code}}” in the plan-schedule (Q{{quarter}} {{year}}): only R, F or D are allowed',
  'schedule.empty': 'The plan-schedule has no entry for the case',
  'schedule.implementation_before_reengineering':
    'Plan-schedule: “{{code}}” (implementation) in Q{{quarter}} {{year}} comes before reengineering (R); this is allowed only for processes reengineered in 2021–2024',
  'schedule.implementation_missing':
    "The case's reengineering status is “implemented” but the plan-schedule shows no implementation (F or D)",
  'sector.fast_track_missing':
    'Priority (Fast Track) projects: at least one process must be given for each sector',
  'fast_track.case_missing': 'The Fast Track project names no case',
  'fast_track.case_unknown': "The Fast Track project's case ({{caseId}}) is not a case of this sector",
  'fast_track.rationale_missing':
    'Fast Track project: why this case (complexity and urgency) is not filled in ({{locales}})',
  'fast_track.expected_effects_missing':
    'Fast Track project: the expected effects are not filled in ({{locales}})',
  'fast_track.solutions_missing':
    'Fast Track project: promising solutions or technologies are not filled in ({{locales}})',
  'sector.responsible_unit_missing':
    "Gantt chart: the sector's responsible unit (department / committee) is not filled in ({{locales}})",
  'attachments.priority_directions_missing':
    'No priority direction of digital transformation with its target indicators is given',
  'attachments.priority_direction_name_missing':
    'The name of a priority direction is not filled in ({{locales}})',
  'attachments.priority_direction_indicators_missing': 'The priority direction has no target indicator',
  'attachments.performance_indicator_criterion_missing':
    "The performance indicator's criterion (point 19 of the Rules) is not set",
  'attachments.criterion_not_covered':
    'No digital transformation performance indicator measures criterion {{criterion}} of point 19 of the Rules',
  'attachments.pilot_project_name_missing': 'The name of a pilot project is not filled in ({{locales}})',
  'attachments.data_list_missing': 'The list of data is empty',
  'attachments.data_item_name_missing':
    'The name of an item of the list of data is not filled in ({{locales}})',
  'attachments.achievability_justification_missing':
    'The justification that the performance indicators are achievable is not filled in ({{locales}})',
  'attachments.risks_missing': 'No risk of implementing the map, with its management, is described',
  'attachments.risk_text_missing': 'The description of a risk is not filled in ({{locales}})',
  'attachments.risk_management_missing': 'How the risk is managed is not filled in ({{locales}})',
  'text.translation_missing': 'The text is filled in one language only; missing: {{locales}}',
} satisfies Messages;

export const FINDING_MESSAGES: Record<Locale, Record<string, string>> = { kk, ru, en };

/** The message of a finding in a language, with its params substituted; the code itself if unknown. */
export function findingMessage(
  code: string,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const template = FINDING_MESSAGES[locale][code] ?? FINDING_MESSAGES.en[code] ?? code;
  return interpolate(template, params);
}
