import type { Catalog, OfferInput, Profile } from "@paypath/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type ReactElement } from "react";
import { CurrencyToggle } from "../../components/currency-toggle";
import { PublishedCatalog } from "../../components/published-catalog";
import { ui } from "../../components/ui";
import { issuesOf, messageOf } from "../../lib/api-errors";
import { sessionQuery } from "../../lib/auth";
import { catalogName, jobName } from "../../lib/catalog-names";
import { conversionText, convertAmount, ratesOf } from "../../lib/currency";
import { formatMoney } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { useMoneyDisplay } from "../../lib/use-money-display";
import { initialValues, toProfile, type FormValues } from "../estimate/form-values";
import { ProfileForm } from "../estimate/profile-form";
import { loadValues, storeValues } from "../estimate/stored-values";
import { ComparisonView, type ComparedOffers } from "./comparison-view";
import { OfferForm } from "./offer-form";
import { chartCeiling, projectOfferInput, scaleRows, yearlyRows } from "./offer-series";
import { placeIssues } from "./offer-issues";
import { blankOffer, checkOffer, fromOfferInput, type OfferErrors } from "./offer-values";
import { SavedOffers, SaveOffer, type SavedOffer } from "./saved-offers";
import { initialSlots, loadSlots, maxOffers, minOffers, storeSlots, type OfferSlot } from "./stored-offers";

const OfferChart = lazy(() => import("./offer-chart").then((m) => ({ default: m.OfferChart })));

/** An offer on the screen: a stable key for React, the stored slot, and the server's last issues with it. */
interface Entry {
  readonly key: number;
  readonly slot: OfferSlot;
  readonly serverErrors: OfferErrors;
}

const letters = "ABCD";

/** The offers screen: enter 2–4 offers, see each one's years, compare them with the market (signed in), save them. */
export function OffersPage(): ReactElement {
  return <PublishedCatalog>{(catalog, version) => <OffersWorkspace key={version} catalog={catalog} />}</PublishedCatalog>;
}

