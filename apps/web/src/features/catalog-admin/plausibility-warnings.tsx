import type { PlausibilityCheck } from "@paypath/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { summarizePlausibility } from "./plausibility-summary";

/**
 * The plausibility checks of a saved catalog version, as warnings: each failed check prominent
 * with what was found and the public figure it contradicts; passed checks behind a disclosure.
 * Warnings never block publishing.
 */
export function PlausibilityPanel(props: { id: number }): ReactElement {
  const trpc = useTRPC();
  const report = useQuery({ ...trpc.catalog.plausibility.queryOptions({ id: props.id }), staleTime: 0 });
  if (report.isPending) return <p className={ui.muted}>Checking the catalog against public figures…</p>;
  if (report.isError) {
    return (
      <p className={ui.error} role="alert">
        Plausibility checks could not run: {messageOf(report.error)}
      </p>
    );
  }
  return <PlausibilityWarnings checks={report.data.checks} version={report.data.version} />;
}

/** The checks as a list of warnings (failed) and a disclosure of the checks that pass. */
export function PlausibilityWarnings(props: { checks: readonly PlausibilityCheck[]; version: string }): ReactElement {
  const { failed, passed, notApplicable, headline } = summarizePlausibility(props.checks);
  return (
    <section className="space-y-2" aria-label="Plausibility checks" data-testid="plausibility-checks">
      <h3 className="text-sm font-semibold text-slate-900">Plausibility of {props.version}</h3>
      <p className={failed.length > 0 ? "text-sm font-medium text-amber-900" : ui.muted} role="status">
        {headline}
      </p>
      {failed.length > 0 && (
        <ul className="space-y-2">
          {failed.map((check) => (
            <li key={check.id} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm" data-testid={`plausibility-${check.id}`}>
              <p className="font-semibold text-amber-950">
                <span aria-hidden="true">⚠ </span>
                {check.title}
              </p>
              <p className="text-amber-900">{check.detail}</p>
              <p className="mt-1 text-xs text-slate-600">Anchor: {check.anchor}</p>
            </li>
          ))}
        </ul>
      )}
      {passed.length > 0 && (
        <details className="rounded-md border border-slate-200 px-3 py-2 text-sm">
          <summary className="cursor-pointer text-slate-700">
            {passed.length} check{passed.length === 1 ? "" : "s"} pass{passed.length === 1 ? "es" : ""}
            {notApplicable > 0 ? ` (${notApplicable} not applicable to this catalog)` : ""}
          </summary>
          <ul className="mt-2 space-y-1.5">
            {passed.map((check) => (
              <li key={check.id} data-testid={`plausibility-${check.id}`}>
                <span className="font-medium text-slate-800">{check.title}</span>
                <span className="text-slate-600"> — {check.detail}</span>
                <span className="block text-xs text-slate-500">Anchor: {check.anchor}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
