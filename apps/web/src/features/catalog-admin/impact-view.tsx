import { useQuery } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { formatMoney, formatPercent, formatSignedMoney } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";

/**
 * How publishing a version would move estimates: the standard sample profiles' total pay before
 * and after, and per team how many people change band status and how band midpoints move.
 */
export function ImpactView(props: { id: number; currency: string }): ReactElement {
  const trpc = useTRPC();
  const impact = useQuery(trpc.catalog.impact.queryOptions({ id: props.id }));
  const cur = props.currency;

  if (impact.isPending) return <p className={ui.muted}>Pricing the sample profiles and rosters…</p>;
  if (impact.isError) {
    return (
      <p className={ui.error} role="alert">
        {messageOf(impact.error)}
      </p>
    );
  }
  const { samples, teams, totals, from, to } = impact.data;
  const signed = (n: number | null): string => (n === null ? "—" : Math.round(n) === 0 ? formatMoney(0, cur) : formatSignedMoney(n, cur));
  return (
    <div className="space-y-4" data-testid="impact-view">
      <p className={ui.muted}>
        Saved content of {to.version} against the published {from.version}. {samples.changed} of {samples.profiles.length} sample profiles move; the largest change is{" "}
        <strong data-testid="impact-largest">{signed(samples.largestChange)}</strong>, the average {signed(samples.averageChange)}.
      </p>
      <div className="relative overflow-x-auto rounded border border-slate-200">
        <table className="min-w-full text-sm" aria-label="Sample profiles">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={ui.th}>Profile</th>
              <th scope="col" className={`${ui.th} text-right`}>Total p50 now</th>
              <th scope="col" className={`${ui.th} text-right`}>After</th>
              <th scope="col" className={`${ui.th} text-right`}>Change</th>
            </tr>
          </thead>
          <tbody>
            {samples.profiles.map((p) => (
              <tr key={p.id} className="border-t border-slate-100" data-testid={`impact-${p.id}`}>
                <th scope="row" className={`${ui.td} text-left font-normal`}>
                  {p.label}
                  {p.error && <span className="block text-xs text-red-700">{p.error}</span>}
                </th>
                <td className={`${ui.td} text-right tabular-nums whitespace-nowrap`}>{p.before === null ? "—" : formatMoney(p.before, cur)}</td>
                <td className={`${ui.td} text-right tabular-nums whitespace-nowrap`}>{p.after === null ? "—" : formatMoney(p.after, cur)}</td>
                <td
                  className={`${ui.td} text-right tabular-nums whitespace-nowrap ${p.change !== null && p.change > 0.5 ? "text-emerald-700" : p.change !== null && p.change < -0.5 ? "text-red-700" : ""}`}
                >
                  {signed(p.change)}
                  {p.ratio !== null && Math.abs(p.ratio) >= 0.0005 && <span className="block text-xs">{formatPercent(p.ratio)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-label="Team rosters">
        <h3 className="font-semibold">Team rosters</h3>
        {teams.length === 0 ? (
          <p className={ui.muted}>No team has a roster yet.</p>
        ) : (
          <>
            <p className={ui.muted}>
              {totals.changedStatusCount} of {totals.people} people in {totals.teams} team{totals.teams === 1 ? "" : "s"} change band status (below, in, above).
            </p>
            <div className="relative mt-2 overflow-x-auto rounded border border-slate-200">
              <table className="min-w-full text-sm" aria-label="Band impact per team">
                <thead className="bg-slate-50">
                  <tr>
                    <th scope="col" className={ui.th}>Team</th>
                    <th scope="col" className={`${ui.th} text-right`}>People</th>
                    <th scope="col" className={`${ui.th} text-right`}>Status changes</th>
                    <th scope="col" className={`${ui.th} text-right`}>Average midpoint change</th>
                    <th scope="col" className={`${ui.th} text-right`}>Largest</th>
                  </tr>
                </thead>
                <tbody>
                  {teams.map((t) => (
                    <tr key={t.teamId} className="border-t border-slate-100">
                      <th scope="row" className={`${ui.td} text-left font-medium`}>
                        {t.name}
                        {t.unpriced > 0 && <span className="block text-xs text-red-700">{t.unpriced} cannot be priced</span>}
                      </th>
                      <td className={`${ui.td} text-right tabular-nums`}>{t.people}</td>
                      <td className={`${ui.td} text-right tabular-nums`}>
                        {t.changedStatusCount}
                        {t.statusChanges.length > 0 && (
                          <span className="block text-xs text-slate-600">{t.statusChanges.map((s) => `${s.from}→${s.to} ${s.count}`).join(", ")}</span>
                        )}
                      </td>
                      <td className={`${ui.td} text-right tabular-nums whitespace-nowrap`}>
                        {t.averageMidpointChange ? `${signed(t.averageMidpointChange.amount)} (${t.averageMidpointChange.percent.toFixed(1)} %)` : "—"}
                      </td>
                      <td className={`${ui.td} text-right tabular-nums whitespace-nowrap`}>
                        {t.largestMidpointChange ? `${signed(t.largestMidpointChange.amount)} (${t.largestMidpointChange.percent.toFixed(1)} %)` : "—"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
