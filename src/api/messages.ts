import type { ErrorCode } from '../domain/errors.ts';
import { interpolate, type Locale } from '../domain/locale.ts';

/**
 * Messages for error codes and field rules in kk/ru/en. The server answers in the caller's
 * language with these; the web shows the same texts. Placeholders use {{name}}.
 */
export const ERROR_MESSAGES: Record<Locale, Record<ErrorCode, string>> = {
  kk: {
    'auth.required': 'Жүйеге кіріңіз.',
    'auth.invalid_credentials': 'Логин немесе құпиясөз қате.',
    'auth.forbidden': 'Бұл әрекетке құқығыңыз жоқ.',
    'auth.user_inactive': 'Пайдаланушы бұғатталған.',
    'auth.locked':
      'Кіру әрекеттері тым көп рет сәтсіз болды: есептік жазба {{minutes}} минутқа бұғатталды. Кейінірек қайталаңыз немесе әкімшіге хабарласыңыз.',
    'auth.csrf': 'Сұрау қабылданбады: ол қолданбаның өзінен жіберілмеген. Бетті жаңартып, қайталаңыз.',
    'validation.failed': 'Деректер қате толтырылған: {{count}} өріс тексеруден өтпеді.',
    'request.too_large': 'Сұрау тым үлкен.',
    not_found: 'Табылмады.',
    rate_limited: 'Сұраулар тым көп. Біраз күтіп, қайталаңыз.',
    'documents.busy': 'Құжаттарды басып шығару кезегі толы. Бір минуттан кейін қайталаңыз.',
    'documents.pdf_unavailable':
      'PDF басып шығару бұл серверде қолжетімсіз (Chromium орнатылмаған). DOCX нұсқасын жүктеп алыңыз немесе әкімшіге хабарлаңыз.',
    'map.exists': 'Ұйымның осы кезеңге арналған картасы бұрыннан бар.',
    'map.not_found': 'Карта табылмады.',
    'map.version_not_editable': 'Картаның бұл нұсқасын өзгертуге болмайды.',
    'map.section_conflict': 'Бұл бөлімді сізден бұрын басқа пайдаланушы сақтаған. Екі нұсқаны салыстырыңыз.',
    'map.section_unknown': 'Картада мұндай бөлім жоқ.',
    'map.has_blocking_findings':
      'Картада әлі де түзетуді қажет ететін ескертулер бар ({{count}}). Оларды түзеткен соң жіберіңіз.',
    'map.draft_exists': 'Картаның өңделіп жатқан жобасы бар (№ {{versionNumber}} нұсқа).',
    'map.import_invalid': 'Файл импортталмады: қателер саны — {{count}}. Картада ештеңе өзгертілген жоқ.',
    'map.revision_conflict':
      'Жобаны сіз ашқаннан кейін басқа біреу өзгертті ({{revision}} редакция). Бетті жаңартып, импортты қайталаңыз.',
    'workflow.not_allowed_in_status': 'Картаның қазіргі мәртебесінде бұл әрекет мүмкін емес.',
    'amendment.too_early':
      'Бұл негіз бойынша өзгерісті алдыңғы бекітуден кейін 6 ай өткен соң ғана енгізуге болады: {{possibleFrom}} бастап.',
    'user.login_taken': 'Бұл логин бос емес.',
    'user.role_not_allowed_for_org': 'Бұл рөлді осы ұйымға беруге болмайды.',
    'reference.in_use': 'Жазба карталарда пайдаланылады, оны жоюға болмайды.',
    'project.not_found': 'Реинжиниринг жобасы табылмады.',
    'project.exists': 'Бұл кейс бойынша реинжиниринг жобасы бұрыннан ашылған.',
    'project.case_not_scheduled': 'Кейс бекітілген картада жоқ немесе оған реинжиниринг (R) жоспарланбаған.',
    'project.part_conflict':
      'Бұл бөлімді сізден кейін басқа пайдаланушы сақтады. Жаңартып, өзгерістерді қайта енгізіңіз.',
    'project.team_invalid': 'Жоба тобының құрамы ҚЕ 31-тармағына сәйкес емес ({{count}} ескерту).',
    'project.as_is_incomplete':
      'Ағымдағы нұсқаның сипаттамасы толық емес (ҚЕ 32-т.): барлық алты бөлім толтырылуы тиіс.',
    'project.plan_incomplete': 'Нысаналы нұсқа, негіздеме немесе іс-шаралар жоспары толық емес (ҚЕ 36-т.).',
    'project.commission_pending':
      'Мемлекеттік органдар арасында келіспеушілік бар: нысаналы нұсқа ВАК келісімінен кейін ғана бекітіледі (ҚЕ 37-т.).',
    'project.not_allowed_in_stage': 'Бұл әрекет жобаның қазіргі кезеңінде ({{stage}}) мүмкін емес.',
    'bpmn.empty': 'BPMN файлы бос.',
    'bpmn.malformed': 'Файл дұрыс XML емес: {{detail}}',
    'bpmn.not_bpmn': 'Файл BPMN 2.0 моделі емес (түбірлік элемент bpmn:definitions болуы тиіс).',
    'bpmn.invalid': 'BPMN моделінде қате бар: {{detail}}',
    'bpmn.no_process': 'BPMN моделінде кемінде бір қадамы бар процесс жоқ.',
    'bpmn.no_diagram': 'BPMN моделінде диаграмма (BPMN DI) жоқ немесе толық емес: {{detail}}',
    'bpmn.too_large': 'BPMN файлы тым үлкен: ең көбі {{limit}} байт.',
    'variant.conflict':
      'Бұл модельді сізден кейін басқа пайдаланушы сақтады (№ {{revision}} редакция). Жаңартыңыз.',
    'variant.not_found': 'Модель табылмады.',
    'variant.not_allowed_in_stage': 'Бұл модельді жобаның қазіргі кезеңінде өзгертуге болмайды ({{stage}}).',
    'deadline_change.file_too_large': 'Хаттама файлы тым үлкен: ең көбі {{limit}} байт.',
    'deadline_change.file_invalid': 'Хаттама файлы бүлінген немесе көрсетілген түрге ({{type}}) сәйкес емес.',
    'deadline_change.leader_missing':
      'Хаттамаға жоба тобының басшысы қол қоюы тиіс, бірақ топта басшы жоқ (ҚЕ 34-т.).',
    'deadline_change.already_decided': 'Бұл өтініш бойынша шешім қабылданған.',
    'registry.not_found': 'Бизнес-процесс табылмады.',
    'registry.conflict':
      'Бұл бизнес-процесті сізден кейін басқа пайдаланушы сақтады (№ {{revision}} редакция). Жаңартып, өзгерістерді қайта енгізіңіз.',
    'monitoring.no_map_in_force':
      'Картаның бекітілген немесе жарияланған нұсқасы жоқ: мониторинг карта бекітілгеннен кейін басталады.',
    'monitoring.period_not_found': 'Бұл карта бойынша мұндай есептік кезең ашылмаған.',
    'monitoring.period_locked':
      '{{period}} есептік кезеңі жабылған (құлыпталған): оның деректерін өзгертуге болмайды.',
    'monitoring.period_status': 'Бұл әрекет есептік кезеңнің қазіргі мәртебесінде ({{status}}) мүмкін емес.',
    'monitoring.rows_invalid': 'Есеп сақталмады: жолдардағы қателер саны — {{count}}. Ештеңе сақталған жоқ.',
    'monitoring.actual_conflict':
      '{{row}}-жол ({{key}}): бұл мәнді сізден кейін басқа пайдаланушы сақтады (№ {{revision}} редакция). Есепті жаңартып, өзгерістерді қайта енгізіңіз.',
    'monitoring.evidence_too_large': '{{row}}-жол: растайтын файл тым үлкен, ең көбі {{limit}} байт.',
    'monitoring.evidence_invalid':
      '{{row}}-жол: растайтын файл бүлінген немесе көрсетілген түрге ({{type}}) сәйкес емес.',
    'xlsx.not_xlsx': 'Файл XLSX (Excel) кітабы емес.',
    'xlsx.too_large': 'Файл тым үлкен: ең көбі {{limit}} байт.',
    'xlsx.no_sheet': 'Кітапта парақ жоқ.',
    'xlsx.missing_column': 'Кестеде міндетті бағандар жоқ: {{columns}}.',
    'xlsx.too_many_rows': 'Жолдар тым көп: ең көбі {{limit}}.',
    'xlsx.no_values': 'Файлда бірде-бір нақты мән жоқ.',
    internal: 'Ішкі қате. Кейінірек қайталаңыз.',
  },
  ru: {
    'auth.required': 'Войдите в систему.',
    'auth.invalid_credentials': 'Неверный логин или пароль.',
    'auth.forbidden': 'У вас нет права на это действие.',
    'auth.user_inactive': 'Пользователь заблокирован.',
    'auth.locked':
      'Слишком много неудачных попыток входа: учётная запись заблокирована на {{minutes}} мин. Повторите позже или обратитесь к администратору.',
    'auth.csrf': 'Запрос отклонён: он отправлен не из самого приложения. Обновите страницу и повторите.',
    'validation.failed': 'Данные заполнены неверно: полей с ошибками — {{count}}.',
    'request.too_large': 'Слишком большой запрос.',
    not_found: 'Не найдено.',
    rate_limited: 'Слишком много запросов. Подождите и повторите.',
    'documents.busy': 'Очередь печати документов заполнена. Повторите через минуту.',
    'documents.pdf_unavailable':
      'Печать PDF на этом сервере недоступна (не установлен Chromium). Скачайте DOCX или сообщите администратору.',
    'map.exists': 'Карта организации на этот период уже существует.',
    'map.not_found': 'Карта не найдена.',
    'map.version_not_editable': 'Эту версию карты изменять нельзя.',
    'map.section_conflict': 'Этот раздел уже сохранил другой пользователь. Сравните обе версии.',
    'map.section_unknown': 'В карте нет такого раздела.',
    'map.has_blocking_findings':
      'В карте остались замечания, которые нужно устранить ({{count}}). Исправьте их и отправьте снова.',
    'map.draft_exists': 'У карты уже есть проект в работе (версия № {{versionNumber}}).',
    'map.import_invalid': 'Файл не импортирован: ошибок — {{count}}. В карте ничего не изменено.',
    'map.revision_conflict':
      'Проект изменён после того, как вы его открыли (редакция {{revision}}). Обновите страницу и повторите импорт.',
    'workflow.not_allowed_in_status': 'В текущем статусе карты это действие невозможно.',
    'amendment.too_early':
      'Изменения по этому основанию можно внести не ранее чем через 6 месяцев после предыдущего утверждения: с {{possibleFrom}}.',
    'user.login_taken': 'Этот логин уже занят.',
    'user.role_not_allowed_for_org': 'Эту роль нельзя назначить в данной организации.',
    'reference.in_use': 'Запись используется в картах, удалить её нельзя.',
    'project.not_found': 'Проект реинжиниринга не найден.',
    'project.exists': 'Проект реинжиниринга по этому кейсу уже открыт.',
    'project.case_not_scheduled':
      'Кейса нет в утверждённой карте или для него не запланирован реинжиниринг (R).',
    'project.part_conflict':
      'Этот раздел сохранил другой пользователь после вас. Обновите и внесите изменения заново.',
    'project.team_invalid':
      'Состав проектной команды не соответствует пункту 31 Правил ({{count}} замечаний).',
    'project.as_is_incomplete':
      'Описание текущего варианта не завершено (п. 32 Правил): должны быть заполнены все шесть частей.',
    'project.plan_incomplete':
      'Целевой вариант, обоснование или план мероприятий не завершены (п. 36 Правил).',
    'project.commission_pending':
      'Между государственными органами есть разногласие: целевой вариант утверждается только после согласования на МВК (п. 37 Правил).',
    'project.not_allowed_in_stage': 'Это действие невозможно на текущем этапе проекта ({{stage}}).',
    'bpmn.empty': 'Файл BPMN пуст.',
    'bpmn.malformed': 'Файл не является корректным XML: {{detail}}',
    'bpmn.not_bpmn': 'Файл не является моделью BPMN 2.0 (корневой элемент должен быть bpmn:definitions).',
    'bpmn.invalid': 'В модели BPMN есть ошибка: {{detail}}',
    'bpmn.no_process': 'В модели BPMN нет процесса хотя бы с одним элементом.',
    'bpmn.no_diagram': 'В модели BPMN нет диаграммы (BPMN DI) или она неполна: {{detail}}',
    'bpmn.too_large': 'Файл BPMN слишком большой: не более {{limit}} байт.',
    'variant.conflict':
      'Эту модель сохранил другой пользователь после вас (редакция № {{revision}}). Обновите.',
    'variant.not_found': 'Модель не найдена.',
    'variant.not_allowed_in_stage': 'Эту модель нельзя изменять на текущем этапе проекта ({{stage}}).',
    'deadline_change.file_too_large': 'Файл протокола слишком большой: не более {{limit}} байт.',
    'deadline_change.file_invalid':
      'Файл протокола повреждён или не соответствует указанному типу ({{type}}).',
    'deadline_change.leader_missing':
      'Протокол должен подписать руководитель проектной команды, но в команде его нет (п. 34 Правил).',
    'deadline_change.already_decided': 'По этому запросу решение уже принято.',
    'registry.not_found': 'Бизнес-процесс не найден.',
    'registry.conflict':
      'Этот бизнес-процесс сохранил другой пользователь после вас (редакция № {{revision}}). Обновите и внесите изменения заново.',
    'monitoring.no_map_in_force':
      'У карты нет утверждённой или опубликованной версии: мониторинг начинается после утверждения карты.',
    'monitoring.period_not_found': 'Такой отчётный период по этой карте не открыт.',
    'monitoring.period_locked':
      'Отчётный период {{period}} закрыт (заблокирован): изменить его данные нельзя.',
    'monitoring.period_status': 'Это действие невозможно в текущем статусе отчётного периода ({{status}}).',
    'monitoring.rows_invalid': 'Отчёт не сохранён: ошибок в строках — {{count}}. Ничего не сохранено.',
    'monitoring.actual_conflict':
      'Строка {{row}} ({{key}}): это значение уже сохранил другой пользователь (редакция № {{revision}}). Обновите отчёт и внесите изменения снова.',
    'monitoring.evidence_too_large':
      'Строка {{row}}: файл подтверждения слишком большой, не более {{limit}} байт.',
    'monitoring.evidence_invalid':
      'Строка {{row}}: файл подтверждения повреждён или не соответствует указанному типу ({{type}}).',
    'xlsx.not_xlsx': 'Файл не является книгой XLSX (Excel).',
    'xlsx.too_large': 'Файл слишком большой: не более {{limit}} байт.',
    'xlsx.no_sheet': 'В книге нет листа.',
    'xlsx.missing_column': 'В таблице нет обязательных столбцов: {{columns}}.',
    'xlsx.too_many_rows': 'Слишком много строк: не более {{limit}}.',
    'xlsx.no_values': 'В файле нет ни одного фактического значения.',
    internal: 'Внутренняя ошибка. Повторите позже.',
  },
  en: {
    'auth.required': 'Please sign in.',
    'auth.invalid_credentials': 'Wrong login or password.',
    'auth.forbidden': 'You are not allowed to do this.',
    'auth.user_inactive': 'This user is blocked.',
    'auth.locked':
      'Too many failed sign-in attempts: the account is locked for {{minutes}} min. Try again later or contact an administrator.',
    'auth.csrf': 'Request refused: it was not sent by the app itself. Reload the page and try again.',
    'validation.failed': 'Some data is invalid: {{count}} field(s) failed the checks.',
    'request.too_large': 'The request is too large.',
    not_found: 'Not found.',
    rate_limited: 'Too many requests. Wait a moment and try again.',
    'documents.busy': 'The document printing queue is full. Try again in a minute.',
    'documents.pdf_unavailable':
      'PDF printing is not available on this server (Chromium is not installed). Download the DOCX or tell the administrator.',
    'map.exists': 'The organisation already has a map for this period.',
    'map.not_found': 'Map not found.',
    'map.version_not_editable': 'This version of the map cannot be changed.',
    'map.section_conflict': 'Someone else saved this section first. Compare both versions.',
    'map.section_unknown': 'The map has no such section.',
    'map.has_blocking_findings':
      'The map still has findings that must be fixed ({{count}}). Fix them and submit again.',
    'map.draft_exists': 'The map already has a draft in progress (version {{versionNumber}}).',
    'map.import_invalid': 'The file was not imported: {{count}} error(s). Nothing in the map was changed.',
    'map.revision_conflict':
      'The draft was changed after you opened it (revision {{revision}}). Reload the page and import again.',
    'workflow.not_allowed_in_status': 'This action is not possible in the current status of the map.',
    'amendment.too_early':
      'An amendment on this ground is possible only 6 months after the previous approval: from {{possibleFrom}}.',
    'user.login_taken': 'This login is taken.',
    'user.role_not_allowed_for_org': 'This role cannot be granted in this organisation.',
    'reference.in_use': 'The record is used by maps and cannot be deleted.',
    'project.not_found': 'Reengineering project not found.',
    'project.exists': 'A reengineering project for this case is already open.',
    'project.case_not_scheduled':
      'The case is not in the approved map or has no reengineering (R) scheduled.',
    'project.part_conflict':
      'Someone else saved this part after you loaded it. Reload and apply your changes again.',
    'project.team_invalid': 'The project team does not meet R.31 ({{count}} problems).',
    'project.as_is_incomplete': 'The as-is description is incomplete (R.32): all six parts must be complete.',
    'project.plan_incomplete': 'The target variant, justification or action plan is incomplete (R.36).',
    'project.commission_pending':
      'State bodies disagree: the target variant can be approved only after the Interagency Commission agrees (R.37).',
    'project.not_allowed_in_stage': "This action is not possible at the project's current stage ({{stage}}).",
    'bpmn.empty': 'The BPMN file is empty.',
    'bpmn.malformed': 'The file is not well-formed XML: {{detail}}',
    'bpmn.not_bpmn': 'The file is not a BPMN 2.0 model (the root element must be bpmn:definitions).',
    'bpmn.invalid': 'The BPMN model has an error: {{detail}}',
    'bpmn.no_process': 'The BPMN model has no process with at least one element.',
    'bpmn.no_diagram': 'The BPMN model has no diagram (BPMN DI) or it is incomplete: {{detail}}',
    'bpmn.too_large': 'The BPMN file is too large: at most {{limit}} bytes.',
    'variant.conflict': 'Someone else saved this model after you loaded it (revision {{revision}}). Reload.',
    'variant.not_found': 'Model not found.',
    'variant.not_allowed_in_stage':
      "This model cannot be changed at the project's current stage ({{stage}}).",
    'deadline_change.file_too_large': 'The protocol file is too large: at most {{limit}} bytes.',
    'deadline_change.file_invalid':
      'The protocol file is damaged or does not match its stated type ({{type}}).',
    'deadline_change.leader_missing':
      'The protocol must be signed by the project team leader, but the team has none (R.34).',
    'deadline_change.already_decided': 'This request has already been decided.',
    'registry.not_found': 'Business process not found.',
    'registry.conflict':
      'Someone else saved this business process after you (revision {{revision}}). Reload and make your changes again.',
    'monitoring.no_map_in_force':
      'The map has no approved or published version: monitoring starts once the map is approved.',
    'monitoring.period_not_found': 'No such reporting period is open for this map.',
    'monitoring.period_locked':
      'The reporting period {{period}} is locked: its data can no longer be changed.',
    'monitoring.period_status':
      "This action is not possible in the reporting period's current status ({{status}}).",
    'monitoring.rows_invalid':
      'The report was not saved: {{count}} error(s) in its rows. Nothing was stored.',
    'monitoring.actual_conflict':
      'Row {{row}} ({{key}}): someone else saved this value after you (revision {{revision}}). Reload the report and make your changes again.',
    'monitoring.evidence_too_large': 'Row {{row}}: the evidence file is too large, at most {{limit}} bytes.',
    'monitoring.evidence_invalid':
      'Row {{row}}: the evidence file is damaged or is not of the stated type ({{type}}).',
    'xlsx.not_xlsx': 'The file is not an XLSX (Excel) workbook.',
    'xlsx.too_large': 'The file is too large: at most {{limit}} bytes.',
    'xlsx.no_sheet': 'The workbook has no sheet.',
    'xlsx.missing_column': 'The table lacks required columns: {{columns}}.',
    'xlsx.too_many_rows': 'Too many rows: at most {{limit}}.',
    'xlsx.no_values': 'The file has no actual values.',
    internal: 'Internal error. Try again later.',
  },
};