function OffersWorkspace({ catalog }: { catalog: Catalog }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const { data: user } = useQuery(sessionQuery);
  const nextKey = useRef(0);
  const entryOf = (slot: OfferSlot): Entry => ({ key: nextKey.current++, slot, serverErrors: {} });
  const [profileValues, setProfileValues] = useState<FormValues>(() => {
    const defaults = initialValues(catalog);
    return loadValues(catalog, defaults) ?? defaults;
  });
  // Offers are entered in a currency of their own; figures are shown in the job location's
  // currency (or the base one when chosen), converted at the catalog's rates.
  const display = useMoneyDisplay(catalog, profileValues.location);
  const rates = useMemo(() => ratesOf(catalog), [catalog]);
  const base = catalog.baseCurrency;
  // A new offer is entered in the currency the screen shows.
  const newOfferCurrency = display.currency === base ? "" : display.currency;
  const [entries, setEntries] = useState<Entry[]>(() => (loadSlots() ?? initialSlots(newOfferCurrency)).map(entryOf));
  const [profileErrors, setProfileErrors] = useState<Record<string, string>>({});
  const [attempted, setAttempted] = useState(false);
  const [result, setResult] = useState<{ data: ComparedOffers; request: string } | null>(null);
  const [compareError, setCompareError] = useState<string | null>(null);

  useEffect(() => storeSlots(entries.map((e) => e.slot)), [entries]);
  const profile = useMemo(() => toProfile(profileValues), [profileValues]);
  useEffect(() => {
    if (profile) storeValues(profileValues);
  }, [profileValues, profile]);

  const checked = useMemo(() => entries.map((e) => checkOffer(e.slot.values)), [entries]);
  const currencyOf = (values: { currency: string }): string => values.currency || base;
  // Per offer: its currency and the rate into the shown currency (null when the catalog has none: shown as entered).
  const conversions = useMemo(
    () =>
      entries.map((e) => {
        const from = e.slot.values.currency || base;
        const rate = convertAmount(1, from, display.currency, rates);
        return { from, rate, shown: rate === null ? from : display.currency };
      }),
    [entries, base, display.currency, rates],
  );
  const charts = useMemo(
    () => checked.map((c, i) => (c.offer ? scaleRows(yearlyRows(projectOfferInput(c.offer)), conversions[i]?.rate ?? 1) : null)),
    [checked, conversions],
  );
  const yMax = useMemo(() => chartCeiling(charts), [charts]);
  const request = useMemo(() => {
    if (!profile || checked.some((c) => c.offer === null)) return null;
    const offers = entries.map((e, i) => ({ name: e.slot.values.name.trim() || `Offer ${i + 1}`, offer: checked[i]!.offer! }));
    return { profile, offers } satisfies { profile: Profile; offers: { name: string; offer: OfferInput }[] };
  }, [profile, entries, checked]);
  const requestKey = request ? JSON.stringify(request) : null;

  const compare = useMutation(
    trpc.offers.compare.mutationOptions({
      onSuccess: (data, variables) => {
        setResult({ data, request: JSON.stringify(variables) });
        setCompareError(null);
      },
      onError: (e) => {
        const placed = placeIssues(issuesOf(e), entries.map((entry) => entry.slot.values));
        setEntries((current) => current.map((entry, i) => ({ ...entry, serverErrors: placed.offers[i] ?? {} })));
        setProfileErrors(placed.profile);
        const marked = placed.offers.some((o) => Object.keys(o).length > 0) || Object.keys(placed.profile).length > 0;
        setCompareError(placed.other.length > 0 ? placed.other.join("; ") : marked ? "Fix the fields marked in red, then compare again." : messageOf(e));
      },
    }),
  );

  function update(index: number, change: (entry: Entry) => Entry): void {
    setEntries((current) => current.map((e, i) => (i === index ? change(e) : e)));
  }
  function addOffer(): void {
    setEntries((current) =>
      current.length >= maxOffers ? current : [...current, entryOf({ savedId: null, values: blankOffer(`Offer ${letters[current.length]}`, newOfferCurrency) })],
    );
  }
  function removeOffer(index: number): void {
    setEntries((current) => (current.length <= minOffers ? current : current.filter((_, i) => i !== index)));
  }
  function loadSaved(saved: SavedOffer): void {
    setEntries((current) => {
      const slot: OfferSlot = { savedId: saved.id, values: fromOfferInput(saved.name, saved.offer) };
      const blank = current.findIndex((e) => e.slot.savedId === null && e.slot.values.base.trim() === "");
      if (blank >= 0) return current.map((e, i) => (i === blank ? entryOf(slot) : e));
      return current.length >= maxOffers ? current : [...current, entryOf(slot)];
    });
  }
  function forgetSaved(savedId: string): void {
    setEntries((current) => current.map((e) => (e.slot.savedId === savedId ? { ...e, slot: { ...e.slot, savedId: null } } : e)));
  }
  function submitCompare(): void {
    setAttempted(true);
    if (!request) {
      setCompareError(profile ? "Fix the fields marked in red, then compare again." : "Choose a role, level and location for the job.");
      return;
    }
    setCompareError(null);
    compare.mutate(request);
  }

  const marketLabel = profile ? `${jobName(catalog, profile.level, profile.role)}, ${catalogName(catalog, "locations", profile.location)}` : "";
  const currencies = [...new Set([base, ...(display.local ? [display.local.currency] : []), ...entries.map((e) => currencyOf(e.slot.values))])];

  return (
    <div className="space-y-4">
      <div>
        <h1 className={ui.h1}>Compare job offers</h1>
        <p className={ui.muted}>
          Enter two to four offers: each one&apos;s pay year by year, then (signed in) how they compare with each other and with PayPath&apos;s market
          estimate for the job, what to ask before signing, and which is worth the most once equity risk is counted. Each offer is entered in its own currency; figures are shown in {display.currency}.
        </p>
      </div>

      <section className={ui.card} aria-labelledby={`${id}-job`}>
        <h2 id={`${id}-job`} className={ui.h2}>
          The job
        </h2>
        <p className="mt-1 text-sm break-words" data-testid="offers-profile">
          {profile ? <strong>{marketLabel}</strong> : "Not complete yet."}
        </p>
        <p className={`${ui.muted} mt-1`}>
          The offers are set against the market for this job. It starts from your last{" "}
          <Link to="/" className="text-indigo-700 underline">
            estimate
          </Link>
          .
        </p>
        <details className="mt-2" open={Object.keys(profileErrors).length > 0 || !profile}>
          <summary className="cursor-pointer text-sm font-medium text-indigo-700">Edit the job</summary>
          <div className="mt-3">
            <ProfileForm
              catalog={catalog}
              values={profileValues}
              onChange={(v) => {
                setProfileValues(v);
                setProfileErrors({});
              }}
              errors={profileErrors}
            />
          </div>
        </details>
      </section>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {entries.map((entry, i) => {
          const c = checked[i]!;
          const show = attempted || entry.slot.values.base.trim() !== "";
          const title = `Offer ${i + 1}`;
          return (
            <OfferForm
              key={entry.key}
              index={i}
              values={entry.slot.values}
              onChange={(values) => update(i, (e) => ({ ...e, slot: { ...e.slot, values }, serverErrors: {} }))}
              errors={show ? { ...c.errors, ...entry.serverErrors } : entry.serverErrors}
              stages={catalog.stages}
              currency={currencyOf(entry.slot.values)}
              currencies={currencies}
              baseCurrency={base}
              onRemove={entries.length > minOffers ? () => removeOffer(i) : null}
            >
              {user && (
                <SaveOffer
                  title={title}
                  savedId={entry.slot.savedId}
                  name={entry.slot.values.name}
                  offer={c.offer}
                  onSaved={(savedId) => update(i, (e) => ({ ...e, slot: { ...e.slot, savedId } }))}
                  onIssues={(issues) => {
                    const placed = placeIssues(
                      issues.map((issue) => ({ ...issue, path: `offers.0.${issue.path}` })),
                      [entry.slot.values],
                    );
                    update(i, (e) => ({ ...e, serverErrors: placed.offers[0] ?? {} }));
                  }}
                />
              )}
            </OfferForm>
          );
        })}
      </div>
      {entries.length < maxOffers && (
        <button type="button" className={ui.buttonSecondary} onClick={addOffer}>
          Add an offer
        </button>
      )}

      <CurrencyToggle display={display} />

      <section className={ui.card} aria-labelledby={`${id}-years`}>
        <h2 id={`${id}-years`} className={ui.h2}>
          Year by year
        </h2>
        <p className={ui.muted}>Base, bonus, sign-on, equity (risk-adjusted) and benefits in each of the first four years, all on one scale.</p>
        <div className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-2">
          {entries.map((entry, i) => {
            const rows = charts[i];
            const conversion = conversions[i]!;
            const name = entry.slot.values.name.trim() || `Offer ${i + 1}`;
            return (
              <figure key={entry.key} className="min-w-0" data-testid="offer-chart">
                <h3 className="text-sm font-semibold break-words">{name}</h3>
                {rows ? (
                  <>
                    <Suspense fallback={<div className="h-[240px] animate-pulse rounded bg-slate-100" aria-hidden="true" />}>
                      <OfferChart rows={rows} currency={conversion.shown} yMax={yMax} />
                    </Suspense>
                    <figcaption className="text-xs text-slate-600" data-testid="offer-chart-totals">
                      Risk-adjusted: {rows.map((r) => `${r.year} ${formatMoney(r.total, conversion.shown)}`).join(" · ")}
                      {conversion.shown !== conversion.from && (
                        <span className="block" data-testid="offer-converted">
                          Entered in {conversion.from}; shown in {conversion.shown} at {conversionText(conversion.from, conversion.shown, rates, base)} (the catalog&apos;s
                          rates).
                        </span>
                      )}
                    </figcaption>
                  </>
                ) : (
                  <figcaption className={`${ui.muted} mt-2`}>Complete this offer (the fields marked) to see its years.</figcaption>
                )}
              </figure>
            );
          })}
        </div>
      </section>

      <section className={ui.card} aria-labelledby={`${id}-compare`}>
        <h2 id={`${id}-compare`} className={ui.h2}>
          Compare with the market
        </h2>
        {user ? (
          <>
            <p className={ui.muted}>Sets the offers side by side and against the market estimate for {marketLabel || "the job"}.</p>
            <button type="button" className={`${ui.button} mt-2`} onClick={submitCompare} disabled={compare.isPending}>
              {compare.isPending ? "Comparing…" : "Compare offers"}
            </button>
          </>
        ) : (
          <p className={`${ui.muted} mt-1`}>
            <Link to="/sign-in" className="text-indigo-700 underline">
              Sign in
            </Link>{" "}
            to compare these offers with the market, get the questions to ask, export the comparison and save offers. What you entered stays here.
          </p>
        )}
        {compareError && (
          <p className={ui.error} role="alert">
            {compareError}
          </p>
        )}
      </section>

      {result && <ComparisonView result={result.data} marketLabel={marketLabel} isStale={requestKey !== result.request} display={display} />}

      {user && (
        <SavedOffers
          display={display}
          inUse={entries.flatMap((e) => (e.slot.savedId ? [e.slot.savedId] : []))}
          canAdd={entries.length < maxOffers || entries.some((e) => e.slot.savedId === null && e.slot.values.base.trim() === "")}
          onLoad={loadSaved}
          onDeleted={forgetSaved}
        />
      )}
    </div>
  );
}
