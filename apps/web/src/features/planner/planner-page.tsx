import { planPaths, ProfileError, type Catalog, type PlanResult, type PlanStep } from "@paypath/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { lazy, Suspense, useDeferredValue, useEffect, useId, useMemo, useState, type ReactElement } from "react";
import { CurrencyToggle } from "../../components/currency-toggle";
import { PublishedCatalog } from "../../components/published-catalog";
import { ui } from "../../components/ui";
import { sessionQuery } from "../../lib/auth";
import { catalogName, jobName } from "../../lib/catalog-names";
import { formatMoney } from "../../lib/format";
import { friendlyMessage, labelOfPath } from "../../lib/messages";
import { useMoneyDisplay } from "../../lib/use-money-display";
import { fromProfile, initialValues, profileLabels, toProfile, type FormValues } from "../estimate/form-values";
import { ProfileForm } from "../estimate/profile-form";
import { loadValues, storeValues } from "../estimate/stored-values";
import { GapList } from "./gap-list";
import { PathCards } from "./path-cards";
import { convertPayChart, pathsToShow, payChartOf, type PathView } from "./pay-series";
import { fastestOf, fastestText, isProven, maxMonthsInLevel, parseMonthsInLevel, speedBadges, timeInLevelBinds } from "./plan-summary";
import { initialTarget, targetChoiceOf, targetName, toPlanTarget, type TargetChoice } from "./plan-target";
import { SavePlan } from "./save-plan";
import { SavedPlans, type SavedRequest } from "./saved-plans";
import { TargetPicker } from "./target-picker";

const PayChart = lazy(() => import("./pay-chart").then((m) => ({ default: m.PayChart })));

const minHours = 2;
const maxHours = 40;
const clampHours = (n: number): number => Math.min(maxHours, Math.max(minHours, Math.round(n)));

/** The career-path planner: loads the published catalog, then plans in the browser with core's `planPaths`. */
export function PlannerPage(): ReactElement {
  return <PublishedCatalog>{(catalog, version) => <PlannerWorkspace key={version} catalog={catalog} />}</PublishedCatalog>;
}

type Outcome = { result: PlanResult; error: null } | { result: null; error: string };

function plan(request: { values: FormValues; target: TargetChoice; hours: number; monthsInLevel: number }, catalog: Catalog): Outcome {
  const profile = toProfile(request.values);
  if (!profile) return { result: null, error: "Choose a role, level and location for your job today." };
  try {
    const options = { hoursPerWeek: request.hours, monthsInLevel: request.monthsInLevel };
    return { result: planPaths(profile, toPlanTarget(request.target), catalog, options), error: null };
  } catch (e) {
    if (e instanceof ProfileError) return { result: null, error: friendlyMessage(labelOfPath(e.path.join("."), profileLabels), e.reason) };
    throw e;
  }
}

