import { lazy, Suspense, type ReactElement, type ReactNode } from "react";
import { ui } from "../../components/ui";
import { formatMoney, formatPercent } from "../../lib/format";
import {
  answeredParts,
  answeredSentence,
  calibrationSummary,
  coverageSentence,
  coverageStatus,
  errorSentence,
  errorStatus,
  formatGap,
  notMeasured,
  per100,
  segmentSentence,
  segmentStatus,
  type TargetStatus,
} from "./accuracy-text";
import type { CalibrationBin, EvalView, Segment } from "./eval-report";

const CalibrationChart = lazy(() => import("./calibration-chart").then((m) => ({ default: m.CalibrationChart })));

const h3 = "text-base font-semibold text-slate-900";

/** A target's status in words (never colour alone). */
function StatusBadge({ status }: { status: TargetStatus }): ReactElement {
  const look = {
    met: "bg-emerald-50 text-emerald-800 ring-emerald-200",
    missed: "bg-amber-50 text-amber-900 ring-amber-300",
    unknown: "bg-slate-50 text-slate-600 ring-slate-200",
    "too-few": "bg-slate-50 text-slate-600 ring-slate-200",
  }[status];
  const text = { met: "✓ on target", missed: "✗ off target", unknown: "no target", "too-few": "too few to judge" }[status];
  return <span className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${look}`}>{text}</span>;
}

/** Where a coverage falls against its target zone, as a bar (the number is in the text beside it). */
function CoverageBar({ value, target }: { value: number; target: number | readonly [number, number] | undefined }): ReactElement {
  const [lo, hi] = target === undefined ? [0, 0] : typeof target === "number" ? [target, 1] : target;
  const clamp = (x: number): number => Math.min(100, Math.max(0, x * 100));
  return (
    <span aria-hidden="true" className="relative block h-2 w-24 rounded bg-slate-100">
      {target !== undefined && <span className="absolute inset-y-0 bg-emerald-100" style={{ left: `${clamp(lo)}%`, width: `${clamp(hi) - clamp(lo)}%` }} />}
      <span className="absolute inset-y-0 left-0 rounded bg-indigo-500" style={{ width: `${clamp(value)}%` }} />
    </span>
  );
}

function NotMeasured({ what }: { what: string }): ReactElement {
  return (
    <p className={ui.muted}>
      {what}: <em>{notMeasured}</em>.
    </p>
  );
}

/** A table of scores per segment, optionally led by the overall row, with one sentence per segment below it. */
function SegmentTable(props: {
  label: string;
  testId: string;
  segments: readonly Segment[];
  minCoverage: number | undefined;
  minRows: number | undefined;
  overall?: Segment;
  overallTarget?: readonly [number, number];
  /** Show each segment's id after its name (the survey's level codes). */
  showIds?: boolean;
}): ReactElement {
  const rows = props.overall ? [props.overall, ...props.segments] : props.segments;
  return (
    <>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-sm tabular-nums" data-testid={props.testId}>
          <caption className="sr-only">{props.label}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className={ui.th}>
                Segment
              </th>
              <th scope="col" className={`${ui.th} text-right`}>
                Salaries
              </th>
              <th scope="col" className={`${ui.th} text-right`}>
                Our error
              </th>
              <th scope="col" className={`${ui.th} text-right`}>
                Baseline error
              </th>
              <th scope="col" className={ui.th}>
                Inside our range
              </th>
              <th scope="col" className={ui.th}>
                Range target
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => {
              const target = s === props.overall ? props.overallTarget : props.minCoverage;
              return (
                <tr key={s.id} className="border-b border-slate-100">
                  <th scope="row" className={`${ui.td} min-w-36 text-left font-medium`}>
                    {s.name}
                    {props.showIds && s !== props.overall && <span className="text-slate-500"> ({s.id})</span>}
                  </th>
                  <td className={`${ui.td} whitespace-nowrap text-right`}>{s.model.n.toLocaleString("en-US")}</td>
                  <td className={`${ui.td} whitespace-nowrap text-right`}>{formatPercent(s.model.mdape)}</td>
                  <td className={`${ui.td} whitespace-nowrap text-right`}>{s.baseline ? formatPercent(s.baseline.mdape) : "—"}</td>
                  <td className={ui.td}>
                    <span className="flex items-center gap-2">
                      <span className="w-12 whitespace-nowrap text-right">{formatPercent(s.model.coverage, 0)}</span>
                      <CoverageBar value={s.model.coverage} target={target} />
                    </span>
                  </td>
                  <td className={ui.td}>
                    <span className="flex flex-wrap items-center gap-1">
                      <span className="whitespace-nowrap text-slate-600">
                        {target === undefined ? "—" : typeof target === "number" ? `≥ ${formatPercent(target, 0)}` : `${Math.round(target[0] * 100)}–${formatPercent(target[1], 0)}`}
                      </span>
                      <StatusBadge status={s === props.overall ? coverageStatus(s.model.coverage, target) : segmentStatus(s, props.minCoverage, props.minRows)} />
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
        {props.segments.map((s) => (
          <li key={s.id}>{segmentSentence(s, props.minCoverage, props.minRows)}</li>
        ))}
      </ul>
    </>
  );
}

/** The calibration plot with its text alternative and, behind a disclosure, its numbers. */
function CalibrationFigure({ bins, currency }: { bins: readonly CalibrationBin[]; currency: string }): ReactElement {
  const summary = calibrationSummary(bins, currency);
  return (
    <figure className="mt-2">
      <div role="img" aria-label={summary} data-testid="calibration-plot">
        <Suspense fallback={<p className={ui.muted}>Loading the plot…</p>}>
          <CalibrationChart bins={bins} currency={currency} />
        </Suspense>
      </div>
      <figcaption className="mt-1 text-sm text-slate-700">{summary}</figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-indigo-700">The plot's numbers</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-sm tabular-nums" data-testid="calibration-table">
            <caption className="sr-only">Calibration bins: predicted and real median base salary</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className={`${ui.th} text-right`}>
                  Predicted median
                </th>
                <th scope="col" className={`${ui.th} text-right`}>
                  Real median
                </th>
                <th scope="col" className={`${ui.th} text-right`}>
                  Gap
                </th>
                <th scope="col" className={`${ui.th} text-right`}>
                  Salaries
                </th>
              </tr>
            </thead>
            <tbody>
              {bins.map((b) => (
                <tr key={b.predicted} className="border-b border-slate-100">
                  <td className={`${ui.td} whitespace-nowrap text-right`}>{formatMoney(b.predicted, currency)}</td>
                  <td className={`${ui.td} whitespace-nowrap text-right`}>{formatMoney(b.actual, currency)}</td>
                  <td className={`${ui.td} whitespace-nowrap text-right`}>{formatGap(b)}</td>
                  <td className={`${ui.td} text-right`}>{b.n.toLocaleString("en-US")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

function Stat(props: { title: string; value: string; status: TargetStatus; children: ReactNode; testId: string }): ReactElement {
  return (
    <div className="rounded-md border border-slate-200 p-3" data-testid={props.testId}>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{props.title}</p>
      <p className="mt-1 flex flex-wrap items-baseline gap-2">
        <span className="text-2xl font-bold tabular-nums text-slate-900">{props.value}</span>
        <StatusBadge status={props.status} />
      </p>
      <p className="mt-1 text-sm text-slate-700">{props.children}</p>
    </div>
  );
}

/**
 * How close the figures come to real salaries they were not fitted on: the headline error and range
 * coverage against the baseline and their targets, the calibration plot, and the same by experience
 * level and by region; any part the report lacks says "not measured yet".
 */
export function AccuracySection({ report, currency }: { report: EvalView; currency: string }): ReactElement {
  const t = report.targets;
  const overall: Segment | undefined = report.model && { id: "all", name: "All", model: report.model, baseline: report.baseline };
  const train = report.trainYears && report.trainYears.length > 0 ? `${report.trainYears[0]}–${report.trainYears[report.trainYears.length - 1]}` : undefined;
  return (
    <section className={ui.card} aria-labelledby="accuracy-heading">
      <h2 id="accuracy-heading" className={ui.h2}>
        Accuracy: model vs baseline
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {report.model && report.testYear !== undefined ? (
          <>
            We fitted the catalog on survey salaries {train ? `from ${train}` : "of earlier years"} and priced {report.model.n.toLocaleString("en-US")} salaries from{" "}
            {report.testYear} it had never seen (the default catalog is then fitted the same way on every year). The baseline is what anyone could do without PayPath:
            the median salary of each experience level.
          </>
        ) : (
          <>
            Accuracy: <em>{notMeasured}</em>.
          </>
        )}
      </p>
      {report.model && (
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <Stat
            title="Typical error of our middle figure"
            value={formatPercent(report.model.mdape, 0)}
            status={errorStatus(report.mdapeRatio, t?.maxMdapeRatio)}
            testId="headline-error"
          >
            {errorSentence(report.model, report.baseline)}
            {report.mdapeRatio !== undefined && t?.maxMdapeRatio !== undefined && (
              <> Our error is {report.mdapeRatio.toFixed(2)} × the baseline's; the target is at most {t.maxMdapeRatio} ×.</>
            )}
          </Stat>
          <Stat title="Salaries inside our p25–p75 range" value={formatPercent(report.model.coverage, 0)} status={coverageStatus(report.model.coverage, t?.coverage)} testId="headline-coverage">
            {coverageSentence(report.model, t?.coverage)}
          </Stat>
        </div>
      )}
      {t?.met !== undefined && (
        <p className="mt-2 text-sm" data-testid="targets-met">
          All targets together: <strong>{t.met ? "met" : "not met"}</strong>.
        </p>
      )}

      <h3 className={`${h3} mt-5`}>Predicted vs real</h3>
      {report.calibration ? <CalibrationFigure bins={report.calibration} currency={currency} /> : <NotMeasured what="The calibration plot" />}

      <h3 className={`${h3} mt-5`}>By experience level</h3>
      {report.byLevel && report.byLevel.length > 0 ? (
        <SegmentTable
          label="Accuracy by experience level"
          testId="accuracy-table"
          segments={report.byLevel}
          minCoverage={t?.minSegmentCoverage}
          minRows={t?.minSegmentRows}
          overall={overall}
          overallTarget={t?.coverage}
          showIds
        />
      ) : (
        <NotMeasured what="Accuracy by experience level" />
      )}

      <h3 className={`${h3} mt-5`}>By region</h3>
      {report.byRegion && report.byRegion.length > 0 ? (
        <SegmentTable
          label="Accuracy by region"
          testId="accuracy-by-region"
          segments={report.byRegion}
          minCoverage={t?.minSegmentCoverage}
          minRows={t?.minSegmentRows}
        />
      ) : (
        <NotMeasured what="Accuracy by region" />
      )}

      <h3 className={`${h3} mt-5`}>Plausibility checks</h3>
      <Plausibility report={report} />
    </section>
  );
}

function Plausibility({ report }: { report: EvalView }): ReactElement {
  const p = report.plausibility;
  if (p === undefined) return <NotMeasured what="Plausibility checks" />;
  if (p === null) return <p className={ui.muted}>The plausibility checks were not run with this evaluation.</p>;
  const passedCount = typeof p.passed === "number" ? p.passed : undefined;
  const ok = p.failed.length === 0 && p.passed !== false;
  return (
    <div className="text-sm" data-testid="plausibility">
      <p>
        Orderings and ranges a compensation professional expects, each citing a public source, checked on the catalog fitted for this evaluation:{" "}
        {ok ? (
          <strong>{passedCount === undefined ? "all passed" : `all ${passedCount} passed`}</strong>
        ) : (
          <strong>
            {passedCount === undefined ? "" : `${passedCount} passed, `}
            {p.failed.length} failed
          </strong>
        )}
        .
      </p>
      {p.failed.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-amber-900">
          {p.failed.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** How the held-out job titles were answered, as a bar and a sentence. */
export function AnsweredSection({ report }: { report: EvalView }): ReactElement {
  const parts = answeredParts(report);
  const sentence = answeredSentence(parts);
  const colours = { mapped: "bg-indigo-500", lowConfidence: "bg-amber-400", unanswered: "bg-slate-300" } as const;
  const minAnswered = report.targets?.minAnsweredShare;
  const answered = report.answeredShare;
  return (
    <section className={ui.card} aria-labelledby="answered-heading">
      <h2 id="answered-heading" className={ui.h2}>
        Job titles we answer
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        A job title that names a known role is mapped to it. A title that names none (“Engineer”, “Associate”) still gets an answer: the likeliest role's estimate,
        with low confidence, a wider range and a warning saying why.
      </p>
      {sentence ? (
        <>
          <div aria-hidden="true" className="mt-3 flex h-3 w-full overflow-hidden rounded bg-slate-100">
            {parts.map((p) => (p.share ? <span key={p.key} className={colours[p.key]} style={{ width: `${Math.min(100, p.share * 100)}%` }} /> : null))}
          </div>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="answered-parts">
            {parts.map((p) => (
              <li key={p.key} className="flex items-center gap-1.5">
                <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-sm ${colours[p.key]}`} />
                {p.label}: <strong className="tabular-nums">{p.share === undefined ? notMeasured : `${per100(p.share)} %`}</strong>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            {sentence}
            {answered !== undefined && minAnswered !== undefined && (
              <>
                {" "}
                Answered in all: {per100(answered)} % (target at least {formatPercent(minAnswered, 0)}) <StatusBadge status={coverageStatus(answered, minAnswered)} />
              </>
            )}
          </p>
        </>
      ) : (
        <NotMeasured what="Share of titles answered" />
      )}
    </section>
  );
}
