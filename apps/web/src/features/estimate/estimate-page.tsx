import type { Catalog } from "@paypath/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState, type ReactElement } from "react";
import { PublishedCatalog } from "../../components/published-catalog";
import { ui } from "../../components/ui";
import { sessionQuery } from "../../lib/auth";
import { formatRate, loadCurrencyChoice, localCurrencyOf, storeCurrencyChoice, type CurrencyChoice, type LocalCurrency } from "../../lib/currency";
import { EstimateResult } from "./estimate-result";
import { fromProfile, initialValues, toProfile, type FormValues } from "./form-values";
import { HistoryList } from "./history-list";
import { priceForm } from "./price-form";
import { ContributePay } from "../contribute/contribute-pay";
import { ProfileForm } from "./profile-form";
import { SaveProfile } from "./save-profile";
import { loadValues, storeValues } from "./stored-values";

/** The estimate screen: loads the published catalog, then prices the form in the browser. */
export function EstimatePage(): ReactElement {
  return <PublishedCatalog>{(catalog, version) => <EstimateWorkspace key={version} catalog={catalog} />}</PublishedCatalog>;
}

function EstimateWorkspace({ catalog }: { catalog: Catalog }): ReactElement {
  const [values, setValues] = useState<FormValues>(() => {
    const defaults = initialValues(catalog);
    return loadValues(catalog, defaults) ?? defaults;
  });
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const { data: user } = useQuery(sessionQuery);
  const [currencyChoice, setCurrencyChoice] = useState<CurrencyChoice>(loadCurrencyChoice);
  const local = useMemo(() => localCurrencyOf(catalog, values.location), [catalog, values.location]);
  const shownCurrency = local && currencyChoice === "local" ? local.currency : undefined;
  const outcome = useMemo(() => priceForm(values, catalog, shownCurrency), [values, catalog, shownCurrency]);
  const profile = useMemo(() => toProfile(values, catalog), [values, catalog]);
  const errors = { ...serverErrors, ...outcome.errors };
  const priced = outcome.estimate !== null;

  // The planner starts from the last profile priced here.
  useEffect(() => {
    if (priced) storeValues(values);
  }, [values, priced]);

  function change(next: FormValues): void {
    setValues(next);
    setServerErrors({});
  }

  return (
    <div className="space-y-4">
      <div>
        <h1 className={ui.h1}>What is this job worth?</h1>
        <p className={ui.muted}>Change any input: the estimate updates at once. Figures are annual.</p>
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
        <section className={`${ui.card} min-w-0`} aria-label="Profile">
          <ProfileForm catalog={catalog} values={values} onChange={change} errors={errors} />
        </section>
        <div className="min-w-0 space-y-4">
          {local && (
            <CurrencyToggle
              base={catalog.baseCurrency}
              local={local}
              choice={currencyChoice}
              onChoose={(choice) => {
                setCurrencyChoice(choice);
                storeCurrencyChoice(choice);
              }}
            />
          )}
          {outcome.estimate ? (
            <EstimateResult estimate={outcome.estimate} catalog={catalog} roleGuessed={profile?.roleMatch?.fallback === true} />
          ) : (
            <p className={ui.card}>Fix the highlighted fields to see an estimate.</p>
          )}
          <SaveProfile profile={outcome.estimate ? profile : null} isSignedIn={Boolean(user)} onFieldIssues={setServerErrors} />
          {user && <HistoryList catalog={catalog} onLoad={(p) => change(fromProfile(p, catalog))} />}
          <ContributePay catalog={catalog} profile={outcome.estimate ? profile : null} />
        </div>
      </div>
    </div>
  );
}

/**
 * Local currency or the catalog's base currency, one click apart; says which rate converts and
 * where it comes from.
 */
function CurrencyToggle(props: { base: string; local: LocalCurrency; choice: CurrencyChoice; onChoose: (choice: CurrencyChoice) => void }): ReactElement {
  const { base, local, choice } = props;
  const button = (value: CurrencyChoice, label: string): ReactElement => (
    <button
      type="button"
      aria-pressed={choice === value}
      className={`rounded-md px-3 py-1 text-sm font-medium ${choice === value ? "bg-indigo-600 text-white" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
      onClick={() => props.onChoose(value)}
    >
      {label}
    </button>
  );
  return (
    <div className={`${ui.card} flex flex-wrap items-center gap-2`} role="group" aria-label="Currency" data-testid="currency-toggle">
      <span className="text-sm font-medium text-slate-700">Show figures in</span>
      {button("local", local.currency)}
      {button("base", base)}
      <p className="w-full text-sm text-slate-600" data-testid="currency-rate">
        {choice === "local" ? "Converted" : `${local.currency} figures are converted`} at {formatRate(base, local.currency, local.rate)} ({local.sourceTitle}, the catalog&apos;s rate).
      </p>
    </div>
  );
}
