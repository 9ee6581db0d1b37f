import type { Calibration } from "@paypath/core";
import { useId, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { formatPercent } from "../../lib/format";
import { StatusBadge } from "./roster-table";

const shown = 25;

/** The people out of band, farthest from their band first, with how far and their compa-ratio. */
export function OutlierList({ calibration }: { calibration: Calibration }): ReactElement {
  const id = useId();
  const people = new Map(calibration.people.map((p) => [p.employeeId, p]));
  const outliers = calibration.summary.outliers;
  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`} data-testid="outliers">
      <h2 id={`${id}-heading`} className={ui.h2}>
        Out of band ({outliers.length})
      </h2>
      {outliers.length === 0 ? (
        <p className={`${ui.muted} mt-1`}>Everyone is inside their band.</p>
      ) : (
        <>
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {outliers.slice(0, shown).map((o) => (
              <li key={o.employeeId} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                <span className="min-w-0 font-medium break-words">{people.get(o.employeeId)?.name ?? o.employeeId}</span>
                <span className="flex items-center gap-2 tabular-nums">
                  <StatusBadge status={o.status} />
                  <span title="Distance from the nearest band edge">
                    {formatPercent(o.distance)} {o.status === "below" ? "under min" : "over max"}
                  </span>
                  <span className="text-slate-500">CR {o.compaRatio.toFixed(2)}</span>
                </span>
              </li>
            ))}
          </ul>
          {outliers.length > shown && <p className={`${ui.muted} mt-1`}>And {outliers.length - shown} more: filter the roster by status to see them all.</p>}
        </>
      )}
      <p className={`${ui.muted} mt-2`}>
        Bringing everyone below band to their minimum costs <span className="font-medium tabular-nums">{Math.round(calibration.summary.costToMinimum).toLocaleString("en-US")}</span>{" "}
        {calibration.currency}.
      </p>
    </section>
  );
}
