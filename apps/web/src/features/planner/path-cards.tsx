import type { Catalog, PlanPath, PlanStep } from "@paypath/core";
import type { ReactElement } from "react";
import { jobName } from "../../lib/catalog-names";
import type { MoneyDisplay } from "../../lib/currency";
import { pathColors } from "./pay-series";
import { pathWarnings, payCutOf, type SpeedBadge } from "./plan-summary";

const kindNames: Readonly<Record<string, string>> = {
  "learn-skill": "Learn",
  "earn-credential": "Credential",
  promotion: "Promotion",
  "role-change": "Role change",
};

const monthsText = (n: number): string => `${n} ${n === 1 ? "month" : "months"}`;

/** The shown paths side by side (one column on a phone), each a timeline of its steps with pay (planned in the base currency, shown in `display`'s). */
export function PathCards(props: { paths: readonly PlanPath[]; badges: readonly SpeedBadge[]; catalog: Catalog; display: MoneyDisplay }): ReactElement {
  const { paths, badges, catalog } = props;
  const { money, signedMoney } = props.display;

  return (
    <ol className="grid grid-cols-1 gap-3 sm:grid-cols-[repeat(auto-fit,minmax(14rem,1fr))]" aria-label="Paths">
      {paths.map((path, i) => (
        <li key={path.id || "stay"} className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="plan-path">
          <h3 className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
            <span aria-hidden="true" className="inline-block size-3 rounded-full" style={{ background: pathColors[i % pathColors.length] }} />
            Path {i + 1}
            {badges[i] && (
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700" data-testid="path-badge">
                {badges[i] === "tied" ? "tied fastest" : "fastest"}
              </span>
            )}
          </h3>
          <p className="mt-1 text-sm">
            <strong data-testid="path-months">{monthsText(path.months)}</strong> to the target
          </p>
          <p className="text-sm">
            Total pay then: <strong className="tabular-nums" data-testid="path-pay">{money(path.pay.total.p50)}</strong>
            <span className="block text-slate-600 tabular-nums">
              {signedMoney(path.gain)} a year · {signedMoney(path.gainPerMonth)} per month of effort
            </span>
            <span className="block text-slate-600 tabular-nums">
              middle half {money(path.pay.total.p25)} – {money(path.pay.total.p75)}
              {path.cost > 0 && <> · courses {money(path.cost)}</>}
            </span>
          </p>
          {pathWarnings(path, money).length > 0 && (
            <ul className="mt-2 space-y-1 rounded-md border border-amber-200 bg-amber-50 p-2 text-xs text-amber-900" data-testid="path-warnings">
              {pathWarnings(path, money).map((w) => (
                <li key={w}>⚠ {w}</li>
              ))}
            </ul>
          )}
          <ol className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3 text-sm" aria-label={`Steps of path ${i + 1}`}>
            {path.steps.length === 0 && <li className="text-slate-600">You are there already.</li>}
            {path.steps.map((step) => (
              <li key={`${step.kind}-${step.id}-${step.endMonth}`} className="relative min-w-0">
                <span
                  aria-hidden="true"
                  className={`absolute top-1.5 -left-[1.0625rem] size-2 rounded-full ${step.kind === "promotion" || step.kind === "role-change" ? "bg-indigo-600" : "bg-slate-400"}`}
                />
                <p className="text-xs text-slate-600 tabular-nums">
                  {step.startMonth === step.endMonth ? `Month ${step.endMonth}` : `Months ${step.startMonth}–${step.endMonth}`} · {kindNames[step.kind] ?? step.kind}
                </p>
                <p className="font-medium break-words">{step.label}</p>
                <p className="text-slate-600 tabular-nums">
                  {jobName(catalog, step.level, step.role)} · {money(step.pay.total.p50)}
                  {step.cost > 0 && <> · cost {money(step.cost)}</>}
                </p>
                {step.scope && <p className="text-xs text-slate-500">Also expected: {step.scope}</p>}
                <PayCutNote step={step} money={money} />
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

/** A step that pays less than staying: how much less, and the alternative of staying. */
function PayCutNote({ step, money }: { step: PlanStep; money: (n: number) => string }): ReactElement | null {
  const cut = payCutOf(step);
  if (!cut) return null;
  return (
    <p className="mt-1 rounded bg-amber-50 px-1.5 py-1 text-xs text-amber-900" data-testid="step-pay-cut">
      Pay cut: {money(cut.stepTotalP50)} after this step against {money(cut.stayTotalP50)} staying {cut.stayLabel} (
      {money(cut.stayTotalP50 - cut.stepTotalP50)} less a year).
    </p>
  );
}
