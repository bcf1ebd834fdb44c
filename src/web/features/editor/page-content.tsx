import { useTranslation } from 'react-i18next';
import type { Attachments, Passport, Sector } from '../../../domain/map/map.schema.ts';
import type { SectionKey } from '../../../domain/map/map.sections.ts';
import { HistoryPage } from '../review/history-page.tsx';
import { RedlinePage } from '../review/redline-page.tsx';
import { VersionsPage } from '../review/versions-page.tsx';
import { AttachmentsPage } from './attachments-page.tsx';
import { CasesPage } from './cases-page.tsx';
import { useEditor } from './editor-context.tsx';
import { type EditorPageRef, pageParam } from './editor-pages.ts';
import { FastTrackPage } from './fast-track-page.tsx';
import { FindingsPage } from './findings-page.tsx';
import { GanttPage } from './gantt-page.tsx';
import { PageLink } from './page-link.tsx';
import { PassportPage } from './passport-page.tsx';
import { PlanSchedulePage } from './plan-schedule-page.tsx';
import { SectorDescriptionPage } from './sector-description-page.tsx';
import type { SectorPageProps } from './sector-page-props.ts';
import { ProblemsPage, SubjectsPage, TechnologiesPage } from './sector-tables-page.tsx';

const SECTOR_PAGES: Record<string, (p: SectorPageProps) => React.ReactNode> = {
  description: SectorDescriptionPage,
  subjects: SubjectsPage,
  problems: ProblemsPage,
  technologies: TechnologiesPage,
  cases: CasesPage,
  schedule: PlanSchedulePage,
  'fast-track': FastTrackPage,
};

/** The page the URL names; editing goes through `update`, absent for a section the user may not edit. */
export function PageContent(props: {
  page: EditorPageRef | null;
  update: <T>(key: SectionKey) => ((fn: (v: T) => T) => void) | undefined;
  organisationName: string;
  onAddSector?: () => void;
}) {
  const { t } = useTranslation('editor');
  const { doc } = useEditor();
  const { page } = props;
  const notFound = (
    <div className="ed-page">
      <p>{t('load.pageNotFound')}</p>
      <PageLink page={{ kind: 'passport' }}>{t('nav.passport')}</PageLink>
    </div>
  );
  if (!page) return notFound;
  switch (page.kind) {
    case 'passport':
      return (
        <PassportPage
          passport={doc.passport}
          update={props.update<Passport>('passport')}
          organisationName={props.organisationName}
          onAddSector={props.onAddSector}
        />
      );
    case 'attachments':
      return <AttachmentsPage value={doc.attachments} update={props.update<Attachments>('attachments')} />;
    case 'gantt':
      return <GanttPage />;
    case 'findings':
      return <FindingsPage />;
    case 'versions':
      return <VersionsPage />;
    case 'history':
      return <HistoryPage />;
    case 'redline':
      return <RedlinePage key={pageParam(page)} from={page.from} to={page.to} />;
    case 'sector': {
      const index = doc.sectors.findIndex((s) => s.id === page.sectorId);
      if (index < 0) return notFound;
      const Page = SECTOR_PAGES[page.sub];
      return (
        <Page
          key={page.sectorId}
          sector={doc.sectors[index]}
          index={index}
          update={props.update<Sector>(`sector:${page.sectorId}`)}
        />
      );
    }
  }
}