function PlannerWorkspace({ catalog }: { catalog: Catalog }): ReactElement {
  const id = useId();
  const { data: user } = useQuery(sessionQuery);
  const [values, setValues] = useState<FormValues>(() => {
    const defaults = initialValues(catalog);
    return loadValues(catalog, defaults) ?? defaults;
  });
  const [target, setTarget] = useState<TargetChoice>(() => initialTarget(catalog));
  const [hours, setHours] = useState(10);
  const [monthsInLevel, setMonthsInLevel] = useState(0);
  const [monthsText, setMonthsText] = useState("0");
  const monthsCheck = parseMonthsInLevel(monthsText);
  const monthsError = monthsCheck.ok ? null : monthsCheck.message;
  const [view, setView] = useState<PathView>("best");

  const request = useMemo(() => ({ values, target, hours, monthsInLevel }), [values, target, hours, monthsInLevel]);
  // Planning takes a few milliseconds; deferring keeps the slider smooth on slow phones.
  const deferred = useDeferredValue(request);
  const outcome = useMemo(() => plan(deferred, catalog), [deferred, catalog]);
  const stale = deferred !== request;
  const profile = useMemo(() => toProfile(values), [values]);
  // Planned in the base currency; shown in the location's own when it has one (display only).
  const display = useMoneyDisplay(catalog, values.location);

  useEffect(() => {
    if (profile) storeValues(values);
  }, [values, profile]);

  const shown = useMemo(() => (outcome.result?.reachable ? pathsToShow(outcome.result, view) : []), [outcome.result, view]);
  // One computation of the fastest path feeds the headline, the badges and the saved summaries.
  const fastest = useMemo(() => (outcome.result ? fastestOf(outcome.result) : null), [outcome.result]);
  const badges = useMemo(() => speedBadges(shown, fastest), [shown, fastest]);
  const hoursNote = useMemo(
    () => (outcome.result ? timeInLevelBinds(outcome.result, catalog, deferred.monthsInLevel) : null),
    [outcome.result, catalog, deferred.monthsInLevel],
  );
  const chart = useMemo(() => {
    if (!outcome.result) return null;
    const markerLabel = (s: PlanStep): string =>
      s.kind === "promotion" ? (catalog.levels.find((l) => l.id === s.id)?.name ?? s.id) : (catalog.roles.find((r) => r.id === s.id)?.name ?? s.id);
    return convertPayChart(payChartOf(shown, outcome.result.today, markerLabel), display.rate);
  }, [shown, outcome.result, catalog, display.rate]);

  const planTarget = toPlanTarget(target);
  const saveRequest = profile && monthsError === null ? { profile, target: planTarget, options: { hoursPerWeek: hours, monthsInLevel } } : null;

  function load(saved: SavedRequest): void {
    setValues(fromProfile(saved.profile));
    setTarget(targetChoiceOf(saved.target));
    setHours(clampHours(saved.options.hoursPerWeek ?? 10));
    setMonthsInLevel(saved.options.monthsInLevel ?? 0);
    setMonthsText(String(saved.options.monthsInLevel ?? 0));
    window.scrollTo({ top: 0 });
  }

  const skillNames = values.skills.map((s) => catalog.skills.find((k) => k.id === s)?.name ?? s);

  return (
    <div className="space-y-4">
      <div>
        <h1 className={ui.h1}>Plan your career path</h1>
        <p className={ui.muted}>
          From your job today to a target: the skills to learn, the promotions and the pay on the way. Planned in your browser with the published
          catalog; figures are annual, in {display.currency}.
        </p>
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-4">
          <section className={ui.card} aria-labelledby={`${id}-today`}>
            <h2 id={`${id}-today`} className={ui.h2}>
              Your job today
            </h2>
            <p className="mt-1 text-sm break-words" data-testid="planner-profile">
              {profile ? (
                <>
                  <strong>
                    {jobName(catalog, values.level, values.role)}
                  </strong>{" "}
                  · {catalogName(catalog, "locations", values.location)}
                  {skillNames.length > 0 ? <> · skills: {skillNames.join(", ")}</> : <> · no specialization skills yet</>}
                </>
              ) : (
                "Not complete yet."
              )}
            </p>
            <p className={`${ui.muted} mt-1`}>
              Starts from your last estimate; change it here or on the{" "}
              <Link to="/" className="text-indigo-700 underline">
                estimate screen
              </Link>
              .
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium text-indigo-700">Edit profile</summary>
              <div className="mt-3">
                <ProfileForm catalog={catalog} values={values} onChange={setValues} errors={profile ? {} : requiredErrors(values)} />
              </div>
            </details>
          </section>

          <section className={ui.card} aria-label="Target">
            <p className="mb-3 rounded-md bg-indigo-50 p-2 text-sm">
              <Link to="/planner/compare" search={{ hours, monthsInLevel }} className="font-medium text-indigo-700 underline" data-testid="compare-link">
                Compare all directions
              </Link>{" "}
              <span className="text-slate-600">— every target's best path for your profile, side by side.</span>
            </p>
            <TargetPicker catalog={catalog} value={target} onChange={setTarget} />
          </section>

          <section className={ui.card} aria-labelledby={`${id}-effort`}>
            <h2 id={`${id}-effort`} className={ui.h2}>
              Effort
            </h2>
            <div className="mt-2">
              <div className="flex items-baseline justify-between gap-2">
                <label htmlFor={`${id}-hours`} className={ui.label}>
                  Study hours per week
                </label>
                <output htmlFor={`${id}-hours`} className="text-sm font-semibold tabular-nums" data-testid="hours-value">
                  {hours} h
                </output>
              </div>
              <input
                id={`${id}-hours`}
                type="range"
                min={minHours}
                max={maxHours}
                step={1}
                value={hours}
                onChange={(e) => setHours(clampHours(Number(e.target.value)))}
                aria-valuetext={`${hours} hours per week`}
                className="mt-2 w-full accent-indigo-600"
              />
              <p className={ui.muted}>Skills take their stated months at {catalog.skills[0]?.acquisition?.hoursPerWeek ?? 10} hours a week; more hours, fewer months.</p>
            </div>
            <div className="mt-3">
              <label htmlFor={`${id}-in-level`} className={ui.label}>
                Months already in your current level
              </label>
              <input
                id={`${id}-in-level`}
                type="number"
                inputMode="numeric"
                min={0}
                max={maxMonthsInLevel}
                step={1}
                value={monthsText}
                onChange={(e) => {
                  setMonthsText(e.target.value);
                  const parsed = parseMonthsInLevel(e.target.value);
                  if (parsed.ok) setMonthsInLevel(parsed.value);
                }}
                aria-invalid={monthsError !== null}
                aria-describedby={monthsError ? `${id}-in-level-error` : undefined}
                className={ui.input}
              />
              {monthsError && (
                <p id={`${id}-in-level-error`} className={ui.error} role="alert" data-testid="months-in-level-error">
                  {monthsError} The plan below still uses {monthsInLevel}.
                </p>
              )}
            </div>
          </section>

          <SavePlan request={saveRequest} isSignedIn={Boolean(user)} defaultName={`${targetName(planTarget, catalog)}, ${hours} h/week`} />
          {user && <SavedPlans catalog={catalog} display={display} onLoad={load} />}
        </div>

        <div className={`min-w-0 space-y-4 transition-opacity ${stale ? "opacity-70" : ""}`} aria-busy={stale}>
          <CurrencyToggle display={display} />
          {outcome.error !== null && (
            <p className={ui.card} role="alert">
              {outcome.error}
            </p>
          )}
          {outcome.result && !outcome.result.reachable && (
            <section className={`${ui.card} border-amber-300 bg-amber-50`} aria-labelledby={`${id}-unreachable`} data-testid="plan-reasons">
              <h2 id={`${id}-unreachable`} className={ui.h2}>
                This target is out of reach
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {outcome.result.reasons.map((r) => (
                  <li key={`${r.code}-${r.message}`}>
                    {r.message}
                    {r.skills.length > 0 && (
                      <span className="text-slate-600"> ({r.skills.map((s) => catalog.skills.find((k) => k.id === s)?.name ?? s).join(", ")})</span>
                    )}
                  </li>
                ))}
              </ul>
              <p className={`${ui.muted} mt-2`}>Try more study hours, another target, or a closer level.</p>
            </section>
          )}
          {outcome.result?.reachable && chart && (
            <section className={ui.card} aria-labelledby={`${id}-paths`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`${id}-paths`} className={ui.h2}>
                  Paths to {targetName(planTarget, catalog)}
                </h2>
                <fieldset className="flex flex-wrap gap-3 text-sm">
                  <legend className="sr-only">Which paths</legend>
                  <label className="flex items-center gap-1">
                    <input type="radio" name={`${id}-view`} checked={view === "best"} onChange={() => setView("best")} className="accent-indigo-600" />
                    Most pay per month
                  </label>
                  <label className="flex items-center gap-1">
                    <input type="radio" name={`${id}-view`} checked={view === "frontier"} onChange={() => setView("frontier")} className="accent-indigo-600" />
                    Quickest for the pay
                  </label>
                </fieldset>
              </div>
              <p className={ui.muted}>
                Today: <span data-testid="plan-today">{display.money(outcome.result.today.total.p50)}</span> total (median).{" "}
                <span data-testid="plan-fastest">{capitalize(fastestText(fastest))}.</span>
                {fastest && !shown.some((p) => p.months === fastest.months) && <> None of the paths shown is the fastest: choose “Quickest for the pay”.</>}
              </p>
              {!isProven(outcome.result) && (
                <p className="mt-2 rounded-md border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900" data-testid="not-proven">
                  Not proven best: the search stopped at its work limit, so these are the best paths found, and a better one may exist.
                </p>
              )}
              {hoursNote && (
                <p className="mt-2 rounded-md border border-sky-200 bg-sky-50 p-2 text-sm text-sky-900" data-testid="hours-note">
                  {hoursNote}
                </p>
              )}
              <figure className="mt-3" data-testid="plan-chart">
                <Suspense fallback={<div className="h-[280px] animate-pulse rounded bg-slate-100" aria-hidden="true" />}>
                  <PayChart data={chart} money={(n) => formatMoney(n, display.currency)} />
                </Suspense>
                <figcaption className="sr-only">Projected total pay, median, by month for each path; levels and roles reached are marked. The paths below list the same figures.</figcaption>
              </figure>
              <div className="mt-3">
                <PathCards paths={shown} badges={badges} catalog={catalog} display={display} />
              </div>
            </section>
          )}
          {outcome.result && <GapList gap={outcome.result.gap} catalog={catalog} money={display.money} />}
        </div>
      </div>
    </div>
  );
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function requiredErrors(values: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of ["role", "level", "location"] as const) if (!values[key]) errors[key] = friendlyMessage(profileLabels[key]!, "Required.");
  return errors;
}
