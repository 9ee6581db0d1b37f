import type { Catalog } from "@paypath/core";
import type { ReactElement } from "react";
import { ui } from "../../components/ui";
import { figuresBySection, judgementAreas, totalFigures, type KindCounts } from "./figure-kinds";

const kinds = [
  { key: "fitted", label: "Fitted on survey data", colour: "bg-indigo-500" },
  { key: "published", label: "Published tables", colour: "bg-sky-400" },
  { key: "judgement", label: "Judgement", colour: "bg-amber-400" },
] as const;

const percentOf = (part: number, total: number): string => `${Math.round((part / total) * 100)} %`;

/** A figure mix as one stacked bar (the counts are in the text beside it). */
function KindBar({ counts }: { counts: KindCounts }): ReactElement {
  return (
    <span aria-hidden="true" className="flex h-2.5 w-full min-w-16 overflow-hidden rounded bg-slate-100">
      {kinds.map((k) => (counts[k.key] > 0 ? <span key={k.key} className={k.colour} style={{ width: `${(counts[k.key] / counts.total) * 100}%` }} /> : null))}
    </span>
  );
}

/**
 * Which figures are data and which are judgement: every figure of the published catalog counted by
 * the kind of its source, overall and per part of the catalog, and the parts that rest mostly on
 * judgement with the sources they cite.
 */
export function FiguresSection({ catalog }: { catalog: Catalog }): ReactElement {
  const bySection = figuresBySection(catalog);
  const total = totalFigures(bySection);
  const areas = judgementAreas(bySection);
  const data = total.fitted + total.published;
  return (
    <section className={ui.card} aria-labelledby="kinds-heading">
      <h2 id="kinds-heading" className={ui.h2}>
        Which figures are data and which are judgement
      </h2>
      <p className="mt-1 text-sm text-slate-700" data-testid="figure-kinds-summary">
        Of the catalog's {total.total} figures, {data} ({percentOf(data, total.total)}) come from data: {total.fitted} fitted on public salary surveys and {total.published} taken
        from published tables. The other {total.judgement} ({percentOf(total.judgement, total.total)}) are judgement: each states its reason and counts less in an estimate's
        confidence.
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {kinds.map((k) => (
          <li key={k.key} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-sm ${k.colour}`} />
            {k.label}
          </li>
        ))}
      </ul>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-sm tabular-nums" data-testid="figure-kinds-table">
          <caption className="sr-only">Figures by kind of source, per part of the catalog</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className={ui.th}>
                Part
              </th>
              <th scope="col" className={`${ui.th} text-right`}>
                Fitted
              </th>
              <th scope="col" className={`${ui.th} text-right`}>
                Published
              </th>
              <th scope="col" className={`${ui.th} text-right`}>
                Judgement
              </th>
              <th scope="col" className={`${ui.th} w-1/3`}>
                Mix
              </th>
            </tr>
          </thead>
          <tbody>
            {bySection.map((s) => (
              <tr key={s.id} className="border-b border-slate-100">
                <th scope="row" className={`${ui.td} text-left font-medium`}>
                  {s.title}
                </th>
                <td className={`${ui.td} text-right`}>{s.counts.fitted}</td>
                <td className={`${ui.td} text-right`}>{s.counts.published}</td>
                <td className={`${ui.td} text-right`}>{s.counts.judgement}</td>
                <td className={`${ui.td} align-middle`}>
                  <KindBar counts={s.counts} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {areas.length > 0 && (
        <>
          <h3 className="mt-4 text-base font-semibold text-slate-900">Mostly judgement</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700" data-testid="judgement-areas">
            {areas.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong>: {s.counts.judgement} of {s.counts.total} figures ({s.judgementSources.join("; ")}).
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
