import { interpolate, type Locale, type LocalizedText, pickText } from '../domain/locale.ts';
import { parsePeriod, periodLabel } from '../domain/monitoring/period.ts';

/**
 * One sentence per notification type in kk/ru/en, for the inbox and for e-mails. Placeholders:
 * {{organisation}}, {{version}}, {{due}}, {{reason}}, {{case}} (a reengineering project's case),
 * {{period}} (a monitoring reporting period, as officials write it).
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
    'project.opened':
      '«{{case}}» кейсі бойынша реинжиниринг жобасы ашылды. Жоба тобын {{due}} дейін құру керек (ҚЕ 30-т.).',
    'project.plan_submitted': '«{{case}}» жобасының іс-шаралар жоспары бекітуге жіберілді.',
    'project.agreement_requested':
      '{{organisation}}: «{{case}}» бизнес-процесінің нысаналы нұсқасын келісу сұралады.',
    'project.commission_requested':
      '{{organisation}}: «{{case}}» нысаналы нұсқасы бойынша келіспеушілік бар, ВАК шешімі қажет.',
    'project.commission_agreed': 'ВАК «{{case}}» нысаналы нұсқасын келісті.',
    'project.commission_rejected': 'ВАК «{{case}}» нысаналы нұсқасын келіспеді: {{reason}}',
    'project.plan_approved':
      '«{{case}}» іс-шаралар жоспары бекітілді. Нәтижелерді {{due}} дейін жариялау керек (ҚЕ 37-т.).',
    'project.plan_returned': '«{{case}}» іс-шаралар жоспары пысықтауға қайтарылды: {{reason}}',
    'project.deadline_change_requested': '«{{case}}» реинжиниринг мерзімін {{due}} дейін өзгерту сұралды.',
    'project.deadline_change_decided':
      '«{{case}}» реинжиниринг мерзімі бойынша шешім қабылданды: мерзім — {{due}}.',
    'deadline.team_reminder': '«{{case}}» жоба тобын құру мерзімі {{due}} аяқталады (ҚЕ 30-т.).',
    'deadline.team_escalation': '{{organisation}}: «{{case}}» жоба тобын құру мерзімі ({{due}}) өтіп кетті.',
    'deadline.results_publication_reminder':
      '«{{case}}» реинжиниринг нәтижелерін жариялау мерзімі {{due}} аяқталады (ҚЕ 37-т.).',
    'deadline.results_publication_escalation':
      '{{organisation}}: «{{case}}» нәтижелерін жариялау мерзімі ({{due}}) өтіп кетті.',
    'deadline.report_reminder': '{{period}} бойынша мониторинг есебін ұсыну мерзімі {{due}} аяқталады.',
    'deadline.report_escalation':
      '{{organisation}}: {{period}} бойынша мониторинг есебі ұсынылмады, мерзімі ({{due}}) өтіп кетті.',
    'monitoring.report_submitted': '{{organisation}}: {{period}} бойынша мониторинг есебі ұсынылды.',
    'monitoring.report_locked': '{{period}} бойынша мониторинг есебі жабылды (құлыпталды).',
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
    'project.opened':
      'Открыт проект реинжиниринга по кейсу «{{case}}». Проектную команду нужно сформировать до {{due}} (п. 30 Правил).',
    'project.plan_submitted': 'План мероприятий проекта «{{case}}» направлен на утверждение.',
    'project.agreement_requested':
      '{{organisation}}: запрошено согласование целевого варианта бизнес-процесса «{{case}}».',
    'project.commission_requested':
      '{{organisation}}: по целевому варианту «{{case}}» есть разногласие, требуется решение МВК.',
    'project.commission_agreed': 'МВК согласовала целевой вариант «{{case}}».',
    'project.commission_rejected': 'МВК не согласовала целевой вариант «{{case}}»: {{reason}}',
    'project.plan_approved':
      'План мероприятий «{{case}}» утверждён. Результаты нужно разместить до {{due}} (п. 37 Правил).',
    'project.plan_returned': 'План мероприятий «{{case}}» возвращён на доработку: {{reason}}',
    'project.deadline_change_requested': 'Запрошено изменение срока реинжиниринга «{{case}}» на {{due}}.',
    'project.deadline_change_decided': 'По сроку реинжиниринга «{{case}}» принято решение: срок — {{due}}.',
    'deadline.team_reminder':
      'Срок формирования проектной команды «{{case}}» истекает {{due}} (п. 30 Правил).',
    'deadline.team_escalation':
      '{{organisation}}: срок формирования проектной команды «{{case}}» истёк {{due}}.',
    'deadline.results_publication_reminder':
      'Срок размещения результатов реинжиниринга «{{case}}» истекает {{due}} (п. 37 Правил).',
    'deadline.results_publication_escalation':
      '{{organisation}}: срок размещения результатов «{{case}}» истёк {{due}}.',
    'deadline.report_reminder': 'Срок представления отчёта мониторинга за {{period}} истекает {{due}}.',
    'deadline.report_escalation':
      '{{organisation}}: отчёт мониторинга за {{period}} не представлен, срок истёк {{due}}.',
    'monitoring.report_submitted': '{{organisation}}: представлен отчёт мониторинга за {{period}}.',
    'monitoring.report_locked': 'Отчёт мониторинга за {{period}} закрыт (заблокирован).',
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
    'project.opened':
      'A reengineering project was opened for the case “{{case}}”. The project team is due by {{due}} (R.30).',
    'project.plan_submitted': 'The action plan of the project “{{case}}” was submitted for approval.',
    'project.agreement_requested':
      '{{organisation}} asks you to agree with the target variant of “{{case}}”.',
    'project.commission_requested':
      '{{organisation}}: bodies disagree on the target variant of “{{case}}”; the Interagency Commission must decide.',
    'project.commission_agreed': 'The Interagency Commission agreed the target variant of “{{case}}”.',
    'project.commission_rejected':
      'The Interagency Commission did not agree the target variant of “{{case}}”: {{reason}}',
    'project.plan_approved':
      'The action plan of “{{case}}” was approved. Publish the results by {{due}} (R.37).',
    'project.plan_returned': 'The action plan of “{{case}}” was returned for revision: {{reason}}',
    'project.deadline_change_requested':
      'A change of the reengineering deadline of “{{case}}” to {{due}} was requested.',
    'project.deadline_change_decided':
      'A decision on the reengineering deadline of “{{case}}” was taken: the deadline is {{due}}.',
    'deadline.team_reminder': 'The project team of “{{case}}” is due {{due}} (R.30).',
    'deadline.team_escalation':
      '{{organisation}}: the project team of “{{case}}” was due {{due}} and is overdue.',
    'deadline.results_publication_reminder': 'The results of “{{case}}” must be published by {{due}} (R.37).',
    'deadline.results_publication_escalation':
      '{{organisation}}: the results of “{{case}}” were due for publication on {{due}} and are overdue.',
    'deadline.report_reminder': 'The monitoring report for {{period}} is due {{due}}.',
    'deadline.report_escalation':
      '{{organisation}}: the monitoring report for {{period}} was due {{due}} and has not been submitted.',
    'monitoring.report_submitted': '{{organisation}}: the monitoring report for {{period}} was submitted.',
    'monitoring.report_locked': 'The monitoring report for {{period}} was locked.',
  },
};

/** The sentence of a notification in a language; the data is what the server stored with it. */
export function notificationMessage(type: string, data: Record<string, unknown>, locale: Locale): string {
  const template = NOTIFICATION_MESSAGES[locale][type];
  if (!template) return type;
  const period = typeof data.period === 'string' ? parsePeriod(data.period) : null;
  return interpolate(template, {
    organisation: pickText(data.organisation as LocalizedText | undefined, locale),
    version: String(data.versionNumber ?? ''),
    due: String(data.due ?? ''),
    reason: String(data.reason ?? ''),
    case: pickText(data.caseName as LocalizedText | undefined, locale),
    period: period ? periodLabel(period, locale) : '',
  });
}
