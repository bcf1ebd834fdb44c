import { interpolate, type Locale, type LocalizedText, pickText } from '../domain/locale.ts';

/**
 * One sentence per notification type in kk/ru/en, for the inbox and for e-mails. Placeholders:
 * {{organisation}}, {{version}}, {{due}}, {{reason}}.
 */
export const NOTIFICATION_MESSAGES: Record<Locale, Record<string, string>> = {
  kk: {
    'map.submitted':
      '{{organisation}} картаны келісуге жіберді (№ {{version}} нұсқа). Қарау мерзімі — {{due}}.',
    'map.returned': '№ {{version}} нұсқа пысықтауға қайтарылды: {{reason}}',
    'map.agreed': '№ {{version}} нұсқаны уәкілетті орган келісті. Оны бірінші басшы бекітеді.',
    'map.approved': '№ {{version}} нұсқа бекітілді. Жариялау мерзімі — {{due}}.',
    'map.published': '№ {{version}} нұсқа порталда жарияланды.',
    'finding.added': '№ {{version}} нұсқаға жаңа ескерту түсті.',
    'finding.answered': '№ {{version}} нұсқадағы ескертуге жауап берілді.',
    'deadline.review_reminder': '{{organisation}} картасын қарау мерзімі {{due}} аяқталады.',
    'deadline.review_escalation': '{{organisation}} картасын қарау мерзімі ({{due}}) өтіп кетті.',
    'deadline.publication_reminder': 'Бекітілген картаны жариялау мерзімі {{due}} аяқталады.',
    'deadline.publication_escalation': 'Бекітілген картаны жариялау мерзімі ({{due}}) өтіп кетті.',
  },
  ru: {
    'map.submitted':
      '{{organisation}}: карта направлена на согласование (версия № {{version}}). Срок рассмотрения — {{due}}.',
    'map.returned': 'Версия № {{version}} возвращена на доработку: {{reason}}',
    'map.agreed':
      'Версия № {{version}} согласована уполномоченным органом. Её утверждает первый руководитель.',
    'map.approved': 'Версия № {{version}} утверждена. Срок размещения — {{due}}.',
    'map.published': 'Версия № {{version}} опубликована на портале.',
    'finding.added': 'К версии № {{version}} поступило новое замечание.',
    'finding.answered': 'На замечание к версии № {{version}} дан ответ.',
    'deadline.review_reminder': 'Срок рассмотрения карты ({{organisation}}) истекает {{due}}.',
    'deadline.review_escalation': 'Срок рассмотрения карты ({{organisation}}) истёк {{due}}.',
    'deadline.publication_reminder': 'Срок размещения утверждённой карты истекает {{due}}.',
    'deadline.publication_escalation': 'Срок размещения утверждённой карты истёк {{due}}.',
  },
  en: {
    'map.submitted':
      '{{organisation}} submitted its map for agreement (version {{version}}). Review due {{due}}.',
    'map.returned': 'Version {{version}} was returned for revision: {{reason}}',
    'map.agreed':
      "Version {{version}} was agreed by the authorized body. The body's first head approves it next.",
    'map.approved': 'Version {{version}} was approved. Publication due {{due}}.',
    'map.published': 'Version {{version}} was published on the portal.',
    'finding.added': 'A new review finding on version {{version}}.',
    'finding.answered': 'A review finding on version {{version}} was answered.',
    'deadline.review_reminder': 'The review of the map of {{organisation}} is due {{due}}.',
    'deadline.review_escalation': 'The review of the map of {{organisation}} was due {{due}} and is overdue.',
    'deadline.publication_reminder': 'The approved map must be published by {{due}}.',
    'deadline.publication_escalation': 'The approved map was due for publication on {{due}} and is overdue.',
  },
};

/** The sentence of a notification in a language; the data is what the server stored with it. */
export function notificationMessage(type: string, data: Record<string, unknown>, locale: Locale): string {
  const template = NOTIFICATION_MESSAGES[locale][type];
  if (!template) return type;
  return interpolate(template, {
    organisation: pickText(data.organisation as LocalizedText | undefined, locale),
    version: String(data.versionNumber ?? ''),
    due: String(data.due ?? ''),
    reason: String(data.reason ?? ''),
  });
}
