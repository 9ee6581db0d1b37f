import type { ReportCategory, TransparencyReport } from "@paypath/core";
import type { ReactElement, ReactNode } from "react";
import { ColumnHeaders } from "../../components/table";
import { ui } from "../../components/ui";
import { formatMoney, formatPercent, formatPercentValue } from "../../lib/format";

/** Names of the report's roles, levels and zones, by id. */
export interface ReportNames {
  readonly roles: Readonly<Record<string, string>>;
  readonly levels: Readonly<Record<string, string>>;
  readonly zones: Readonly<Record<string, string>>;
}

const gap = (n: number | null | undefined): string => (n === null || n === undefined ? "—" : `${n > 0 ? "+" : ""}${formatPercentValue(n)}`);
const suppressedText = (min: number): string => `Suppressed (fewer than ${min})`;

function categoryName(c: ReportCategory, names: ReportNames): string {
  return `${names.roles[c.roleId] ?? c.roleId}, ${names.levels[c.levelId] ?? c.levelId} — ${names.zones[c.zoneId] ?? c.zoneId}`;
}

/** One part of the report: its heading, what it shows, and its table. */
function Section({ title, note, children }: { title: string; note: ReactNode; children: ReactNode }): ReactElement {
  return (
    <div>
      <h3 className="font-semibold text-slate-900">{title}</h3>
      <p className={ui.muted}>{note}</p>
      {children}
    </div>
  );
}

/** Figures in a row, one cell each, aligned digit by digit. */
function FigureCells({ figures }: { figures: readonly ReactNode[] }): ReactElement {
  return (
    <>
      {figures.map((f, i) => (
        <td key={i} className={`${ui.td} tabular-nums`}>
          {f}
        </td>
      ))}
    </>
  );
}

/** A row of a group too small to show: one muted cell across the figures. */
function SuppressedCell({ span, min }: { span: number; min: number }): ReactElement {
  return (
    <td className={`${ui.td} text-slate-500`} colSpan={span}>
      {suppressedText(min)}
    </td>
  );
}

/** The report's tables: the gap by group, the pay quartiles, average pay per category, and the categories needing a joint assessment. */
export function ReportTables({ report, names, currency }: { report: TransparencyReport; names: ReportNames; currency: string }): ReactElement {
  return (
    <div className="space-y-4">
      <Section
        title="Gender pay gap"
        note={`Against the largest group (${report.referenceGroup}); positive means paid less. Base is the salary; total adds bonus and yearly equity.`}
      >
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-sm whitespace-nowrap" data-testid="gap-table">
            <thead>
              <tr>
                <ColumnHeaders columns={["Group", "People", "Mean gap, base", "Median gap, base", "Mean gap, total", "Median gap, total", "Receiving bonus", "Receiving equity"]} />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {report.groups.map((g) => (
                <tr key={g.group}>
                  <th scope="row" className={`${ui.td} text-left font-medium`}>
                    {g.group}
                  </th>
                  {g.isSuppressed ? (
                    <SuppressedCell span={7} min={report.minGroupSize} />
                  ) : (
                    <FigureCells
                      figures={[g.count, gap(g.gap.mean.base), gap(g.gap.median.base), gap(g.gap.mean.total), gap(g.gap.median.total), formatPercent(g.bonusShare), formatPercent(g.equityShare)]}
                    />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section title="Pay quartiles" note="People sorted by total pay and cut into four equal parts: each group's share, and its gap where both groups have 3 or more people.">
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-sm whitespace-nowrap" data-testid="quartile-table">
            <thead>
              <tr>
                <ColumnHeaders columns={["Quartile", "People", ...report.groups.filter((g) => !g.isSuppressed).map((g) => `${g.group}: share (gap)`)]} />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {report.quartiles.map((q) => (
                <tr key={q.quartile}>
                  <th scope="row" className={`${ui.td} text-left font-medium`}>
                    {["Lowest", "Lower middle", "Upper middle", "Highest"][q.quartile - 1]}
                  </th>
                  <FigureCells figures={[q.count, ...q.groups.map((g) => `${formatPercent(g.share)} (${gap(g.meanTotalGap)})`)]} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section title="Average pay by category of the same work" note="What an employee may ask for: mean base and total pay by gender for each role, level and zone.">
        <div className="mt-2 max-h-96 overflow-auto">
          <table className="w-full text-sm whitespace-nowrap" data-testid="category-table">
            <thead>
              <tr>
                <ColumnHeaders columns={["Category", "Group", "People", "Mean base", "Mean total", "Gap, base"]} />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {report.categories.flatMap((c) =>
                c.groups.map((g, i) => (
                  <tr key={`${c.roleId}|${c.levelId}|${c.zoneId}|${g.group}`}>
                    <th scope="row" className={`${ui.td} text-left font-medium`}>
                      {i === 0 ? categoryName(c, names) : ""}
                    </th>
                    <td className={ui.td}>{g.group}</td>
                    {g.isSuppressed ? (
                      <SuppressedCell span={4} min={report.minGroupSize} />
                    ) : (
                      <FigureCells figures={[g.count, formatMoney(g.meanBase, currency), formatMoney(g.meanTotal, currency), gap(g.gap?.base)]} />
                    )}
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </Section>

      <div>
        <h3 className="font-semibold text-slate-900">Joint pay assessment</h3>
        {report.assessment.length === 0 ? (
          <p className={ui.muted} data-testid="assessment">
            No category has a gap of {report.threshold} % or more.
          </p>
        ) : (
          <>
            <p className={ui.muted}>
              A gap of {report.threshold} % or more in these categories needs a joint pay assessment unless objective, gender-neutral criteria justify it.
            </p>
            <ul className="mt-1 list-disc pl-5 text-sm" data-testid="assessment">
              {report.assessment.map((c) => (
                <li key={`${c.roleId}|${c.levelId}|${c.zoneId}`}>
                  {categoryName(c, names)}
                  {c.hasSuppressed && " (some figures suppressed: fewer than 3 people of a gender)"}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
