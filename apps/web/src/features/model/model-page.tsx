import evalReportJson from "@paypath/catalog/eval-report.json";
import { useQuery } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { formatPercent } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { AccuracySection, AnsweredSection } from "./accuracy-section";
import { ConfidenceSection } from "./confidence-section";
import { DeveloperDetails } from "./developer-details";
import { readEvalReport } from "./eval-report";
import { figureTables } from "./figure-rows";
import { FiguresSection } from "./figures-section";
import { PlausibilitySection } from "./plausibility-section";

const report = readEvalReport(evalReportJson);

/**
 * The Model page: how good the figures are in plain words and pictures (accuracy on held-out
 * salaries, the calibration plot, titles answered, the published catalog's plausibility checks,
 * data versus judgement, what confidence means),
 * the formula in words, the evaluation's detail for developers, and every figure with its source.
 */
export function ModelPage(): ReactElement {
  const trpc = useTRPC();
  const published = useQuery(trpc.catalog.published.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  const currency = published.data?.catalog.baseCurrency ?? "USD";

  return (
    <article className="space-y-6">
      <header>
        <h1 className={ui.h1}>How PayPath prices a job</h1>
        <p className={ui.muted}>How good our figures are, where each comes from, and what the confidence of an estimate means.</p>
      </header>

      <AccuracySection report={report} currency={currency} />
      <AnsweredSection report={report} />
      {published.data && (
        <>
          <PlausibilitySection catalog={published.data.catalog} />
          <FiguresSection catalog={published.data.catalog} />
          <ConfidenceSection catalog={published.data.catalog} />
        </>
      )}

      <section className={ui.card} aria-labelledby="formula-heading">
        <h2 id="formula-heading" className={ui.h2}>
          The formula in words
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
          <li>Start from the role's benchmark: the market median base salary for that role at the reference level, location, industry, stage, company size and year.</li>
          <li>
            Multiply by one factor per input: level, skills (premiums weighted by how relevant each skill is to the role, each further skill counting less), credentials
            (by role family), location (under the employer's remote pay policy), arrangement, industry, company stage, company size and the market year's index.
          </li>
          <li>That gives the median base. Bonus and equity are shares of base set by the level and scaled by the company stage; private equity is discounted for illiquidity.</li>
          <li>Total = base + bonus + equity. Each part gets a range (p25–p75) from the role's and the model's spreads.</li>
          <li>The breakdown splits the gap between the benchmark and the total median among the factors, in money; the parts add up exactly.</li>
          <li>
            Confidence is the weighted mean reliability of the sources behind the figures used, lowered for a year past the salary data and for a role guessed from a job
            title (see what “confidence” means above).
          </li>
        </ol>
      </section>

      <DeveloperDetails report={report} />

      {published.isPending && <p className={ui.muted}>Loading the factor catalog…</p>}
      {published.isError && (
        <p className={ui.error} role="alert">
          {messageOf(published.error)}
        </p>
      )}
      {published.data && (
        <>
          <p className={ui.muted}>
            Published catalog <strong data-testid="model-catalog-version">{published.data.version}</strong> ({published.data.catalog.name}), figures in{" "}
            {published.data.catalog.baseCurrency}.
          </p>
          <section className={ui.card} aria-labelledby="sources-heading">
            <h2 id="sources-heading" className={ui.h2}>
              Sources
            </h2>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full text-sm">
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className={ui.th}>Source</th>
                    <th scope="col" className={ui.th}>Kind</th>
                    <th scope="col" className={ui.th}>Method</th>
                    <th scope="col" className={`${ui.th} text-right`}>Reliability</th>
                  </tr>
                </thead>
                <tbody>
                  {published.data.catalog.sources.map((s) => (
                    <tr key={s.id} id={`source-${s.id}`} className="border-b border-slate-100">
                      <td className={ui.td}>
                        <p className="font-medium">{s.title}</p>
                        <p className="text-xs text-slate-500">
                          {s.id} · {s.citation}
                        </p>
                      </td>
                      <td className={ui.td}>{s.kind}</td>
                      <td className={ui.td}>{s.method}</td>
                      <td className={`${ui.td} text-right tabular-nums`}>{formatPercent(s.reliability, 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {figureTables(published.data.catalog).map((table) => (
            <section key={table.id} className={ui.card} aria-labelledby={`table-${table.id}`}>
              <h2 id={`table-${table.id}`} className={ui.h2}>
                {table.title}
              </h2>
              <div className="mt-2 overflow-x-auto">
                <table className="w-full text-sm">
                  <thead>
                    <tr className="border-b border-slate-200">
                      <th scope="col" className={ui.th}>Entry</th>
                      <th scope="col" className={ui.th}>Figure</th>
                      <th scope="col" className={`${ui.th} text-right`}>Value</th>
                      <th scope="col" className={ui.th}>Source</th>
                      <th scope="col" className={ui.th}>Note</th>
                    </tr>
                  </thead>
                  <tbody>
                    {table.rows.map((r, i) => (
                      <tr key={`${r.entity}-${r.figure}`} className="border-b border-slate-100">
                        <td className={`${ui.td} font-medium`}>{table.rows[i - 1]?.entity === r.entity ? "" : r.entity}</td>
                        <td className={ui.td}>{r.figure}</td>
                        <td className={`${ui.td} text-right tabular-nums whitespace-nowrap`}>{r.value}</td>
                        <td className={ui.td}>
                          <a href={`#source-${r.source}`} className="text-indigo-700 underline">
                            {r.source}
                          </a>
                        </td>
                        <td className={`${ui.td} text-slate-600`}>{r.note}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </>
      )}
    </article>
  );
}
