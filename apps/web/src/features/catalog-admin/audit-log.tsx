import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState, type ReactElement } from "react";
import { ScrollTable } from "../../components/table";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { readableChange } from "./audit-change";

/** The actions the audit log records for the catalog, as filters. */
const actions = [
  ["catalog.create-draft", "Draft created"],
  ["catalog.update-draft", "Draft edited"],
  ["catalog.approve", "Approved"],
  ["catalog.clear-approval", "Approval cleared"],
  ["catalog.publish", "Published"],
  ["catalog.archive", "Archived"],
  ["catalog.rollback", "Rolled back"],
  ["catalog.rebase", "Brought up to date"],
  ["catalog.import", "Imported"],
  ["catalog.set-four-eyes", "Four-eyes rule"],
] as const;
type Action = (typeof actions)[number][0];
const actionLabel = new Map<string, string>(actions);

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "medium" });
const pageSize = 50;

/** The catalog's audit log, newest first, filtered by version, admin, entity and action. */
export function AuditLog(props: { versions: readonly { id: number; version: string }[] }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const [versionId, setVersionId] = useState("");
  const [actorId, setActorId] = useState("");
  const [action, setAction] = useState("");
  const [path, setPath] = useState("");
  const [limit, setLimit] = useState(pageSize);
  const deferredPath = useDeferredValue(path.trim());
  const admins = useQuery(trpc.users.list.queryOptions({ role: "admin", limit: 500 }));
  const input = {
    limit,
    ...(versionId ? { versionId: Number(versionId) } : {}),
    ...(actorId ? { actorId } : {}),
    ...(action ? { action: action as Action } : {}),
    ...(deferredPath ? { path: deferredPath } : {}),
  };
  const entries = useQuery(trpc.catalog.audit.queryOptions(input, { placeholderData: (previous) => previous }));
  const versionLabel = new Map(props.versions.map((v) => [v.id, v.version]));
  const adminNames = new Map((admins.data ?? []).map((u) => [u.id, u.name]));

  const filter = (key: string, label: string, control: ReactElement): ReactElement => (
    <div className="min-w-0">
      <label htmlFor={`${id}-${key}`} className={ui.label}>
        {label}
      </label>
      {control}
    </div>
  );

  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`} data-testid="audit-log">
      <h2 id={`${id}-heading`} className={ui.h2}>
        Audit log
      </h2>
      <p className={ui.muted}>Every change to the catalog: who, when, which version and field, before and after. It cannot be edited.</p>
      <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-4">
        {filter(
          "version",
          "Version",
          <select id={`${id}-version`} className={ui.input} value={versionId} onChange={(e) => setVersionId(e.target.value)}>
            <option value="">All versions</option>
            {props.versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.version}
              </option>
            ))}
          </select>,
        )}
        {filter(
          "actor",
          "Admin",
          <select id={`${id}-actor`} className={ui.input} value={actorId} onChange={(e) => setActorId(e.target.value)}>
            <option value="">Everyone</option>
            {(admins.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>,
        )}
        {filter(
          "path",
          "Entity or field",
          <input id={`${id}-path`} className={ui.input} value={path} placeholder="e.g. skills.ai-security" onChange={(e) => setPath(e.target.value)} />,
        )}
        {filter(
          "action",
          "Action",
          <select id={`${id}-action`} className={ui.input} value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">All actions</option>
            {actions.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>,
        )}
      </div>
      {entries.isError && (
        <p className={ui.error} role="alert">
          {messageOf(entries.error)}
        </p>
      )}
      {entries.data?.length === 0 && <p className={`${ui.muted} mt-2`}>No entries match.</p>}
      {entries.data && entries.data.length > 0 && (
        <ScrollTable label="Audit entries" columns={["When", "Who", "Action", "Version", "Field", "Before", "After", "Note"]} className="mt-2">
          {entries.data.map((e) => {
            const change = readableChange(e, adminNames);
            return (
            <tr key={e.id} className="border-b border-slate-100">
              <td className={`${ui.td} whitespace-nowrap`}>
                <time dateTime={e.createdAt}>{dateFormat.format(new Date(e.createdAt))}</time>
              </td>
              <td className={ui.td}>{e.actorName ?? "—"}</td>
              <td className={`${ui.td} whitespace-nowrap`}>{actionLabel.get(e.action) ?? e.action}</td>
              <td className={ui.td}>{e.versionId === null ? "—" : (versionLabel.get(e.versionId) ?? e.versionId)}</td>
              <td className={`${ui.td} break-all`}>{e.field ?? ""}</td>
              <td className={`${ui.td} max-w-[14rem] break-words`}>{change.before}</td>
              <td className={`${ui.td} max-w-[14rem] break-words`}>{change.after}</td>
              <td className={`${ui.td} max-w-[14rem] break-words`}>{e.note ?? ""}</td>
            </tr>
            );
          })}
        </ScrollTable>
      )}
      {entries.data && entries.data.length >= limit && limit < 200 && (
        <button type="button" className={`${ui.buttonSecondary} mt-2`} onClick={() => setLimit(Math.min(200, limit + pageSize))}>
          Show more
        </button>
      )}
    </section>
  );
}
