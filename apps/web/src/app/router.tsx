import { createBrowserRouter } from 'react-router-dom';
import { AppLayout } from './layout';
import { RequireSession } from '../features/auth/require-session';
import { PublicLayout } from './public-layout';
import { RouteError } from './route-error';
import { RouteLoading } from './route-loading';

/** Every screen is its own chunk, so the overview loads only what it needs. */
export const router = createBrowserRouter([
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    hydrateFallbackElement: <RouteLoading />,
    children: [
      {
        index: true,
        lazy: () =>
          import('../features/overview/overview-page').then((m) => ({ Component: m.OverviewPage })),
      },
      {
        path: 'incidents',
        lazy: () =>
          import('../features/incidents/incidents-page').then((m) => ({
            Component: m.IncidentsPage,
          })),
      },
      {
        path: 'incidents/:ref',
        lazy: () =>
          import('../features/incidents/incident-page').then((m) => ({
            Component: m.IncidentPage,
          })),
      },
      {
        path: 'incidents/:ref/review',
        lazy: () =>
          import('../features/reviews/review-page').then((m) => ({ Component: m.ReviewPage })),
      },
      {
        path: 'exercises',
        lazy: () =>
          import('../features/exercises/exercises-page').then((m) => ({
            Component: m.ExercisesPage,
          })),
      },
      {
        path: 'exercises/:id',
        lazy: () =>
          import('../features/exercises/exercises-page').then((m) => ({
            Component: m.ExercisePage,
          })),
      },
      {
        path: 'backlogs',
        lazy: () =>
          import('../features/backlogs/backlogs-page').then((m) => ({
            Component: m.BacklogsPage,
          })),
      },
      {
        path: 'services',
        lazy: () =>
          import('../features/services/services-page').then((m) => ({
            Component: m.ServicesPage,
          })),
      },
      {
        path: 'services/:key/plans/print',
        lazy: () =>
          import('../features/continuity-plans/plans-print-page').then((m) => ({
            Component: m.PlansPrintPage,
          })),
      },
      {
        path: 'outbox',
        lazy: () =>
          import('../features/delivery/outbox-page').then((m) => ({ Component: m.OutboxPage })),
      },
      {
        path: 'settings',
        lazy: () =>
          import('../features/settings/settings-page').then((m) => ({
            Component: m.SettingsPage,
          })),
      },
    ],
  },
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <RouteLoading />,
    children: [
      {
        path: 'status',
        lazy: () =>
          import('../features/status/status-page').then((m) => ({ Component: m.StatusPage })),
      },
      {
        path: 'login',
        lazy: () => import('../features/auth/login-page').then((m) => ({ Component: m.LoginPage })),
      },
    ],
  },
]);
