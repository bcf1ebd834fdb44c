import {
  DEFAULT_LEGAL_BASIS,
  type MapDocument,
  type MapDocumentInput,
  MapDocumentSchema,
  PRINCIPLES,
} from '../../domain/map/map.schema.ts';
import { type DemoRefs, item, systemIds, t } from './demo-refs.ts';

/**
 * The demo draft of the Ministry of Justice ('mo-justice'): deliberately unfinished, so the
 * validator has something to show — the sector's description exists only in Russian, its
 * indicator has no yearly targets, its only case has no plan-schedule, two life-cycle stages are
 * not covered by any case, and the principles, problems, technologies, Fast Track projects and
 * attachments are still to be written.
 */
export function demoDraftJusticeMap(refs: DemoRefs): MapDocument {
  const input: MapDocumentInput = {
    passport: {
      title: t(
        'Әділет саласының цифрлық трансформация картасы',
        'Карта цифровой трансформации отрасли юстиции',
        'Digital Transformation Map of the Justice Sector',
      ),
      goal: t(
        'Азаматтық хал актілерін тіркеу, заңды тұлғаларды тіркеу және заң көмегін көрсету процестерін реинжинирингтеу және цифрландыру арқылы әділет органдары көрсететін қызметтердің сапасы мен қолжетімділігін арттыру.',
        'Повышение качества и доступности услуг органов юстиции за счёт реинжиниринга и цифровизации процессов регистрации актов гражданского состояния, регистрации юридических лиц и оказания юридической помощи.',
      ),
      planningDocumentIds: [
        refs.planningDocument('plan-mo-justice'),
        refs.planningDocument('concept-legal-policy-2030'),
      ],
      principles: PRINCIPLES.map((code) => ({ code, application: t('', '') })),
      implementers: [
        {
          id: 'impl-regional-justice',
          kind: 'territorial_unit',
          name: t(
            'Облыстардың, Астана, Алматы және Шымкент қалаларының әділет департаменттері',
            'Департаменты юстиции областей, городов Астаны, Алматы и Шымкента',
          ),
        },
      ],
      legalBasis: { ...DEFAULT_LEGAL_BASIS },
    },
    sectors: [
      {
        id: 'zags',
        name: t(
          'Азаматтық хал актілерін тіркеу',
          'Регистрация актов гражданского состояния',
          'Civil registration',
        ),
        responsibleUnit: t(
          'Тіркеу қызметі және заң қызметтерін ұйымдастыру департаменті',
          'Департамент регистрационной службы и организации юридических услуг',
        ),
        // Written in Russian only so far: the Kazakh text is still to come.
        description: t(
          '',
          'Органы регистрации актов гражданского состояния регистрируют рождение, заключение и расторжение брака, смерть и иные акты гражданского состояния, вносят изменения и исправления в актовые записи. Цифровая трансформация отрасли направлена на проактивную регистрацию актов гражданского состояния без обращения граждан и на полный переход к электронным актовым записям.',
        ),
        indicators: [
          {
            id: 'zags-i1',
            name: t(
              'Проактивті немесе электрондық түрде тіркелген азаматтық хал актілерінің үлесі',
              'Доля актов гражданского состояния, зарегистрированных проактивно или в электронном виде',
            ),
            unit: t('%', '%'),
            baselineValue: 60,
            baselineYear: 2024,
            // Targets per year not set yet.
            source: t(
              'Қазақстан Республикасы Әділет министрлігінің 2025 – 2029 жылдарға арналған даму жоспары',
              'План развития Министерства юстиции Республики Казахстан на 2025–2029 годы',
            ),
          },
        ],
        subjects: [
          {
            id: 'zags-s1',
            name: t('Азаматтық хал актілері', 'Акты гражданского состояния', 'Civil status records'),
            lifeCycle: [
              item('zags-st-birth', 'Баланың тууын тіркеу', 'Регистрация рождения', 'Birth'),
              item('zags-st-marriage', 'Некеге тұруды тіркеу', 'Регистрация заключения брака', 'Marriage'),
              item('zags-st-death', 'Қайтыс болуды тіркеу', 'Регистрация смерти', 'Death'),
            ],
          },
        ],
        cases: [
          {
            id: 'zags-c1',
            name: t(
              'Баланың тууын проактивті тіркеу',
              'Проактивная регистрация рождения ребёнка',
              'Proactive birth registration',
            ),
            processes: [
              item(
                'zags-c1-p1',
                'Босандыру ұйымынан туу туралы мәліметтерді алу',
                'Получение сведений о рождении из родовспомогательной организации',
              ),
              item(
                'zags-c1-p2',
                'Ата-анадан SMS арқылы келісім алу',
                'Получение согласия родителей посредством SMS',
              ),
              item(
                'zags-c1-p3',
                'Туу туралы актілік жазбаны қалыптастыру және ЖСН беру',
                'Формирование актовой записи о рождении и присвоение ИИН',
              ),
            ],
            responsibleUnits: [
              item(
                'zags-c1-u1',
                'Тіркеу қызметі және заң қызметтерін ұйымдастыру департаменті',
                'Департамент регистрационной службы и организации юридических услуг',
              ),
            ],
            publicServiceIds: [
              refs.service(
                'Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния',
              ),
            ],
            automated: true,
            informationSystemIds: systemIds(refs, 'is-zags', 'gbd-fl', 'egov-mobile'),
            subjectIds: ['zags-s1'],
            lifeCycleStageIds: ['zags-st-birth'],
            reengineeringStatus: 'in_progress',
            // No plan-schedule yet.
          },
        ],
      },
    ],
  };
  return MapDocumentSchema.parse(input);
}
