import { useQuery } from "@tanstack/react-query";
import { useId, useState, type ReactElement } from "react";
import { ScrollTable } from "../../components/table";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { formatValue } from "./format-value";

const kindLabel = { added: "added", removed: "removed", changed: "changed" } as const;

/**
 * The changes of a version, entity by entity and field by field: against its parent, or against
 * any other version the admin picks.
 */
export function DiffView(props: { id: number; parentId: number | null; versions: readonly { id: number; version: string }[] }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const [fromId, setFromId] = useState<number | null>(props.parentId);
  const diff = useQuery({ ...trpc.catalog.diff.queryOptions({ toId: props.id, ...(fromId === null ? {} : { fromId }) }), enabled: fromId !== null });

  return (
    <div className="space-y-3" data-testid="diff-view">
      <div className="max-w-sm">
        <label htmlFor={`${id}-from`} className={ui.label}>
          Compare with
        </label>
        <select id={`${id}-from`} className={ui.input} value={fromId ?? ""} onChange={(e) => setFromId(e.target.value === "" ? null : Number(e.target.value))}>
          {props.parentId === null && <option value="">Choose a version…</option>}
          {props.versions
            .filter((v) => v.id !== props.id)
            .map((v) => (
              <option key={v.id} value={v.id}>
                {v.version}
                {v.id === props.parentId ? " (parent)" : ""}
              </option>
            ))}
        </select>
      </div>
      {fromId === null && <p className={ui.muted}>This version has no parent: choose a version to compare with.</p>}
      {diff.isPending && fromId !== null && <p className={ui.muted}>Comparing…</p>}
      {diff.isError && (
        <p className={ui.error} role="alert">
          {messageOf(diff.error)}
        </p>
      )}
      {diff.data && diff.data.changes.length === 0 && <p className={ui.muted}>No differences from {diff.data.from.version}.</p>}
      {diff.data && diff.data.changes.length > 0 && (
        <>
          <p className={ui.muted}>
            {diff.data.changes.length} difference{diff.data.changes.length === 1 ? "" : "s"} from {diff.data.from.version} to {diff.data.to.version}.
          </p>
          <ScrollTable label={`Changes from ${diff.data.from.version} to ${diff.data.to.version}`} columns={["Section", "Entry", "Field", "Before", "After"]} boxed>
            {diff.data.changes.map((c, i) => {
              const previous = diff.data.changes[i - 1];
              const sameEntity = previous?.section === c.section && previous.id === c.id;
              return (
                <tr key={`${c.section}-${c.id}-${c.field ?? c.kind}`} className={`border-t ${sameEntity ? "border-slate-50" : "border-slate-200"}`}>
                  <td className={ui.td}>{sameEntity ? "" : c.section}</td>
                  <td className={`${ui.td} font-medium`}>{sameEntity ? "" : c.id || "—"}</td>
                  <td className={ui.td}>{c.field ?? <span className="rounded bg-slate-100 px-1 text-xs">{kindLabel[c.kind]}</span>}</td>
                  <td className={`${ui.td} max-w-[16rem] break-words text-red-800`}>{formatValue(c.before)}</td>
                  <td className={`${ui.td} max-w-[16rem] break-words text-emerald-800`}>{formatValue(c.after)}</td>
                </tr>
              );
            })}
          </ScrollTable>
        </>
      )}
    </div>
  );
}
