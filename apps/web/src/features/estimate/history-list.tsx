import type { Catalog, Profile } from "@paypath/core";
import { useQuery } from "@tanstack/react-query";
import { useId, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { formatMoney } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

/** The caller's saved estimates, newest first (`valuation.history`), named by their profile. */
export function HistoryList(props: { catalog: Catalog; onLoad: (profile: Profile) => void }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const history = useQuery(trpc.valuation.history.queryOptions({ limit: 20 }));
  const profiles = useQuery(trpc.profiles.list.queryOptions({ limit: 200 }));
  const names = new Map((profiles.data ?? []).map((p) => [p.id, p.name]));
  const nameOf = (table: "roles" | "levels" | "locations", key: string): string =>
    props.catalog[table].find((e) => e.id === key)?.name ?? key;

  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        History
      </h2>
      {history.isPending && <p className={ui.muted}>Loading…</p>}
      {history.isError && (
        <p className={ui.error} role="alert">
          {messageOf(history.error)}
        </p>
      )}
      {history.data && history.data.length === 0 && <p className={`${ui.muted} mt-1`}>No saved estimates yet.</p>}
      {history.data && history.data.length > 0 && (
        <ul className="mt-2 divide-y divide-slate-100" data-testid="history">
          {history.data.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium break-words">{(row.profileId && names.get(row.profileId)) ?? "Unnamed estimate"}</p>
                <p className="text-slate-600 break-words">
                  {nameOf("levels", row.input.level)} {nameOf("roles", row.input.role)} · {nameOf("locations", row.input.location)} ·{" "}
                  <span className="tabular-nums">{formatMoney(row.result.total.p50, row.result.currency)}</span> · catalog {row.result.catalogVersion} ·{" "}
                  <time dateTime={row.createdAt}>{dateFormat.format(new Date(row.createdAt))}</time>
                </p>
              </div>
              <button type="button" className={ui.buttonSecondary} onClick={() => props.onLoad(row.input)}>
                Load
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
