import type { ReactElement, ReactNode } from "react";
import { ui } from "../../components/ui";
import { formatPercent } from "../../lib/format";
import { notMeasured } from "./accuracy-text";
import { cleaningRows, evalCommand, reportPath, surveyColumns } from "./developer-facts";
import type { EvalView } from "./eval-report";

function Fact({ term, children }: { term: string; children: ReactNode }): ReactElement {
  return (
    <div className="sm:grid sm:grid-cols-[12rem_1fr] sm:gap-3">
      <dt className="font-medium text-slate-900">{term}</dt>
      <dd className="break-words text-slate-700">{children}</dd>
    </div>
  );
}

const missing = <em>{notMeasured}</em>;

/**
 * The evaluation's details for developers, behind a disclosure: what it read, how it cleaned and
 * split the rows, the counts, the targets, and the command that writes the report again.
 */
export function DeveloperDetails({ report }: { report: EvalView }): ReactElement {
  const c = report.counts;
  const t = report.targets;
  const counts: [string, number | undefined][] = [
    ["Training rows", c?.trainRows],
    ["Test rows", c?.testRows],
    ["Answered", c?.answered],
    ["Mapped to a role", c?.mapped],
    ["Low-confidence fallback", c?.lowConfidence],
    ["Unanswered", c?.unanswered],
  ];
  return (
    <details className={ui.card} data-testid="developer-details">
      <summary className="cursor-pointer text-lg font-semibold text-slate-900">Developer detail</summary>
      <dl className="mt-3 space-y-2 text-sm">
        <Fact term="Method">{report.description ?? missing}</Fact>
        <Fact term="Survey files">{report.files ? report.files.map((f) => <code key={f} className="mr-2 inline-block break-all">{f}</code>) : missing}</Fact>
        <Fact term="Training years">{report.trainYears?.join(", ") ?? missing}</Fact>
        <Fact term="Test year">{report.testYear ?? missing}</Fact>
        <Fact term="Columns read">
          {surveyColumns.map((col) => (
            <code key={col} className="mr-2 inline-block">
              {col}
            </code>
          ))}
        </Fact>
        <Fact term="Cleaning">
          {report.cleaning ? (
            <ul>
              {cleaningRows(report.cleaning).map((r) => (
                <li key={r.label}>
                  {r.label}: <span className="tabular-nums">{r.value.toLocaleString("en-US")}</span>
                </li>
              ))}
            </ul>
          ) : (
            missing
          )}
        </Fact>
        <Fact term="Rows">
          <ul>
            {counts.map(([label, value]) => (
              <li key={label}>
                {label}: {value === undefined ? missing : <span className="tabular-nums">{value.toLocaleString("en-US")}</span>}
              </li>
            ))}
          </ul>
        </Fact>
        <Fact term="Error ratio (MdAPE ÷ baseline)">{report.mdapeRatio === undefined ? missing : report.mdapeRatio.toFixed(3)}</Fact>
        <Fact term="Targets">
          {t ? (
            <ul>
              {t.maxMdapeRatio !== undefined && <li>MdAPE ≤ {t.maxMdapeRatio} × the baseline's</li>}
              {t.coverage && (
                <li>
                  p25–p75 coverage {formatPercent(t.coverage[0], 0)}–{formatPercent(t.coverage[1], 0)} overall
                </li>
              )}
              {t.minSegmentCoverage !== undefined && (
                <li>
                  coverage ≥ {formatPercent(t.minSegmentCoverage, 0)} in each level and region
                  {t.minSegmentRows !== undefined && <> with at least {t.minSegmentRows} test rows</>}
                </li>
              )}
              {t.minAnsweredShare !== undefined && <li>≥ {formatPercent(t.minAnsweredShare, 0)} of cleaned rows answered</li>}
              {t.met !== undefined && <li>met: {t.met ? "yes" : "no"}</li>}
            </ul>
          ) : (
            missing
          )}
        </Fact>
        <Fact term="Write the report again">
          <code className="block whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs" data-testid="eval-command">
            {evalCommand(report.files)}
          </code>
          <span className="mt-1 block text-slate-600">
            Run at the repository root; the public survey files are not in the repository (see the catalog package's README). The report is committed as{" "}
            <code className="break-all">{reportPath}</code>.
          </span>
        </Fact>
      </dl>
    </details>
  );
}
