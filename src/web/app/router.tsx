import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { ReferencePage } from '../features/admin/reference-page.tsx';
import { UsersPage } from '../features/admin/users-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { EditorPage } from '../features/editor/editor-page.tsx';
import { MapsPage } from '../features/maps/maps-page.tsx';
import { AppLayout } from './layout.tsx';

/** Every page of the app; paths are plain and bookmarkable. */
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

const routeTree = rootRoute.addChildren([
  loginRoute,
  mapsRoute,
  editorRoute,
  editorPageRoute,
  usersRoute,
  referenceRoute,
]);

export const router = createRouter({ routeTree });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
