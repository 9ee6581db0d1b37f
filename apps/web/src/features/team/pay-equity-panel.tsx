import type { PayEquityReport } from "@paypath/core";
import { useId, type ReactElement } from "react";
import { ColumnHeaders } from "../../components/table";
import { ui } from "../../components/ui";
import { formatMoney, formatPercentValue } from "../../lib/format";

const gap = (n: number | undefined): string => (n === undefined ? "—" : `${n > 0 ? "+" : ""}${formatPercentValue(n)}`);

/** Pay gaps by gender against the largest group: unadjusted and within the same role, level and zone. */
export function PayEquityPanel({ report, currency }: { report: PayEquityReport | null; currency: string }): ReactElement {
  const id = useId();
  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        Pay equity by gender
      </h2>
      {!report ? (
        <p className={`${ui.muted} mt-1`}>The roster has no gender column filled in.</p>
      ) : (
        <>
          <p className={ui.muted}>
            Gaps in base pay against the largest group ({report.referenceGroup}); positive means paid less. Adjusted compares people of the same role,
            level and zone; {report.threshold} % or more is flagged.
          </p>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-sm whitespace-nowrap">
              <thead>
                <tr>
                  <ColumnHeaders columns={["Group", "People", "Mean base", "Gap (means)", "Gap (medians)", "Adjusted gap", ""]} />
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {report.groups.map((g) => (
                  <tr key={g.group}>
                    <th scope="row" className={`${ui.td} text-left font-medium`}>
                      {g.group}
                    </th>
                    <td className={`${ui.td} tabular-nums`}>{g.count}</td>
                    <td className={`${ui.td} tabular-nums`}>{formatMoney(g.meanBase, currency)}</td>
                    <td className={`${ui.td} tabular-nums`}>{gap(g.unadjusted.mean.base)}</td>
                    <td className={`${ui.td} tabular-nums`}>{gap(g.unadjusted.median.base)}</td>
                    <td className={`${ui.td} tabular-nums`}>{gap(g.adjusted?.base)}</td>
                    <td className={ui.td}>{g.isFlagged && <span className="rounded bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-800 ring-1 ring-red-200">Flagged</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className={`${ui.muted} mt-2`}>
            {report.flaggedCategories} of {report.categories.length} role, level and zone groups flagged
            {report.withoutGender > 0 && `; ${report.withoutGender} people without a gender left out`}.
          </p>
        </>
      )}
    </section>
  );
}
