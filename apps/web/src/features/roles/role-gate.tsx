import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactElement, ReactNode } from "react";
import { ui } from "../../components/ui";
import { canUse, sessionQuery } from "../../lib/auth";

/** Shows `children` to a user whose role may use `page`, a refusal to everyone else. */
export function RoleGate(props: { page: "team" | "admin"; roleName: string; children: ReactNode }): ReactElement {
  const { data: user, isPending } = useQuery(sessionQuery);
  if (isPending) return <p className={ui.muted}>Loading…</p>;
  if (!canUse(user?.role, props.page)) {
    return (
      <div className={ui.card} role="alert">
        <h1 className={ui.h1}>You need the {props.roleName} role</h1>
        <p className={`${ui.muted} mt-2`}>
          {user ? `You are signed in as a ${user.role}.` : "Sign in with an account that has it."}{" "}
          <Link to="/" className="text-indigo-700 underline">
            Back to the estimate
          </Link>
        </p>
      </div>
    );
  }
  return <>{props.children}</>;
}
