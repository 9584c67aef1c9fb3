import { Spin } from 'antd';
import { Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { RequireAuth } from './auth/RequireAuth';
import { useCurrentUser } from './auth/CurrentUserProvider';
import BasicLayout from './layouts/BasicLayout';
import { Forbidden, NotFound } from './pages/Exception';
import LoginPage from './pages/Login';
import { canAccess, HOME_PATH, routes, type AppRoute } from './routes';

function PageFallback() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
    </div>
  );
}

/** Opens a page of the route table only for the roles in its `access`. */
function GuardedPage({ route }: { route: AppRoute }) {
  const { user } = useCurrentUser();
  if (!user || !canAccess(route, user.roles)) return <Forbidden />;
  const Page = route.component;
  return (
    <Suspense fallback={<PageFallback />}>
      <Page />
    </Suspense>
  );
}

export const routeObjects: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <BasicLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to={HOME_PATH} replace /> },
      ...routes.map((route) => ({ path: route.path.slice(1), element: <GuardedPage route={route} /> })),
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** The console lives under Vite's base (/console/). */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

export function createAppRouter() {
  return createBrowserRouter(routeObjects, { basename: BASENAME });
}
