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
    'validation.failed': 'Деректер қате толтырылған: {{count}} өріс тексеруден өтпеді.',
    'request.too_large': 'Сұрау тым үлкен.',
    not_found: 'Табылмады.',
    rate_limited: 'Сұраулар тым көп. Біраз күтіп, қайталаңыз.',
    'map.exists': 'Ұйымның осы кезеңге арналған картасы бұрыннан бар.',
    'map.not_found': 'Карта табылмады.',
    'map.version_not_editable': 'Картаның бұл нұсқасын өзгертуге болмайды.',
    'map.section_conflict': 'Бұл бөлімді сізден бұрын басқа пайдаланушы сақтаған. Екі нұсқаны салыстырыңыз.',
    'map.section_unknown': 'Картада мұндай бөлім жоқ.',
    'map.has_blocking_findings':
      'Картада әлі де түзетуді қажет ететін ескертулер бар ({{count}}). Оларды түзеткен соң жіберіңіз.',
    'map.draft_exists': 'Картаның өңделіп жатқан жобасы бар (№ {{versionNumber}} нұсқа).',
    'workflow.not_allowed_in_status': 'Картаның қазіргі мәртебесінде бұл әрекет мүмкін емес.',
    'amendment.too_early':
      'Бұл негіз бойынша өзгерісті алдыңғы бекітуден кейін 6 ай өткен соң ғана енгізуге болады: {{possibleFrom}} бастап.',
    'user.login_taken': 'Бұл логин бос емес.',
    'user.role_not_allowed_for_org': 'Бұл рөлді осы ұйымға беруге болмайды.',
    'reference.in_use': 'Жазба карталарда пайдаланылады, оны жоюға болмайды.',
    internal: 'Ішкі қате. Кейінірек қайталаңыз.',
  },
  ru: {
    'auth.required': 'Войдите в систему.',
    'auth.invalid_credentials': 'Неверный логин или пароль.',
    'auth.forbidden': 'У вас нет права на это действие.',
    'auth.user_inactive': 'Пользователь заблокирован.',
    'validation.failed': 'Данные заполнены неверно: полей с ошибками — {{count}}.',
    'request.too_large': 'Слишком большой запрос.',
    not_found: 'Не найдено.',
    rate_limited: 'Слишком много запросов. Подождите и повторите.',
    'map.exists': 'Карта организации на этот период уже существует.',
    'map.not_found': 'Карта не найдена.',
    'map.version_not_editable': 'Эту версию карты изменять нельзя.',
    'map.section_conflict': 'Этот раздел уже сохранил другой пользователь. Сравните обе версии.',
    'map.section_unknown': 'В карте нет такого раздела.',
    'map.has_blocking_findings':
      'В карте остались замечания, которые нужно устранить ({{count}}). Исправьте их и отправьте снова.',
    'map.draft_exists': 'У карты уже есть проект в работе (версия № {{versionNumber}}).',
    'workflow.not_allowed_in_status': 'В текущем статусе карты это действие невозможно.',
    'amendment.too_early':
      'Изменения по этому основанию можно внести не ранее чем через 6 месяцев после предыдущего утверждения: с {{possibleFrom}}.',
    'user.login_taken': 'Этот логин уже занят.',
    'user.role_not_allowed_for_org': 'Эту роль нельзя назначить в данной организации.',
    'reference.in_use': 'Запись используется в картах, удалить её нельзя.',
    internal: 'Внутренняя ошибка. Повторите позже.',
  },
  en: {
    'auth.required': 'Please sign in.',
    'auth.invalid_credentials': 'Wrong login or password.',
    'auth.forbidden': 'You are not allowed to do this.',
    'auth.user_inactive': 'This user is blocked.',
    'validation.failed': 'Some data is invalid: {{count}} field(s) failed the checks.',
    'request.too_large': 'The request is too large.',
    not_found: 'Not found.',
    rate_limited: 'Too many requests. Wait a moment and try again.',
    'map.exists': 'The organisation already has a map for this period.',
    'map.not_found': 'Map not found.',
    'map.version_not_editable': 'This version of the map cannot be changed.',
    'map.section_conflict': 'Someone else saved this section first. Compare both versions.',
    'map.section_unknown': 'The map has no such section.',
    'map.has_blocking_findings':
      'The map still has findings that must be fixed ({{count}}). Fix them and submit again.',
    'map.draft_exists': 'The map already has a draft in progress (version {{versionNumber}}).',
    'workflow.not_allowed_in_status': 'This action is not possible in the current status of the map.',
    'amendment.too_early':
      'An amendment on this ground is possible only 6 months after the previous approval: from {{possibleFrom}}.',
    'user.login_taken': 'This login is taken.',
    'user.role_not_allowed_for_org': 'This role cannot be granted in this organisation.',
    'reference.in_use': 'The record is used by maps and cannot be deleted.',
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
