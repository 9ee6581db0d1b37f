import { checkPlausibility, type Catalog, type PlausibilityCheck } from "@paypath/core";
import { useMemo, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { plausibilityView } from "./plausibility-view";

function CheckItem({ check }: { check: PlausibilityCheck }): ReactElement {
  return (
    <li>
      <p className="font-medium text-slate-900">{check.title}</p>
      <p className="text-slate-700">{check.detail}</p>
      <p className="break-words text-xs text-slate-500">Anchor: {check.anchor}</p>
    </li>
  );
}

/**
 * The plausibility suite run in the browser on the published catalog: each expectation a
 * compensation professional holds, with the figures found and its public anchor; failed checks
 * shown, passed and not-applicable ones behind a disclosure.
 */
export function PlausibilitySection({ catalog }: { catalog: Catalog }): ReactElement {
  const view = useMemo(() => plausibilityView(checkPlausibility(catalog)), [catalog]);
  return (
    <section className={ui.card} aria-labelledby="plausibility-heading">
      <h2 id="plausibility-heading" className={ui.h2}>
        Does the catalog agree with the market?
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        A fit can produce a number that contradicts what the market plainly shows. These checks price the published catalog against orderings and ranges a compensation
        professional expects, each tied to a public figure.
      </p>
      <p className="mt-2 text-sm font-medium" data-testid="plausibility-published">
        {view.sentence}
      </p>
      {view.failed.length > 0 && (
        <ul className="mt-2 space-y-2 border-l-4 border-amber-400 pl-3 text-sm" data-testid="plausibility-failed">
          {view.failed.map((c) => (
            <CheckItem key={c.id} check={c} />
          ))}
        </ul>
      )}
      {view.passed.length + view.notApplicable.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-indigo-700">
            Checks passed ({view.passed.length}){view.notApplicable.length > 0 && <> and not applicable ({view.notApplicable.length})</>}
          </summary>
          <ul className="mt-2 space-y-2">
            {[...view.passed, ...view.notApplicable].map((c) => (
              <CheckItem key={c.id} check={c} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
