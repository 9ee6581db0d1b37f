import type { BandPolicy, BandPolicyInput, ZoneGrouping } from "@paypath/core";

/** The band-policy editor's form as typed (strings, so a half-typed number is kept). */
export interface PolicyFormValues {
  readonly midpointPercentile: string;
  /** Spreads in percent: "40" = (max − min) ÷ min of 40 %. */
  readonly icSpread: string;
  readonly managementSpread: string;
  readonly zone: ZoneGrouping;
  readonly tiers: readonly { readonly id: string; readonly name: string; readonly minFactor: string }[];
  /** Catalog ids, or "" for the catalog's reference. */
  readonly industry: string;
  readonly stage: string;
  readonly companySize: string;
  readonly year: string;
}

/** Form values showing a policy (spreads as percentages). */
export function policyFormOf(policy: BandPolicy): PolicyFormValues {
  return {
    midpointPercentile: String(policy.midpointPercentile),
    icSpread: String(round(policy.spread.ic * 100)),
    managementSpread: String(round(policy.spread.management * 100)),
    zone: policy.zone,
    tiers: policy.tiers.map((t) => ({ id: t.id, name: t.name, minFactor: String(t.minFactor) })),
    industry: policy.market.industry ?? "",
    stage: policy.market.stage ?? "",
    companySize: policy.market.companySize ?? "",
    year: policy.market.year === undefined ? "" : String(policy.market.year),
  };
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

const numberOf = (s: string): number | null => {
  const t = s.trim();
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
};

/** The policy the form describes, or a message per field that is wrong (keys as in the form; tiers as `tiers.<i>`). */
export type PolicyFormResult = { readonly ok: true; readonly policy: BandPolicyInput } | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/**
 * Reads the form into a band policy for `teams.setPolicy`, keeping the merit matrix of `current`:
 * percentile 1–99, spreads above 0 and at most 200 %, tier factors 0–10, year 2000–2100.
 *
 * @example
 * policyOfForm({ ...policyFormOf(policy), icSpread: "50" }, policy) // → { ok: true, policy: { …, spread: { ic: 0.5, management: 0.5 } } }
 */
export function policyOfForm(values: PolicyFormValues, current: BandPolicy): PolicyFormResult {
  const errors: Record<string, string> = {};
  const percentile = numberOf(values.midpointPercentile);
  if (percentile === null || percentile < 1 || percentile > 99) errors.midpointPercentile = "Enter a percentile from 1 to 99.";
  const spread = (key: "icSpread" | "managementSpread"): number => {
    const n = numberOf(values[key]);
    if (n === null || n <= 0 || n > 200) errors[key] = "Enter a spread above 0 and up to 200 %.";
    return (n ?? 0) / 100;
  };
  const ic = spread("icSpread");
  const management = spread("managementSpread");
  const tiers = values.tiers.map((t, i) => {
    const n = numberOf(t.minFactor);
    if (n === null || n < 0 || n > 10) errors[`tiers.${i}`] = "Enter a factor from 0 to 10.";
    return { id: t.id, name: t.name, minFactor: n ?? 0 };
  });
  let year: number | undefined;
  if (values.year.trim() !== "") {
    const n = numberOf(values.year);
    if (n === null || !Number.isInteger(n) || n < 2000 || n > 2100) errors.year = "Enter a year from 2000 to 2100, or leave it empty.";
    else year = n;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    policy: {
      midpointPercentile: percentile!,
      spread: { ic, management },
      zone: values.zone,
      tiers,
      market: {
        ...(values.industry ? { industry: values.industry } : {}),
        ...(values.stage ? { stage: values.stage } : {}),
        ...(values.companySize ? { companySize: values.companySize as "S" | "M" | "L" } : {}),
        ...(year === undefined ? {} : { year }),
      },
      meritMatrix: current.meritMatrix,
    },
  };
}
