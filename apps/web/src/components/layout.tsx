import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, Outlet, useNavigate } from "@tanstack/react-router";
import type { ReactElement } from "react";
import { canUse, sessionQuery, signOut } from "../lib/auth";
import { ui } from "./ui";

const linkClass = "rounded px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100";
const activeProps = { className: "bg-indigo-50 text-indigo-700" };

/** Page frame: header with the links the signed-in role may use, then the route's screen. */
export function Layout(): ReactElement {
  const { data: user } = useQuery(sessionQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function onSignOut(): Promise<void> {
    await signOut().catch(() => undefined);
    await navigate({ to: "/" });
    await queryClient.resetQueries();
  }

  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link to="/" className="text-lg font-bold text-indigo-700">
            PayPath
          </Link>
          <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
            <Link to="/" className={linkClass} activeProps={activeProps} activeOptions={{ exact: true }}>
              Estimate
            </Link>
            <Link to="/planner" className={linkClass} activeProps={activeProps}>
              Planner
            </Link>
            <Link to="/offers" className={linkClass} activeProps={activeProps}>
              Offers
            </Link>
            <Link to="/model" className={linkClass} activeProps={activeProps}>
              Model
            </Link>
            {user && (
              <Link to="/history" className={linkClass} activeProps={activeProps}>
                History
              </Link>
            )}
            {canUse(user?.role, "team") && (
              <Link to="/team" className={linkClass} activeProps={activeProps}>
                Team
              </Link>
            )}
            {canUse(user?.role, "admin") && (
              <Link to="/admin" className={linkClass} activeProps={activeProps}>
                Admin
              </Link>
            )}
            {user ? (
              <>
                <span className="px-2 text-sm text-slate-600" data-testid="signed-in-as">
                  {user.name} <span className="text-slate-500">({user.role})</span>
                </span>
                <button type="button" className={ui.buttonSecondary} onClick={() => void onSignOut()}>
                  Sign out
                </button>
              </>
            ) : (
              <>
                <Link to="/sign-in" className={linkClass} activeProps={activeProps}>
                  Sign in
                </Link>
                <Link to="/sign-up" className={linkClass} activeProps={activeProps}>
                  Sign up
                </Link>
              </>
            )}
          </nav>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">
        <Outlet />
      </main>
    </div>
  );
}

/** Shown for an unknown address. */
export function NotFound(): ReactElement {
  return (
    <div className={ui.card}>
      <h1 className={ui.h1}>Page not found</h1>
      <p className="mt-2">
        <Link to="/" className="text-indigo-700 underline">
          Back to the estimate
        </Link>
      </p>
    </div>
  );
}