/** Field rules (zod issue codes and our named rules) → message. */
export const RULE_MESSAGES: Record<Locale, Record<string, string>> = {
  kk: {
    required: 'Міндетті өріс.',
    invalid_type: 'Мән түрі қате: {{expected}} күтілді.',
    too_small: 'Тым аз: кемінде {{minimum}}.',
    too_big: 'Тым көп: ең көбі {{maximum}}.',
    invalid_format: 'Пішімі қате.',
    invalid_value: 'Рұқсат етілмеген мән. Мүмкін мәндер: {{values}}.',
    unrecognized_keys: 'Белгісіз өріс(тер): {{keys}}.',
    invalid_union: 'Мән пішімі қате.',
    not_multiple_of: 'Мән {{divisor}} еселігі болуы керек.',
    id: 'Идентификаторда тек латын әріптері, сандар, «-» және «_» болуы мүмкін.',
    password_letter: 'Құпиясөзде кемінде бір әріп болуы керек.',
    password_digit: 'Құпиясөзде кемінде бір сан болуы керек.',
    login_format: 'Логинде тек латын әріптері, сандар және . _ @ - болуы мүмкін.',
    unknown_reference: 'Анықтамалықта мұндай жазба жоқ.',
    unknown_organisation: 'Мұндай ұйым жоқ.',
    duplicate_id: 'Бұл идентификатор тізімде қайталанады.',
    iso_date: 'Күн ЖЖЖЖ-АА-КК пішімінде болуы керек.',
    working_day_on_weekday: 'Жұмыс күні етіп тек сенбі немесе жексенбіні белгілеуге болады.',
    code_taken: 'Бұл код бос емес.',
    unknown_case: 'Органның картасында мұндай кейс жоқ.',
    unknown_process_item: 'Кейсте мұндай бизнес-процесс жоқ.',
    value_required: '{{row}}-жол, «{{field}}» өрісі: мәнді көрсетіңіз.',
    not_a_number: '{{row}}-жол, «{{field}}» өрісі: индикатордың өлшем бірлігіндегі сан керек.',
    out_of_range: '{{row}}-жол, «{{field}}» өрісі: сан модулі бойынша тым үлкен (ең көбі {{maximum}}).',
    unknown_indicator: '{{row}}-жол, «{{field}}» өрісі: картада «{{key}}» индикаторы жоқ.',
    unit_mismatch:
      '{{row}}-жол, «{{field}}» өрісі: «{{given}}» өлшем бірлігі индикатордың өлшем бірлігіне ({{expected}}) сәйкес емес.',
    duplicate_row: '{{row}}-жол, «{{field}}» өрісі: бұл жазба есепте жоғарыда бар.',
    unknown_cell: '{{row}}-жол: жоспар-кестеде мұндай жоспарланған ұяшық (кейс, процесс, тоқсан) жоқ.',
    from_project: '{{row}}-жол: бұл R ұяшығының күйі реинжиниринг жобасынан алынады.',
    quarter_only: 'Жоспар-кестенің орындалуы жылдық емес, тоқсандық есепте көрсетіледі.',
    xlsx_no_sheet: 'Кітапта «{{sheet}}» парағы жоқ.',
    xlsx_no_column: '«{{sheet}}» парағы, {{row}}-жол (тақырыптар): «{{column}}» бағаны жоқ.',
    xlsx_sheet_too_many_rows: '«{{sheet}}» парағында жолдар тым көп: ең көбі {{maximum}}.',
    xlsx_year_out_of_period:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: {{year}} жыл картаның кезеңінен ({{from}}–{{to}}) тыс.',
    xlsx_required: '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: мәнді көрсетіңіз.',
    xlsx_name_required:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: атауы қазақ немесе орыс тілінде қажет.',
    xlsx_unknown_sector:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: картада «{{value}}» саласы жоқ.',
    xlsx_unknown_level:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: картада «{{value}}» саласы немесе басым бағыты жоқ (R.19 — тиімділік индикаторлары).',
    xlsx_unknown_case:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: кейстер парағында осы саланың «{{value}}» кейсі жоқ.',
    xlsx_unknown_process:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: бизнес-процестер парағында осы кейстің «{{value}}» процесі жоқ.',
    xlsx_bad_id:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: «{{value}}» идентификаторында тек латын әріптері, сандар, «-» және «_» болуы мүмкін (ең көбі 64 таңба).',
    xlsx_duplicate_id:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: «{{value}}» идентификаторы {{first}}-жолда бар.',
    xlsx_duplicate_row:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: жоспар-кестенің бұл жолы {{first}}-жолда бар.',
    xlsx_bad_code:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: «{{value}}» — жоспар-кесте белгісі емес: R, F, D немесе бос.',
    xlsx_not_number: '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: «{{value}}» — сан емес.',
    xlsx_out_of_range:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: сан модулі бойынша тым үлкен (ең көбі {{maximum}}).',
    xlsx_not_year:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: «{{value}}» — {{minimum}}–{{maximum}} аралығындағы жыл емес.',
    xlsx_bad_choice:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: «{{value}}» мәніне рұқсат жоқ. Мүмкін мәндер: {{values}}.',
    xlsx_too_long:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: мәтін {{maximum}} таңбадан ұзын ({{length}}).',
    xlsx_too_many_items:
      '«{{sheet}}» парағы, {{row}}-жол, {{column}} бағаны: тізімде {{maximum}} жазбадан артық.',
    custom: 'Мән қате.',
  },
  ru: {
    required: 'Обязательное поле.',
    invalid_type: 'Неверный тип значения: ожидается {{expected}}.',
    too_small: 'Слишком мало: не менее {{minimum}}.',
    too_big: 'Слишком много: не более {{maximum}}.',
    invalid_format: 'Неверный формат.',
    invalid_value: 'Недопустимое значение. Допустимые: {{values}}.',
    unrecognized_keys: 'Неизвестные поля: {{keys}}.',
    invalid_union: 'Неверный формат значения.',
    not_multiple_of: 'Значение должно быть кратно {{divisor}}.',
    id: 'Идентификатор может содержать только латинские буквы, цифры, «-» и «_».',
    password_letter: 'Пароль должен содержать хотя бы одну букву.',
    password_digit: 'Пароль должен содержать хотя бы одну цифру.',
    login_format: 'Логин может содержать только латинские буквы, цифры и . _ @ -.',
    unknown_reference: 'Такой записи нет в справочнике.',
    unknown_organisation: 'Такой организации нет.',
    duplicate_id: 'Этот идентификатор повторяется в списке.',
    iso_date: 'Дата должна быть в формате ГГГГ-ММ-ДД.',
    working_day_on_weekday: 'Рабочим днём можно сделать только субботу или воскресенье.',
    code_taken: 'Этот код уже занят.',
    unknown_case: 'В карте органа нет такого кейса.',
    unknown_process_item: 'В кейсе нет такого бизнес-процесса.',
    value_required: 'Строка {{row}}, поле «{{field}}»: укажите значение.',
    not_a_number: 'Строка {{row}}, поле «{{field}}»: нужно число в единице измерения индикатора.',
    out_of_range: 'Строка {{row}}, поле «{{field}}»: число слишком велико по модулю (не более {{maximum}}).',
    unknown_indicator: 'Строка {{row}}, поле «{{field}}»: в карте нет индикатора «{{key}}».',
    unit_mismatch:
      'Строка {{row}}, поле «{{field}}»: единица «{{given}}» не совпадает с единицей индикатора ({{expected}}).',
    duplicate_row: 'Строка {{row}}, поле «{{field}}»: эта запись уже есть в отчёте выше.',
    unknown_cell: 'Строка {{row}}: в план-графике нет такой запланированной ячейки (кейс, процесс, квартал).',
    from_project: 'Строка {{row}}: состояние этой ячейки R берётся из проекта реинжиниринга.',
    quarter_only: 'Исполнение план-графика отражается в квартальном, а не в годовом отчёте.',
    xlsx_no_sheet: 'В книге нет листа «{{sheet}}».',
    xlsx_no_column: 'Лист «{{sheet}}», строка заголовков {{row}}: нет столбца «{{column}}».',
    xlsx_sheet_too_many_rows: 'На листе «{{sheet}}» слишком много строк: не более {{maximum}}.',
    xlsx_year_out_of_period:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: {{year}} год вне периода карты ({{from}}–{{to}}).',
    xlsx_required: 'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: укажите значение.',
    xlsx_name_required:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: нужно наименование на казахском или русском языке.',
    xlsx_unknown_sector:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: в карте нет отрасли «{{value}}».',
    xlsx_unknown_level:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: в карте нет отрасли или приоритетного направления «{{value}}» (R.19 — индикаторы эффективности).',
    xlsx_unknown_case:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: на листе кейсов нет кейса «{{value}}» этой отрасли.',
    xlsx_unknown_process:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: на листе бизнес-процессов нет процесса «{{value}}» этого кейса.',
    xlsx_bad_id:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: идентификатор «{{value}}» может содержать только латинские буквы, цифры, «-» и «_» (не более 64 знаков).',
    xlsx_duplicate_id:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: идентификатор «{{value}}» уже есть в строке {{first}}.',
    xlsx_duplicate_row:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: эта строка план-графика уже есть в строке {{first}}.',
    xlsx_bad_code:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: «{{value}}» — не код план-графика: R, F, D или пусто.',
    xlsx_not_number: 'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: «{{value}}» — не число.',
    xlsx_out_of_range:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: число слишком велико по модулю (не более {{maximum}}).',
    xlsx_not_year:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: «{{value}}» — не год от {{minimum}} до {{maximum}}.',
    xlsx_bad_choice:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: значение «{{value}}» недопустимо. Допустимые: {{values}}.',
    xlsx_too_long:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: текст длиннее {{maximum}} знаков ({{length}}).',
    xlsx_too_many_items:
      'Лист «{{sheet}}», строка {{row}}, столбец {{column}}: в списке больше {{maximum}} записей.',
    custom: 'Неверное значение.',
  },
  en: {
    required: 'Required.',
    invalid_type: 'Wrong type: {{expected}} expected.',
    too_small: 'Too small: at least {{minimum}}.',
    too_big: 'Too big: at most {{maximum}}.',
    invalid_format: 'Wrong format.',
    invalid_value: 'Value not allowed. Allowed: {{values}}.',
    unrecognized_keys: 'Unknown field(s): {{keys}}.',
    invalid_union: 'Wrong format of the value.',
    not_multiple_of: 'Must be a multiple of {{divisor}}.',
    id: 'An identifier may contain only Latin letters, digits, "-" and "_".',
    password_letter: 'The password needs at least one letter.',
    password_digit: 'The password needs at least one digit.',
    login_format: 'A login may contain only Latin letters, digits and . _ @ -.',
    unknown_reference: 'No such record in the reference table.',
    unknown_organisation: 'No such organisation.',
    duplicate_id: 'This identifier is repeated in the list.',
    iso_date: 'A date must be written YYYY-MM-DD.',
    working_day_on_weekday: 'Only a Saturday or Sunday can be made a working day.',
    code_taken: 'This code is taken.',
    unknown_case: "The body's map has no such case.",
    unknown_process_item: 'The case has no such business process.',
    value_required: 'Row {{row}}, field “{{field}}”: enter a value.',
    not_a_number: "Row {{row}}, field “{{field}}”: a number in the indicator's unit is expected.",
    out_of_range:
      'Row {{row}}, field “{{field}}”: the number is too large (at most {{maximum}} in magnitude).',
    unknown_indicator: 'Row {{row}}, field “{{field}}”: the map has no indicator “{{key}}”.',
    unit_mismatch:
      "Row {{row}}, field “{{field}}”: the unit “{{given}}” is not the indicator's unit ({{expected}}).",
    duplicate_row: 'Row {{row}}, field “{{field}}”: this entry already appears above in the report.',
    unknown_cell: 'Row {{row}}: the plan-schedule has no such planned cell (case, process, quarter).',
    from_project: 'Row {{row}}: the state of this R cell comes from its reengineering project.',
    quarter_only: 'The plan-schedule is reported in a quarterly report, not in an annual one.',
    xlsx_no_sheet: 'The workbook has no sheet “{{sheet}}”.',
    xlsx_no_column: 'Sheet “{{sheet}}”, header row {{row}}: the column “{{column}}” is missing.',
    xlsx_sheet_too_many_rows: 'Sheet “{{sheet}}” has too many rows: at most {{maximum}}.',
    xlsx_year_out_of_period:
      "Sheet “{{sheet}}”, row {{row}}, column {{column}}: the year {{year}} is outside the map's period ({{from}}–{{to}}).",
    xlsx_required: 'Sheet “{{sheet}}”, row {{row}}, column {{column}}: enter a value.',
    xlsx_name_required:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: a name in Kazakh or Russian is required.',
    xlsx_unknown_sector:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: the map has no sector “{{value}}”.',
    xlsx_unknown_level:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: the map has no sector or priority direction “{{value}}” (R.19 — performance indicators).',
    xlsx_unknown_case:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: the cases sheet has no case “{{value}}” in this sector.',
    xlsx_unknown_process:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: the business processes sheet has no process “{{value}}” of this case.',
    xlsx_bad_id:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: the identifier “{{value}}” may contain only Latin letters, digits, "-" and "_" (at most 64).',
    xlsx_duplicate_id:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: the identifier “{{value}}” is already used in row {{first}}.',
    xlsx_duplicate_row:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: this plan-schedule row already appears in row {{first}}.',
    xlsx_bad_code:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: “{{value}}” is not a plan-schedule code: R, F, D or empty.',
    xlsx_not_number: 'Sheet “{{sheet}}”, row {{row}}, column {{column}}: “{{value}}” is not a number.',
    xlsx_out_of_range:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: the number is too large (at most {{maximum}} in magnitude).',
    xlsx_not_year:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: “{{value}}” is not a year from {{minimum}} to {{maximum}}.',
    xlsx_bad_choice:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: the value “{{value}}” is not allowed. Allowed: {{values}}.',
    xlsx_too_long:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: the text is longer than {{maximum}} characters ({{length}}).',
    xlsx_too_many_items:
      'Sheet “{{sheet}}”, row {{row}}, column {{column}}: the list has more than {{maximum}} entries.',
    custom: 'Invalid value.',
  },
};

export function errorMessage(
  code: ErrorCode,
  locale: Locale,
  params?: Record<string, string | number>,
): string {
  return interpolate(ERROR_MESSAGES[locale][code] ?? ERROR_MESSAGES[locale].internal, params);
}

export function ruleMessage(rule: string, locale: Locale, params?: Record<string, string | number>): string {
  return interpolate(RULE_MESSAGES[locale][rule] ?? RULE_MESSAGES[locale].custom, params);
}
