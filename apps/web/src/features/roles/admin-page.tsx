import type { ReactElement } from "react";
import { ui } from "../../components/ui";
import { RoleGate } from "./role-gate";

/** Admins' page: the factor catalog (editing comes later). */
export function AdminPage(): ReactElement {
  return (
    <RoleGate page="admin" roleName="admin">
      <div className={ui.card}>
        <h1 className={ui.h1}>Factor catalog</h1>
        <p className={`${ui.muted} mt-2`}>Drafts, edits and published versions of the catalog will appear here.</p>
      </div>
    </RoleGate>
  );
}
