import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** The password policy of api/admin.ts, checked before sending: ≥10 characters, a letter and a digit. */
export function passwordRules(t: TFunction, required: boolean): FormRule[] {
  return [
    ...(required ? [{ required: true, message: t('rules:required') }] : []),
    { min: 10, message: t('users.form.passwordTooShort') },
    { max: 200, message: t('rules:too_big', { maximum: 200 }) },
    { pattern: /\p{L}/u, message: t('rules:password_letter') },
    { pattern: /\d/, message: t('rules:password_digit') },
  ];
}
