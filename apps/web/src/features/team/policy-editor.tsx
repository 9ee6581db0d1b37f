import type { BandPolicy, Catalog, ZoneGrouping } from "@paypath/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { codeOf, issuesOf, messageOf } from "../../lib/api-errors";
import { friendlyIssuesByField } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { policyFormOf, policyOfForm, type PolicyFormValues } from "./policy-form";

const zoneLabels: Readonly<Record<ZoneGrouping, string>> = {
  location: "Each location its own zone",
  country: "One zone per country",
  tier: "Tiers of the location pay factor",
};

const policyLabels = {
  midpointPercentile: "Midpoint percentile",
  ic: "IC spread",
  management: "Management spread",
  zone: "Pay zones",
  tiers: "Tiers",
  industry: "Industry",
  stage: "Company stage",
  companySize: "Company size",
  year: "Year",
};

/** The server's field issues keyed as the form's fields (`policy.spread.ic` → `icSpread`). */
function serverFieldErrors(error: unknown): Record<string, string> {
  const byField = friendlyIssuesByField(
    issuesOf(error).filter((i) => !i.path.startsWith("revision")),
    ["midpointPercentile", "ic", "management", "zone", "tiers", "industry", "stage", "companySize", "year"],
    policyLabels,
  );
  const { ic, management, ...rest } = byField;
  return { ...rest, ...(ic ? { icSpread: ic } : {}), ...(management ? { managementSpread: management } : {}) };
}

/**
 * The team's band policy: midpoint percentile, spreads (IC and management), how locations are
 * grouped into pay zones (with the tiers' factors) and the market the bands price. Saving sends
 * the revision it was loaded at; if the team changed meanwhile, the edits stay and the editor
 * offers to load the latest revision before saving again.
 */
export function PolicyEditor(props: { teamId: string; revision: number; policy: BandPolicy; catalog: Catalog; onStale: () => void }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const [values, setValues] = useState<PolicyFormValues>(() => policyFormOf(props.policy));
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const queryClient = useQueryClient();
  const save = useMutation(
    trpc.teams.setPolicy.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.teams.pathFilter()) }),
  );
  const serverErrors = save.isError ? serverFieldErrors(save.error) : {};
  const isStale = save.isError && codeOf(save.error) === "CONFLICT";

  function set<K extends keyof PolicyFormValues>(key: K, value: PolicyFormValues[K]): void {
    setValues((v) => ({ ...v, [key]: value }));
  }

  function submit(): void {
    const parsed = policyOfForm(values, props.policy);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    save.mutate({ teamId: props.teamId, revision: props.revision, policy: parsed.policy });
  }

  const field = (key: string, label: string, input: ReactElement, hint?: string): ReactElement => (
    <div>
      <label htmlFor={`${id}-${key}`} className={ui.label}>
        {label}
      </label>
      {input}
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      {(errors[key] ?? serverErrors[key]) && (
        <p id={`${id}-${key}-error`} className={ui.error}>
          {errors[key] ?? serverErrors[key]}
        </p>
      )}
    </div>
  );
  const invalid = (key: string) => ({
    "aria-invalid": Boolean(errors[key] ?? serverErrors[key]),
    "aria-describedby": errors[key] ?? serverErrors[key] ? `${id}-${key}-error` : undefined,
  });

  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        Band policy
      </h2>
      <form
        className="mt-3 space-y-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {field(
            "midpointPercentile",
            "Midpoint percentile",
            <input id={`${id}-midpointPercentile`} inputMode="decimal" className={ui.input} value={values.midpointPercentile} onChange={(e) => set("midpointPercentile", e.target.value)} {...invalid("midpointPercentile")} />,
            "50 = the market median.",
          )}
          {field(
            "icSpread",
            "IC spread (%)",
            <input id={`${id}-icSpread`} inputMode="decimal" className={ui.input} value={values.icSpread} onChange={(e) => set("icSpread", e.target.value)} {...invalid("icSpread")} />,
            "(max − min) ÷ min.",
          )}
          {field(
            "managementSpread",
            "Management spread (%)",
            <input id={`${id}-managementSpread`} inputMode="decimal" className={ui.input} value={values.managementSpread} onChange={(e) => set("managementSpread", e.target.value)} {...invalid("managementSpread")} />,
          )}
        </div>
        {field(
          "zone",
          "Pay zones",
          <select id={`${id}-zone`} className={ui.input} value={values.zone} onChange={(e) => set("zone", e.target.value as ZoneGrouping)}>
            {(Object.keys(zoneLabels) as ZoneGrouping[]).map((z) => (
              <option key={z} value={z}>
                {zoneLabels[z]}
              </option>
            ))}
          </select>,
        )}
        {values.zone === "tier" && (
          <fieldset className="rounded border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium text-slate-700">Tiers (lowest location factor in each)</legend>
            <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
              {values.tiers.map((t, i) => (
                <div key={t.id}>
                  <label htmlFor={`${id}-tier-${t.id}`} className={ui.label}>
                    {t.name}
                  </label>
                  <input
                    id={`${id}-tier-${t.id}`}
                    inputMode="decimal"
                    className={ui.input}
                    value={t.minFactor}
                    aria-invalid={Boolean(errors[`tiers.${i}`])}
                    onChange={(e) => set("tiers", values.tiers.map((x, j) => (j === i ? { ...x, minFactor: e.target.value } : x)))}
                  />
                  {errors[`tiers.${i}`] && <p className={ui.error}>{errors[`tiers.${i}`]}</p>}
                </div>
              ))}
            </div>
          </fieldset>
        )}
        <details>
          <summary className="cursor-pointer text-sm font-medium text-indigo-700">Market (industry, stage, company size, year)</summary>
          <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
            {field(
              "industry",
              "Industry",
              <select id={`${id}-industry`} className={ui.input} value={values.industry} onChange={(e) => set("industry", e.target.value)} {...invalid("industry")}>
                <option value="">Catalog reference</option>
                {props.catalog.industries.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>,
            )}
            {field(
              "stage",
              "Company stage",
              <select id={`${id}-stage`} className={ui.input} value={values.stage} onChange={(e) => set("stage", e.target.value)} {...invalid("stage")}>
                <option value="">Catalog reference</option>
                {props.catalog.stages.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>,
            )}
            {field(
              "companySize",
              "Company size",
              <select id={`${id}-companySize`} className={ui.input} value={values.companySize} onChange={(e) => set("companySize", e.target.value)}>
                <option value="">Catalog reference</option>
                {props.catalog.companySizes.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>,
            )}
            {field(
              "year",
              "Market year",
              <input id={`${id}-year`} inputMode="numeric" className={ui.input} value={values.year} placeholder="Catalog reference" onChange={(e) => set("year", e.target.value)} {...invalid("year")} />,
            )}
          </div>
        </details>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={ui.button} disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save policy"}
          </button>
          {save.isSuccess && !save.isPending && (
            <p className="text-sm text-emerald-700" role="status">
              Saved (revision {save.data.revision}).
            </p>
          )}
        </div>
        {save.isError && (
          <div role="alert">
            <p className={ui.error}>{messageOf(save.error)}</p>
            {isStale && (
              <button
                type="button"
                className={`${ui.buttonSecondary} mt-2`}
                onClick={() => {
                  save.reset();
                  props.onStale();
                }}
              >
                Load the latest revision (your edits stay)
              </button>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
