import type { Catalog } from "@paypath/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState, type ReactElement } from "react";
import { PublishedCatalog } from "../../components/published-catalog";
import { ui } from "../../components/ui";
import { sessionQuery } from "../../lib/auth";
import { CurrencyToggle } from "../../components/currency-toggle";
import { useMoneyDisplay } from "../../lib/use-money-display";
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
  const display = useMoneyDisplay(catalog, values.location);
  const shownCurrency = display.local ? display.currency : undefined;
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
          <CurrencyToggle display={display} />
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
