import type { LocalizedText } from '../locale.ts';
import {
  DEFAULT_LEGAL_BASIS,
  type Indicator,
  type MapDocument,
  type PerformanceIndicator,
  PRINCIPLES,
  type ScheduleCell,
} from './map.schema.ts';

/**
 * A complete map that the validator accepts without a finding: one sector, a full passport, two
 * indicators, a subject with two life-cycle stages covered by two cases (one with a row per
 * process), a Fast Track project and attachments covering all five R.19 criteria. Tests start from
 * it and break one thing; every call returns a fresh copy.
 */

const t = (kk: string, ru: string): LocalizedText => ({ kk, ru });
const ref = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A plan-schedule row from a compact string, one character per quarter ('.' = empty). */
export const row = (cells: string): ScheduleCell[] =>
  [...cells].map((ch) => (ch === '.' ? '' : ch) as ScheduleCell);

const targets = (values: number[]): Record<string, number> =>
  Object.fromEntries(values.map((v, i) => [String(2025 + i), v]));

function indicator(id: string, name: LocalizedText, unit: LocalizedText, values: number[]): Indicator {
  return {
    id,
    name,
    unit,
    baselineValue: values[0],
    baselineYear: 2024,
    targets: targets(values.slice(1)),
    source: t('Ұлттық даму жоспары', 'Национальный план развития'),
  };
}

const PERFORMANCE: Array<[LocalizedText, LocalizedText, number[]]> = [
  [
    t(
      'Мемлекеттік қызметтердің сапасына қанағаттанушылық деңгейі',
      'Уровень удовлетворенности качеством государственных услуг',
    ),
    t('%', '%'),
    [72, 75, 78, 81, 84, 87],
  ],
  [
    t('Мемлекеттік басқару шығындарының төмендеуі', 'Снижение издержек государственного управления'),
    t('млрд теңге', 'млрд тенге'),
    [0, 1, 2, 3, 4, 5],
  ],
  [
    t(
      'Ашық деректер порталында жарияланған деректер жиынтықтарының үлесі',
      'Доля наборов данных, опубликованных на портале открытых данных',
    ),
    t('%', '%'),
    [40, 50, 60, 70, 80, 90],
  ],
  [
    t('Адам факторынсыз қабылданатын шешімдердің үлесі', 'Доля решений, принимаемых без участия человека'),
    t('%', '%'),
    [10, 20, 30, 40, 50, 60],
  ],
  [
    t(
      'Ақпараттық қауіпсіздік талаптарына сәйкес келетін ақпараттандыру объектілерінің үлесі',
      'Доля объектов информатизации, соответствующих требованиям информационной безопасности',
    ),
    t('%', '%'),
    [60, 70, 80, 90, 95, 100],
  ],
];

