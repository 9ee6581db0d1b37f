import { useQuery } from "@tanstack/react-query";
import { useState, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { downloadFile } from "../../lib/download-file";
import { useTRPC, useTRPCClient } from "../../lib/trpc";
import { DiffView } from "./diff-view";
import { DraftEditor } from "./draft-editor";
import { ImpactView } from "./impact-view";
import { PublishPanel, RollbackPanel } from "./publish-panel";

/** The tabs of a version. */
export type VersionTab = "edit" | "changes" | "impact" | "publish" | "rollback";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

/** Downloads of a version: the whole catalog as JSON, or one CSV per table in a zip. */
function ExportButtons(props: { id: number }): ReactElement {
  const client = useTRPCClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(kind: "json" | "csv"): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const exported = await client.catalog.exportJson.query({ id: props.id });
      if (kind === "json") downloadFile(exported.fileName, JSON.stringify(exported.document, null, 2), "application/json");
      else {
        const { catalogCsvZip } = await import("./catalog-files");
        downloadFile(exported.fileName.replace(/\.json$/, "-csv.zip"), catalogCsvZip(exported.document) as Uint8Array<ArrayBuffer>, "application/zip");
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={ui.buttonSecondary} disabled={busy} onClick={() => void run("json")}>
        Export JSON
      </button>
      <button type="button" className={ui.buttonSecondary} disabled={busy} onClick={() => void run("csv")}>
        Export CSV tables (zip)
      </button>
      {error && (
        <p className={ui.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * One version opened: its summary, and tabs for editing (drafts), its changes, the impact of
 * publishing it, publishing (drafts) or rolling back to it (archived), with its exports.
 */
export function VersionWorkspace(props: {
  id: number;
  tab: VersionTab;
  onTab: (tab: VersionTab) => void;
  onSelect: (id: number, tab: VersionTab) => void;
  versions: readonly { id: number; version: string }[];
}): ReactElement {
  const trpc = useTRPC();
  const version = useQuery(trpc.catalog.get.queryOptions({ id: props.id }));
  if (version.isPending) return <p className={ui.muted}>Loading the version…</p>;
  if (version.isError) {
    return (
      <p className={ui.error} role="alert">
        {messageOf(version.error)}
      </p>
    );
  }
  const v = version.data;
  const tabs: { id: VersionTab; label: string }[] = [
    ...(v.status === "draft" ? [{ id: "edit" as const, label: "Edit" }] : []),
    { id: "changes", label: "Changes" },
    { id: "impact", label: "Impact" },
    ...(v.status === "draft" ? [{ id: "publish" as const, label: "Publish" }] : []),
    ...(v.status === "archived" ? [{ id: "rollback" as const, label: "Roll back" }] : []),
  ];
  const tab = tabs.some((t) => t.id === props.tab) ? props.tab : tabs[0]!.id;

  return (
    <section className={`${ui.card} min-w-0 space-y-3`} aria-labelledby="version-heading" data-testid="version-workspace">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id="version-heading" className={ui.h2}>
            Version <span data-testid="open-version">{v.version}</span> <span className="rounded bg-slate-100 px-1.5 text-sm font-medium">{v.status}</span>
          </h2>
          <p className={`${ui.muted} break-words`}>
            {v.authorName ? `By ${v.authorName}` : "Seeded"} · created {dateFormat.format(new Date(v.createdAt))}
            {v.publishedAt && ` · published ${dateFormat.format(new Date(v.publishedAt))}${v.publishedByName ? ` by ${v.publishedByName}` : ""}`}
            {v.status === "draft" && ` · revision ${v.revision}`}
            {v.approvedByName && ` · approved by ${v.approvedByName}`}
            {v.note && ` · ${v.note}`}
          </p>
        </div>
        <ExportButtons id={v.id} />
      </div>
      <div role="tablist" aria-label="Version views" className="flex flex-wrap gap-1 border-b border-slate-200">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={t.id === tab}
            className={`-mb-px border-b-2 px-3 py-1.5 text-sm font-medium ${t.id === tab ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            onClick={() => props.onTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tabs.find((t) => t.id === tab)!.label}>
        {tab === "edit" && v.status === "draft" && <DraftEditor key={v.id} draft={v} />}
        {tab === "changes" && <DiffView key={v.id} id={v.id} parentId={v.parentId} versions={props.versions} />}
        {tab === "impact" && <ImpactView id={v.id} currency={v.document.baseCurrency} />}
        {tab === "publish" && v.status === "draft" && <PublishPanel draft={v} onPublished={() => props.onTab("changes")} />}
        {tab === "rollback" && v.status === "archived" && <RollbackPanel id={v.id} version={v.version} onRolledBack={(id) => props.onSelect(id, "changes")} />}
      </div>
    </section>
  );
}
