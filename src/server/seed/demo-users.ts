import type { Role } from '../../domain/auth/roles.ts';

/** The demo password of every demo user (listed in the README). */
export const DEMO_PASSWORD = 'demo-password-1';

/** One demo user for every role, in the organisation where that role lives. */
export const DEMO_USERS: Array<{
  login: string;
  fullName: string;
  orgCode: string;
  roles: Role[];
  locale: 'kk' | 'ru';
}> = [
  {
    login: 'office@health',
    fullName: 'Айгерім Сейітова',
    orgCode: 'mo-healthcare',
    roles: ['dt_office'],
    locale: 'kk',
  },
  {
    login: 'deputy@health',
    fullName: 'Ерлан Жұмабеков',
    orgCode: 'mo-healthcare',
    roles: ['deputy_head'],
    locale: 'ru',
  },
  {
    login: 'head@health',
    fullName: 'Гүлнар Омарова',
    orgCode: 'mo-healthcare',
    roles: ['first_head'],
    locale: 'ru',
  },
  {
    login: 'data@health',
    fullName: 'Данияр Қасымов',
    orgCode: 'mo-healthcare',
    roles: ['data_officer'],
    locale: 'kk',
  },
  {
    login: 'office@agri',
    fullName: 'Нұржан Бекенов',
    orgCode: 'mo-agriculture',
    roles: ['dt_office'],
    locale: 'kk',
  },
  {
    login: 'deputy@agri',
    fullName: 'Светлана Павлова',
    orgCode: 'mo-agriculture',
    roles: ['deputy_head'],
    locale: 'ru',
  },
  {
    login: 'head@agri',
    fullName: 'Қайрат Смағұлов',
    orgCode: 'mo-agriculture',
    roles: ['first_head'],
    locale: 'kk',
  },
  {
    login: 'office@justice',
    fullName: 'Мария Ким',
    orgCode: 'mo-justice',
    roles: ['dt_office'],
    locale: 'ru',
  },
  {
    login: 'reviewer@digital',
    fullName: 'Асель Нұрланова',
    orgCode: 'mo-digital',
    roles: ['reviewer'],
    locale: 'ru',
  },
  {
    login: 'authority@digital',
    fullName: 'Бауыржан Әлиев',
    orgCode: 'mo-digital',
    roles: ['authority_head'],
    locale: 'kk',
  },
  {
    login: 'expert@center',
    fullName: 'Тимур Ахметов',
    orgCode: 'dgsc',
    roles: ['center_expert'],
    locale: 'ru',
  },
  {
    login: 'commission@mvk',
    fullName: 'Сәуле Байжанова',
    orgCode: 'mvk',
    roles: ['commission_member'],
    locale: 'kk',
  },
  {
    login: 'admin',
    fullName: 'Администратор платформы',
    orgCode: 'mo-digital',
    roles: ['admin'],
    locale: 'ru',
  },
];
