import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useEffect, useState, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { RoleGate } from "../roles/role-gate";
import { AuditLog } from "./audit-log";
import { CatalogSettings } from "./catalog-settings";
import { ImportCatalog } from "./import-catalog";
import { VersionList } from "./version-list";
import { VersionWorkspace, type VersionTab } from "./version-workspace";

const selectionKey = "paypath.catalog-admin";

interface Selection {
  readonly id: number | null;
  readonly tab: VersionTab;
}

function loadSelection(): Selection {
  try {
    const raw = JSON.parse(sessionStorage.getItem(selectionKey) ?? "null") as Partial<Selection> | null;
    if (raw && (typeof raw.id === "number" || raw.id === null) && typeof raw.tab === "string") return { id: raw.id, tab: raw.tab };
  } catch {
    // nothing kept
  }
  return { id: null, tab: "edit" };
}

/** The admins' Catalog screen: versions, the draft editor, changes, impact, publishing and the audit log. */
export function CatalogAdminPage(): ReactElement {
  return (
    <RoleGate page="admin" roleName="admin">
      <CatalogAdmin />
    </RoleGate>
  );
}

function CatalogAdmin(): ReactElement {
  const trpc = useTRPC();
  const versions = useQuery(trpc.catalog.versions.queryOptions());
  const [selection, setSelection] = useState<Selection>(loadSelection);

  // The open version and tab survive leaving the screen and coming back in this tab.
  useEffect(() => {
    try {
      sessionStorage.setItem(selectionKey, JSON.stringify(selection));
    } catch {
      // storage disabled
    }
  }, [selection]);

  const select = (id: number, tab: VersionTab): void => setSelection({ id, tab });
  const list = versions.data ?? [];
  const open = selection.id !== null && list.some((v) => v.id === selection.id) ? selection.id : null;

  return (
    <div className="space-y-4">
      <header>
        <h1 className={ui.h1}>Factor catalog</h1>
        <p className={ui.muted}>Edit drafts, compare versions, preview the impact on estimates and teams, publish, and see who changed what.</p>
        <p className="mt-1 text-sm">
          <Link to="/admin/refit" className="text-indigo-700 underline">
            Refit from salary data and review contributed pay
          </Link>
        </p>
      </header>
      {versions.isPending && <p className={ui.muted}>Loading versions…</p>}
      {versions.isError && (
        <p className={ui.error} role="alert">
          {messageOf(versions.error)}
        </p>
      )}
      {versions.data && <VersionList versions={list} selectedId={open} onSelect={select} />}
      {open !== null && (
        <VersionWorkspace
          key={open}
          id={open}
          tab={selection.tab}
          onTab={(tab) => setSelection({ id: open, tab })}
          onSelect={select}
          versions={list}
        />
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <ImportCatalog onImported={(id) => select(id, "edit")} />
        <CatalogSettings />
      </div>
      <AuditLog versions={list} />
    </div>
  );
}
