import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent as page,
} from '@tanstack/react-router';
import { meQuery } from '../features/auth/api.ts';
import { validateCalendarSearch } from '../features/calendar/calendar-search.ts';
import { mapVersionQuery, validVersionRef } from '../features/editor/use-map-version.ts';
import { validatePortalMapSearch } from '../features/portal/portal-map-search.ts';
import {
  validateProjectSearch,
  validateProjectsSearch,
} from '../features/reengineering/projects/project.logic.ts';
import {
  validateRegistrySearch,
  validateRepeatedDataSearch,
} from '../features/reengineering/registry/registry-search.ts';
import { AppLayout } from './layout.tsx';
import { queryClient } from './query-client.ts';
import { RoutePending } from './route-pending.tsx';

/**
 * Every page of the app; paths are plain and bookmarkable. The root layout frames the signed-in
 * app; /portal* is the public portal with its own frame and no sign-in (see layout.tsx). Each page's
 * code is loaded when its route is first visited, so a page does not wait for the libraries of
 * others (bpmn-js, echarts, …); meanwhile RoutePending holds its place.
 */
const rootRoute = createRootRoute({
  component: AppLayout,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  component: page(() => import('../features/auth/login-page.tsx'), 'LoginPage'),
});
const mapsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: page(() => import('../features/maps/maps-page.tsx'), 'MapsPage'),
});
/** The editor; `page` names a page of the Form (see features/editor/editor-pages.ts), default the passport. */
const EditorPage = page(() => import('../features/editor/editor-page.tsx'), 'EditorPage');
/**
 * Starts what the editor waits for as soon as its URL is known, in parallel with the session check:
 * its code and the version. Nothing is shown before the session is known (the layout renders no
 * page without a user), and the server answers 401 to a request without one. The reference tables
 * and the review's data are not needed for the first render and start when the editor mounts: the
 * browser has six connections to the server, and they would hold the editor's code back.
 */
function prefetchEditor(mapId: string, numberParam: string) {
  const number = Number(numberParam);
  if (!validVersionRef(mapId, number)) return;
  // The version first: requests queue for a connection in the order they are made.
  void queryClient.prefetchQuery(mapVersionQuery(mapId, number));
  void EditorPage.preload?.();
}
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
const inboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inbox',
  component: page(() => import('../features/inbox/inbox-page.tsx'), 'InboxPage'),
});
const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/users',
  component: page(() => import('../features/admin/users-page.tsx'), 'UsersPage'),
});
const referenceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/reference/$kind',
  component: page(() => import('../features/admin/reference-page.tsx'), 'ReferencePage'),
});
/** Reminders and escalations in the job queue, failed ones first. */
const jobsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/jobs',
  component: page(() => import('../features/admin/jobs-page.tsx'), 'JobsPage'),
});
/** The working-day calendar of a year (?year=2026). */
const calendarRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/calendar',
  component: page(() => import('../features/calendar/calendar-page.tsx'), 'CalendarPage'),
  validateSearch: validateCalendarSearch,
});

/** The registry of business processes (R.11.7); filters in the search params. */
const registryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/registry',
  component: page(() => import('../features/reengineering/registry/registry-page.tsx'), 'RegistryPage'),
  validateSearch: validateRegistrySearch,
});
/** The national list of repeated data requests (R.40, R.5.7). */
const repeatedDataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/registry/repeated-data',
  component: page(
    () => import('../features/reengineering/registry/repeated-data-page.tsx'),
    'RepeatedDataPage',
  ),
  validateSearch: validateRepeatedDataSearch,
});
const processRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/registry/$processId',
  component: page(() => import('../features/reengineering/registry/process-page.tsx'), 'ProcessPage'),
});

/** Reengineering projects (R.29–R.37): the list (?stage=) and one project (?tab=&process=&kind=). */
const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  component: page(() => import('../features/reengineering/projects/projects-page.tsx'), 'ProjectsPage'),
  validateSearch: validateProjectsSearch,
});
const projectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$projectId',
  component: page(() => import('../features/reengineering/projects/project-page.tsx'), 'ProjectPage'),
  validateSearch: validateProjectSearch,
});

/** The national bundle of published maps as official documents (a job with progress). */
const bundleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents/bundle',
  component: page(() => import('../features/documents/bundle-page.tsx'), 'BundlePage'),
});

/** Monitoring of a map (R.25–R.28): /monitoring picks the user's own map in force; a period's report. */
const monitoringHomeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/monitoring',
  component: page(() => import('../features/monitoring/monitoring-page.tsx'), 'MonitoringHomePage'),
});
/** External monitoring (R.28): every body side by side; before /monitoring/$mapId. */
const nationalMonitoringRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/monitoring/national',
  component: page(() => import('../features/monitoring/national-page.tsx'), 'NationalMonitoringPage'),
});
const monitoringRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/monitoring/$mapId',
  component: page(() => import('../features/monitoring/monitoring-page.tsx'), 'MonitoringPage'),
});
const monitoringReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/monitoring/$mapId/report/$period',
  component: page(() => import('../features/monitoring/report-page.tsx'), 'ReportPage'),
});

/** The public portal (R.24): published maps only, reachable signed out. */
const portalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portal',
  component: page(() => import('../features/portal/portal-layout.tsx'), 'PortalLayout'),
});
const portalListRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/',
  component: page(() => import('../features/portal/portal-list-page.tsx'), 'PortalListPage'),
});
/** Published results of reengineering (R.37): the list and one project. */
const portalProjectsRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/projects',
  component: page(
    () => import('../features/reengineering/portal/portal-projects-page.tsx'),
    'PortalProjectsPage',
  ),
});
const portalProjectRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/projects/$projectId',
  component: page(
    () => import('../features/reengineering/portal/portal-project-page.tsx'),
    'PortalProjectPage',
  ),
});
/** A published map; ?v= a superseded version, ?from=&to= the redline between two versions. */
const portalMapRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/maps/$mapId',
  component: page(() => import('../features/portal/portal-map-page.tsx'), 'PortalMapPage'),
  validateSearch: validatePortalMapSearch,
});

/** A published map's progress (monitoring from the submitted reports), without login. */
const portalProgressRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/maps/$mapId/progress',
  component: page(() => import('../features/monitoring/portal-progress-page.tsx'), 'PortalProgressPage'),
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

export const router = createRouter({
  routeTree,
  defaultPendingComponent: RoutePending,
  // The spinner appears at once and goes as soon as the page is ready: no minimum display time.
  defaultPendingMs: 0,
  defaultPendingMinMs: 0,
});

const EDITOR_PATH = /^\/maps\/([^/]+)\/v\/([^/]+)(?:\/[^/]+)?\/?$/;

/**
 * The session check, and the editor's data on an editor URL, start before the router loads the
 * page. Not in route loaders: with them (even not awaited) the first render, header included, came
 * only once every prefetched request had answered (measured on the grid bench), not at /auth/me.
 */
function prefetchFor(pathname: string) {
  void queryClient.prefetchQuery(meQuery);
  const editor = EDITOR_PATH.exec(pathname);
  if (editor) prefetchEditor(decodeURIComponent(editor[1]), editor[2]);
}
prefetchFor(router.state.location.pathname);
router.subscribe('onBeforeLoad', (e) => {
  if (e.pathChanged) prefetchFor(e.toLocation.pathname);
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
