import type { Catalog } from "@paypath/core";
import { skipToken, useQuery } from "@tanstack/react-query";
import { useId, useState, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { formatMoney, formatSignedMoney } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { statusLabels } from "./roster-rows";

/** What another catalog version would change for the team: midpoints and who changes status. */
export function CatalogImpact(props: { teamId: string; publishedId: number; catalog: Catalog }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const [versionId, setVersionId] = useState<number | null>(null);
  const versions = useQuery(trpc.catalog.versions.queryOptions());
  const impact = useQuery(
    trpc.teams.calibration.queryOptions(versionId === null ? skipToken : { teamId: props.teamId, compareCatalogVersionId: versionId }),
  );
  const others = (versions.data ?? []).filter((v) => v.id !== props.publishedId && v.status !== "draft");
  const result = impact.data?.impact;
  const names = new Map(impact.data?.calibration.people.map((p) => [p.employeeId, p.name]));
  const currency = props.catalog.baseCurrency;

  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        Impact of a catalog version
      </h2>
      <p className={ui.muted}>What the team's bands would look like priced on another version of the factor catalog.</p>
      <div className="mt-2">
        <label htmlFor={`${id}-version`} className={ui.label}>
          Compare with
        </label>
        <select
          id={`${id}-version`}
          className={ui.input}
          value={versionId ?? ""}
          onChange={(e) => setVersionId(e.target.value ? Number(e.target.value) : null)}
          disabled={others.length === 0}
        >
          <option value="">{others.length === 0 ? "No other version yet" : "Choose a version"}</option>
          {others.map((v) => (
            <option key={v.id} value={v.id}>
              {v.version} ({v.status})
            </option>
          ))}
        </select>
      </div>
      {impact.isFetching && <p className={`${ui.muted} mt-2`}>Comparing…</p>}
      {impact.isError && (
        <p className={ui.error} role="alert">
          {messageOf(impact.error)}
        </p>
      )}
      {result && !impact.isFetching && (
        <div className="mt-3 space-y-2 text-sm">
          <p>
            From {result.catalogVersions.from} to {result.catalogVersions.to}:{" "}
            {result.averageMidpointChange
              ? `midpoints move ${formatSignedMoney(result.averageMidpointChange.amount, currency)} (${result.averageMidpointChange.percent.toFixed(1)} %) on average`
              : "no one can be priced on both"}
            ; {result.changedStatusCount} {result.changedStatusCount === 1 ? "person changes" : "people change"} status.
          </p>
          {result.statusChanges.length > 0 && (
            <ul className="list-disc pl-5">
              {result.statusChanges.map((c) => (
                <li key={`${c.from}-${c.to}`}>
                  {statusLabels[c.from]} → {statusLabels[c.to]}: {c.count}
                </li>
              ))}
            </ul>
          )}
          {result.largestMidpointChange && (
            <p>
              Largest change: {names.get(result.largestMidpointChange.employeeId) ?? result.largestMidpointChange.employeeId},{" "}
              {formatSignedMoney(result.largestMidpointChange.amount, currency)} ({result.largestMidpointChange.percent.toFixed(1)} %) on a midpoint of{" "}
              {formatMoney(result.people.find((p) => p.employeeId === result.largestMidpointChange?.employeeId)?.from?.base.mid ?? 0, currency)}.
            </p>
          )}
          {result.unpriced.length > 0 && <p className="text-amber-800">{result.unpriced.length} people cannot be priced on one of the versions.</p>}
        </div>
      )}
    </section>
  );
}
