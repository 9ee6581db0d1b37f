import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent } from "@tanstack/react-router";
import { Layout, NotFound } from "./components/layout";
import { SignInPage } from "./features/auth/sign-in-page";
import { SignUpPage } from "./features/auth/sign-up-page";
import { EstimatePage } from "./features/estimate/estimate-page";
import { HistoryPage } from "./features/estimate/history-list";

interface RouterContext {
  readonly queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Layout,
  notFoundComponent: NotFound,
});

const estimateRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: EstimatePage });
const signInRoute = createRoute({ getParentRoute: () => rootRoute, path: "/sign-in", component: SignInPage });
const signUpRoute = createRoute({ getParentRoute: () => rootRoute, path: "/sign-up", component: SignUpPage });
const modelRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/model",
  component: lazyRouteComponent(() => import("./features/model/model-page"), "ModelPage"),
});
const plannerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/planner",
  component: lazyRouteComponent(() => import("./features/planner/planner-page"), "PlannerPage"),
});
const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/planner/compare",
  validateSearch: (search: Record<string, unknown>): { hours: number; monthsInLevel: number } => {
    const whole = (v: unknown, min: number, max: number, fallback: number): number => {
      const n = Number(v);
      return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
    };
    return { hours: whole(search.hours, 2, 40, 10), monthsInLevel: whole(search.monthsInLevel, 0, 600, 0) };
  },
  component: lazyRouteComponent(() => import("./features/planner/compare-route"), "CompareRoute"),
});
const offersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/offers",
  component: lazyRouteComponent(() => import("./features/offers/offers-page"), "OffersPage"),
});
const teamRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/team",
  component: lazyRouteComponent(() => import("./features/team/team-page"), "TeamPage"),
});
// The estimate screen already loads the history list, so its page comes in the same chunk.
const historyRoute = createRoute({ getParentRoute: () => rootRoute, path: "/history", component: HistoryPage });
const transparencyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/team/transparency",
  component: lazyRouteComponent(() => import("./features/transparency/transparency-page"), "TransparencyPage"),
});
const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin",
  component: lazyRouteComponent(() => import("./features/catalog-admin/catalog-admin-page"), "CatalogAdminPage"),
});

const refitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin/refit",
  component: lazyRouteComponent(() => import("./features/refit/refit-page"), "RefitPage"),
});

const routeTree = rootRoute.addChildren([estimateRoute, signInRoute, signUpRoute, plannerRoute, compareRoute, offersRoute, modelRoute, historyRoute, teamRoute, transparencyRoute, adminRoute, refitRoute]);

/**
 * The app's router over the code-based route tree.
 *
 * @example
 * const router = createAppRouter(queryClient);
 */
export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: "intent", scrollRestoration: true });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