export function validMapDocument(): MapDocument {
  const performanceIndicators: PerformanceIndicator[] = PERFORMANCE.map(([name, unit, values], i) => ({
    ...indicator(`pi${i + 1}`, name, unit, values),
    criterion: i + 1,
  }));
  return {
    schemaVersion: 1,
    passport: {
      title: t(
        'Жер қатынастары саласының цифрлық трансформация картасы',
        'Карта цифровой трансформации отрасли земельных отношений',
      ),
      goal: t(
        'Жер учаскелерін беру және жерді пайдалануды бақылау процестерін толық цифрландыру',
        'Полная цифровизация процессов предоставления земельных участков и контроля за использованием земель',
      ),
      planningDocumentIds: [ref(1)],
      principles: PRINCIPLES.map((code) => ({
        code,
        application: t(
          `${code}-міндет картаның кейстерінде ескерілді`,
          `Задача ${code} учтена в кейсах карты`,
        ),
      })),
      implementers: [
        {
          id: 'im1',
          name: t('Жер ресурстарын басқару комитеті', 'Комитет по управлению земельными ресурсами'),
          kind: 'committee',
        },
      ],
      legalBasis: { ...DEFAULT_LEGAL_BASIS },
      period: { from: 2025, to: 2029 },
    },
    sectors: [
      {
        id: 's1',
        name: t('Жер қатынастары', 'Земельные отношения'),
        responsibleUnit: t('Жер қатынастары департаменті', 'Департамент земельных отношений'),
        description: t(
          'Сала жер учаскелерін беруді, жердің есебін жүргізуді және жерді пайдалануды бақылауды қамтиды.',
          'Отрасль охватывает предоставление земельных участков, учет земель и контроль за их использованием.',
        ),
        indicators: [
          indicator(
            'ind1',
            t('Жер учаскесін беру мерзімі', 'Срок предоставления земельного участка'),
            t('жұмыс күні', 'рабочих дней'),
            [90, 60, 45, 30, 20, 15],
          ),
          indicator(
            'ind2',
            t('Электрондық түрде берілген өтініштердің үлесі', 'Доля заявлений, поданных в электронном виде'),
            t('%', '%'),
            [35, 50, 65, 80, 90, 100],
          ),
        ],
        subjects: [
          {
            id: 'subj1',
            name: t('Жер учаскесі', 'Земельный участок'),
            count: 5_400_000,
            gdpContribution: t('Ауыл шаруашылығы өнімінің 4,8%', '4,8% продукции сельского хозяйства'),
            lifeCycle: [
              {
                id: 'st1',
                name: t('Жер учаскесіне құқық беру', 'Предоставление права на земельный участок'),
              },
              { id: 'st2', name: t('Жерді пайдалануды бақылау', 'Контроль за использованием земель') },
            ],
          },
        ],
        problems: [
          {
            id: 'pr1',
            text: t(
              'Жер учаскелерін беру мерзімінің бұзылуына шағымдар',
              'Жалобы на нарушение сроков предоставления земельных участков',
            ),
            source: 'complaints',
          },
        ],
        technologies: [
          {
            id: 'tech1',
            name: t(
              'Ғарыштық суреттерді жасанды интеллектпен талдау',
              'Анализ космических снимков искусственным интеллектом',
            ),
            description: t(
              'Пайдаланылмайтын жерлерді автоматты түрде анықтау',
              'Автоматическое выявление неиспользуемых земель',
            ),
            isAi: true,
          },
        ],
        cases: [
          {
            id: 'c1',
            name: t('Жер учаскесін беру', 'Предоставление земельного участка'),
            processes: [
              {
                id: 'bp1',
                name: t('Жер учаскесіне өтінішті қарау', 'Рассмотрение заявления на земельный участок'),
                schedule: row('....................'),
              },
            ],
            aiUse: [{ id: 'ai1', name: t('Өтініштерді скорингтік бағалау', 'Скоринговая оценка заявлений') }],
            responsibleUnits: [
              { id: 'u1', name: t('Жер қатынастары департаменті', 'Департамент земельных отношений') },
            ],
            functions: [{ id: 'fn1', name: t('Жер учаскелерін беру', 'Предоставление земельных участков') }],
            publicServiceIds: [ref(2)],
            automated: true,
            informationSystemIds: [ref(3)],
            subjectIds: ['subj1'],
            lifeCycleStageIds: ['st1'],
            reengineeringStatus: 'in_progress',
            reengineeredEarlier: false,
            scheduleByProcess: false,
            // The Form's sample row 1: R R F F F F F . R R F F F F D D
            schedule: row('.RRFFFFF.RRFFFFDD...'),
          },
          {
            id: 'c2',
            name: t('Жерді пайдалануды бақылау', 'Контроль за использованием земель'),
            processes: [
              {
                id: 'bp2',
                name: t('Жерді қашықтықтан мониторингтеу', 'Дистанционный мониторинг земель'),
                schedule: row('....RRFFFFFF........'),
              },
              {
                id: 'bp3',
                name: t('Тексеру нәтижелерін ресімдеу', 'Оформление результатов проверки'),
                schedule: row('............RRFFD...'),
              },
            ],
            aiUse: [{ id: 'ai2', name: t('Ғарыштық суреттерді талдау', 'Анализ космических снимков') }],
            responsibleUnits: [
              { id: 'u2', name: t('Жерді бақылау басқармасы', 'Управление контроля за землями') },
            ],
            functions: [
              { id: 'fn2', name: t('Жерді пайдалануды бақылау', 'Контроль за использованием земель') },
            ],
            publicServiceIds: [],
            automated: false,
            informationSystemIds: [],
            subjectIds: ['subj1'],
            lifeCycleStageIds: ['st2'],
            reengineeringStatus: 'planned',
            reengineeredEarlier: false,
            scheduleByProcess: true,
            schedule: row('....................'),
          },
        ],
        fastTrack: [
          {
            id: 'ft1',
            caseId: 'c1',
            rationale: t(
              'Шағымдардың ең көп саны және ұзақ мерзім',
              'Наибольшее число жалоб и длительные сроки',
            ),
            expectedEffects: t(
              'Беру мерзімін 90 күннен 15 күнге дейін қысқарту',
              'Сокращение срока предоставления с 90 до 15 дней',
            ),
            solutions: t(
              'Эстониядағы жер кадастрының электрондық тізілімі',
              'Электронный реестр земельного кадастра Эстонии',
            ),
          },
        ],
      },
    ],
    attachments: {
      priorityDirections: [
        {
          id: 'pd1',
          name: t('Жер қатынастарын цифрландыру', 'Цифровизация земельных отношений'),
          indicators: [
            indicator(
              'pdi1',
              t('Цифрландырылған жер кадастрының толықтығы', 'Полнота цифрового земельного кадастра'),
              t('%', '%'),
              [55, 65, 75, 85, 95, 100],
            ),
          ],
        },
      ],
      performanceIndicators,
      pilotProjects: [
        {
          id: 'pp1',
          name: t(
            'Ақмола облысындағы қашықтықтан мониторинг',
            'Дистанционный мониторинг в Акмолинской области',
          ),
          description: t('Ғарыштық суреттерді талдауды сынау', 'Апробация анализа космических снимков'),
          period: t('2025 жыл', '2025 год'),
        },
      ],
      dataList: [
        {
          id: 'd1',
          name: t('Жер учаскелерінің кадастрлық деректері', 'Кадастровые данные земельных участков'),
          description: t(
            'Кадастрлық нөмір, алаңы, нысаналы мақсаты',
            'Кадастровый номер, площадь, целевое назначение',
          ),
          informationSystemIds: [ref(3)],
        },
      ],
      achievabilityJustification: t(
        'Көрсеткіштер 2021–2024 жылдардағы серпінге негізделген',
        'Показатели основаны на динамике 2021–2024 годов',
      ),
      risks: [
        {
          id: 'r1',
          risk: t(
            'Ақпараттық жүйелерді интеграциялаудың кешігуі',
            'Задержка интеграции информационных систем',
          ),
          management: t(
            'Интеграция кестесін тоқсан сайын бақылау',
            'Ежеквартальный контроль графика интеграции',
          ),
        },
      ],
    },
  };
}
