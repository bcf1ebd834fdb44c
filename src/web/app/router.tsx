import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { JobsPage } from '../features/admin/jobs-page.tsx';
import { ReferencePage } from '../features/admin/reference-page.tsx';
import { UsersPage } from '../features/admin/users-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { CalendarPage, validateCalendarSearch } from '../features/calendar/calendar-page.tsx';
import { BundlePage } from '../features/documents/bundle-page.tsx';
import { EditorPage } from '../features/editor/editor-page.tsx';
import { InboxPage } from '../features/inbox/inbox-page.tsx';
import { MapsPage } from '../features/maps/maps-page.tsx';
import { MonitoringHomePage, MonitoringPage } from '../features/monitoring/monitoring-page.tsx';
import { NationalMonitoringPage } from '../features/monitoring/national-page.tsx';
import { PortalProgressPage } from '../features/monitoring/portal-progress-page.tsx';
import { ReportPage } from '../features/monitoring/report-page.tsx';
import { PortalLayout } from '../features/portal/portal-layout.tsx';
import { PortalListPage } from '../features/portal/portal-list-page.tsx';
import { PortalMapPage, validatePortalMapSearch } from '../features/portal/portal-map-page.tsx';
import { PortalProjectPage } from '../features/reengineering/portal/portal-project-page.tsx';
import { PortalProjectsPage } from '../features/reengineering/portal/portal-projects-page.tsx';
import {
  validateProjectSearch,
  validateProjectsSearch,
} from '../features/reengineering/projects/project.logic.ts';
import { ProjectPage } from '../features/reengineering/projects/project-page.tsx';
import { ProjectsPage } from '../features/reengineering/projects/projects-page.tsx';
import { ProcessPage } from '../features/reengineering/registry/process-page.tsx';
import { RegistryPage } from '../features/reengineering/registry/registry-page.tsx';
import {
  validateRegistrySearch,
  validateRepeatedDataSearch,
} from '../features/reengineering/registry/registry-search.ts';
import { RepeatedDataPage } from '../features/reengineering/registry/repeated-data-page.tsx';
import { AppLayout } from './layout.tsx';

/**
 * Every page of the app; paths are plain and bookmarkable. The root layout frames the signed-in
 * app; /portal* is the public portal with its own frame and no sign-in (see layout.tsx).
 */
const rootRoute = createRootRoute({ component: AppLayout });

const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', component: LoginPage });
const mapsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: MapsPage });
/** The editor; `page` names a page of the Form (see features/editor/editor-pages.ts), default the passport. */
const editorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/maps/$mapId/v/$number',
  component: EditorPage,
});
const editorPageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/maps/$mapId/v/$number/$page',
  component: EditorPage,
});
const inboxRoute = createRoute({ getParentRoute: () => rootRoute, path: '/inbox', component: InboxPage });
const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/users',
  component: UsersPage,
});
const referenceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/reference/$kind',
  component: ReferencePage,
});
/** Reminders and escalations in the job queue, failed ones first. */
const jobsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/admin/jobs', component: JobsPage });
/** The working-day calendar of a year (?year=2026). */
const calendarRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/calendar',
  component: CalendarPage,
  validateSearch: validateCalendarSearch,
});

/** The registry of business processes (R.11.7); filters in the search params. */
const registryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/registry',
  component: RegistryPage,
  validateSearch: validateRegistrySearch,
});
/** The national list of repeated data requests (R.40, R.5.7). */
const repeatedDataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/registry/repeated-data',
  component: RepeatedDataPage,
  validateSearch: validateRepeatedDataSearch,
});
const processRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/registry/$processId',
  component: ProcessPage,
});

/** Reengineering projects (R.29–R.37): the list (?stage=) and one project (?tab=&process=&kind=). */
const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  component: ProjectsPage,
  validateSearch: validateProjectsSearch,
});
const projectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$projectId',
  component: ProjectPage,
  validateSearch: validateProjectSearch,
});

/** The national bundle of published maps as official documents (a job with progress). */
const bundleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents/bundle',
  component: BundlePage,
});

/** Monitoring of a map (R.25–R.28): /monitoring picks the user's own map in force; a period's report. */
const monitoringHomeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/monitoring',
  component: MonitoringHomePage,
});
/** External monitoring (R.28): every body side by side; before /monitoring/$mapId. */
const nationalMonitoringRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/monitoring/national',
  component: NationalMonitoringPage,
});
const monitoringRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/monitoring/$mapId',
  component: MonitoringPage,
});
const monitoringReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/monitoring/$mapId/report/$period',
  component: ReportPage,
});

/** The public portal (R.24): published maps only, reachable signed out. */
const portalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portal',
  component: PortalLayout,
});
const portalListRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/',
  component: PortalListPage,
});
/** Published results of reengineering (R.37): the list and one project. */
const portalProjectsRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/projects',
  component: PortalProjectsPage,
});
const portalProjectRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/projects/$projectId',
  component: PortalProjectPage,
});
/** A published map; ?v= a superseded version, ?from=&to= the redline between two versions. */
const portalMapRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/maps/$mapId',
  component: PortalMapPage,
  validateSearch: validatePortalMapSearch,
});

/** A published map's progress (monitoring from the submitted reports), without login. */
const portalProgressRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/maps/$mapId/progress',
  component: PortalProgressPage,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  mapsRoute,
  editorRoute,
  editorPageRoute,
  inboxRoute,
  registryRoute,
  repeatedDataRoute,
  processRoute,
  projectsRoute,
  projectRoute,
  monitoringHomeRoute,
  nationalMonitoringRoute,
  monitoringRoute,
  monitoringReportRoute,
  bundleRoute,
  usersRoute,
  referenceRoute,
  calendarRoute,
  jobsRoute,
  portalRoute.addChildren([
    portalListRoute,
    portalMapRoute,
    portalProgressRoute,
    portalProjectsRoute,
    portalProjectRoute,
  ]),
]);

export const router = createRouter({ routeTree });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
