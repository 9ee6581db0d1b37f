import { fallbackConfidenceCap, marketYearsOf, projectionConfidencePerYear, projectionFactor, type Catalog } from "@paypath/core";
import type { ReactElement } from "react";
import { ui } from "../../components/ui";
import { formatPercent } from "../../lib/format";
import { confidenceBands, sampleWeight, sourcesByReliability } from "./confidence-text";
import { projectedYears, proxyRoles, thinFigures } from "./figure-kinds";

/** Fitted figures on fewer rows than this are listed as thin. */
const thinRows = 30;
/** How many of the thinnest figures are named. */
const thinShown = 6;

function yearsText(years: readonly number[]): string {
  if (years.length === 0) return "";
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return years.length > 1 && last - first === years.length - 1 ? `${first}–${last}` : years.join(", ");
}

/**
 * What an estimate's confidence means: the score, its labels, and what lowers it in this catalog
 * (thin samples, judgement sources, proxy-priced roles, fallback titles, projected years).
 */
export function ConfidenceSection({ catalog }: { catalog: Catalog }): ReactElement {
  const thin = thinFigures(catalog, thinRows);
  const proxies = proxyRoles(catalog);
  const projected = projectedYears(catalog);
  const years = marketYearsOf(catalog);
  const furthest = projected[projected.length - 1];
  const weakest = sourcesByReliability(catalog).filter((s) => s.kind === "judgement" && s.reliability < 0.5);
  return (
    <section className={ui.card} aria-labelledby="confidence-heading">
      <h2 id="confidence-heading" className={ui.h2}>
        What “confidence” means
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Every estimate carries a confidence score from 0 to 100 %: the weighted average reliability of the figures it used, the role's benchmark counting most. Each source states
        its reliability (see Sources below); a figure fitted on few rows counts for less.
      </p>
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3" data-testid="confidence-labels">
        {confidenceBands.map((b, i) => {
          const above = confidenceBands[i - 1];
          const range = i === 0 ? `${formatPercent(b.min, 0)} or more` : b.min === 0 ? `below ${formatPercent(above!.min, 0)}` : `${formatPercent(b.min, 0)} to ${formatPercent(above!.min, 0)}`;
          return (
            <div key={b.label} className="rounded-md border border-slate-200 p-3">
              <dt className="font-semibold">
                {b.label} <span className="font-normal text-slate-600">({range})</span>
              </dt>
              <dd className="mt-1 text-slate-700">{b.meaning}</dd>
            </div>
          );
        })}
      </dl>
      <h3 className="mt-4 text-base font-semibold text-slate-900">What lowers it</h3>
      <ul className="mt-1 list-disc space-y-2 pl-5 text-sm text-slate-700" data-testid="confidence-lowered-by">
        <li>
          <strong>Small samples.</strong> A figure fitted on few survey rows leans on a stated prior (its note says so) and counts for less: on 5 rows it keeps{" "}
          {formatPercent(sampleWeight(catalog, 5), 0)} of its source's reliability, on 30 rows {formatPercent(sampleWeight(catalog, 30), 0)}.{" "}
          {thin.length === 0 ? (
            <>No fitted figure of this catalog rests on fewer than {thinRows} rows.</>
          ) : (
            <>
              {thin.length} fitted figures rest on fewer than {thinRows} rows, the thinnest:{" "}
              {thin
                .slice(0, thinShown)
                .map((f) => `${f.label} (${f.n})`)
                .join(", ")}
              .
            </>
          )}
        </li>
        <li>
          <strong>Judgement figures.</strong>{" "}
          {weakest.length === 0 ? (
            <>Every judgement source of this catalog states a reliability of 50 % or more.</>
          ) : (
            <>The least reliable sources: {weakest.map((s) => `${s.title} (${formatPercent(s.reliability, 0)})`).join("; ")}.</>
          )}
        </li>
        <li>
          <strong>Roles priced by proxy.</strong>{" "}
          {proxies.length === 0 ? (
            <>No role of this catalog is priced by proxy.</>
          ) : (
            <>
              Where the surveys hold too few rows of a role's own titles, it is priced as a data-backed role times a cited premium:{" "}
              {proxies.map((p) => `${p.name} as ${p.proxyName} × ${p.premium.toFixed(2)}`).join("; ")}.
            </>
          )}
        </li>
        <li>
          <strong>Titles that name no role.</strong> A title such as “Engineer” or “Associate” gets the likeliest role's estimate with a wider range and a warning; its
          confidence is held at {formatPercent(fallbackConfidenceCap, 0)} at most, so it is always labelled low. A general title that fits a role only loosely lowers it too.
        </li>
        <li>
          <strong>Projected years.</strong>{" "}
          {projected.length === 0 ? (
            <>Every market year of this catalog is backed by salary data.</>
          ) : (
            <>
              The market index for {yearsText(projected)} is a projection past {years.lastData}, the last year of salary data: an estimate for those years says so,
              and each year further out multiplies its confidence by {projectionConfidencePerYear}
              {furthest !== undefined && furthest > years.lastData + 1 && (
                <>
                  {" "}
                  (an estimate for {furthest} keeps {formatPercent(projectionFactor(furthest, years), 0)} of it)
                </>
              )}
              .
            </>
          )}
        </li>
      </ul>
    </section>
  );
}
