import type { AppRouter } from "@paypath/api";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import type { ReactElement } from "react";
import { ScrollTable } from "../../components/table";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { useCatalogRefresh } from "./draft-editor";
import type { VersionTab } from "./version-workspace";

/** A row of `catalog.versions`. */
export type VersionRow = inferRouterOutputs<AppRouter>["catalog"]["versions"][number];

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });
const statusClass = { draft: "bg-amber-100 text-amber-900", published: "bg-emerald-100 text-emerald-900", archived: "bg-slate-100 text-slate-700" } as const;

/** Every catalog version with its status, author, note and date; open one, or start a draft from it. */
export function VersionList(props: { versions: readonly VersionRow[]; selectedId: number | null; onSelect: (id: number, tab: VersionTab) => void }): ReactElement {
  const trpc = useTRPC();
  const refresh = useCatalogRefresh();
  const create = useMutation(
    trpc.catalog.createDraft.mutationOptions({
      onSuccess: async (draft) => {
        await refresh();
        props.onSelect(draft.id, "edit");
      },
    }),
  );
  return (
    <section className={ui.card} aria-labelledby="versions-heading">
      <h2 id="versions-heading" className={ui.h2}>
        Versions
      </h2>
      {create.isError && (
        <p className={ui.error} role="alert">
          {messageOf(create.error)}
        </p>
      )}
      <ScrollTable label="Catalog versions" columns={["Version", "Status", "Author", "Note", "Date", <span className="sr-only">Actions</span>]} className="mt-2">
        {props.versions.map((v) => (
          <tr key={v.id} className={`border-b border-slate-100 ${v.id === props.selectedId ? "bg-indigo-50" : ""}`}>
            <th scope="row" className={`${ui.td} text-left font-medium whitespace-nowrap`}>
              {v.version}
            </th>
            <td className={ui.td}>
              <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${statusClass[v.status]}`}>{v.status}</span>
              {v.status === "draft" && v.approvedByName && <span className="block text-xs text-slate-600">approved</span>}
            </td>
            <td className={ui.td}>{v.authorName ?? "—"}</td>
            <td className={`${ui.td} max-w-[16rem] break-words`}>{v.note ?? ""}</td>
            <td className={`${ui.td} whitespace-nowrap`}>
              <time dateTime={v.publishedAt ?? v.createdAt}>{dateFormat.format(new Date(v.publishedAt ?? v.createdAt))}</time>
            </td>
            <td className={`${ui.td} whitespace-nowrap`}>
              <div className="flex gap-1">
                <button
                  type="button"
                  className={ui.buttonSecondary}
                  aria-label={`Open ${v.version}`}
                  aria-pressed={v.id === props.selectedId}
                  onClick={() => props.onSelect(v.id, v.status === "draft" ? "edit" : "changes")}
                >
                  Open
                </button>
                <button
                  type="button"
                  className={ui.buttonSecondary}
                  aria-label={`New draft from ${v.version}`}
                  disabled={create.isPending}
                  onClick={() => create.mutate({ fromId: v.id })}
                >
                  New draft
                </button>
              </div>
            </td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
}
