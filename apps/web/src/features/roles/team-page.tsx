import type { ReactElement } from "react";
import { ui } from "../../components/ui";
import { RoleGate } from "./role-gate";

/** Managers' page: pay bands of their team (features come later). */
export function TeamPage(): ReactElement {
  return (
    <RoleGate page="team" roleName="manager">
      <div className={ui.card}>
        <h1 className={ui.h1}>Team pay bands</h1>
        <p className={`${ui.muted} mt-2`}>Your team's salaries against fair, market-based bands will appear here.</p>
      </div>
    </RoleGate>
  );
}
