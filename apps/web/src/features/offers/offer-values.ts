import { OfferSchema, VESTING_PRESETS, type OfferInput, type VestingFrequency, type VestingPreset } from "@paypath/core";

/** One exit scenario as the form holds it: probability in percent, price per share. */
export interface ExitValues {
  readonly probabilityPercent: string;
  readonly pricePerShare: string;
}

/** How an equity grant is given. */
export type EquityKind = "none" | "rsu" | "options";
/** A vesting preset or `"custom"` yearly percentages. */
export type VestingChoice = VestingPreset | "custom";

/**
 * What one offer's form holds: strings as inputs give them, "" for "not said". Fractions of the
 * offer schema (tax rate, liquidity discount, dilution, exit probability) are entered in percent.
 */
export interface OfferValues {
  readonly name: string;
  /** The ISO 4217 code every amount of the offer is entered in; "" for the catalog's base currency. */
  readonly currency: string;
  readonly base: string;
  readonly bonusTargetPercent: string;
  readonly bonusPayoutPercent: string;
  readonly signOnAmount: string;
  readonly signOnClawbackMonths: string;
  readonly signOnClawback: "pro-rata" | "full";
  readonly equityKind: EquityKind;
  readonly rsuBy: "value" | "shares";
  readonly grantValue: string;
  readonly shares: string;
  readonly sharePrice: string;
  readonly strike: string;
  readonly fairMarketValue: string;
  readonly preferredPrice: string;
  readonly vesting: VestingChoice;
  readonly customYearlyPercent: string;
  readonly cliffMonths: string;
  readonly frequency: VestingFrequency;
  readonly refresherKind: "none" | "percent" | "value";
  readonly refresherAmount: string;
  readonly stage: string;
  readonly isPublic: boolean;
  readonly liquidityDiscountPercent: string;
  readonly dilutionPerRoundPercent: string;
  readonly roundsPerYear: string;
  readonly exits: readonly ExitValues[];
  readonly retirementMatchPercent: string;
  readonly learningBudget: string;
  readonly otherCash: string;
  readonly costOfLivingIndex: string;
  readonly taxRatePercent: string;
}

/** The vesting choices the form offers, presets first. */
export const vestingChoices: readonly { readonly value: VestingChoice; readonly label: string }[] = [
  { value: "even", label: `Even ${VESTING_PRESETS.even.join("/")}` },
  { value: "back-loaded", label: `Back-loaded ${VESTING_PRESETS["back-loaded"].join("/")}` },
  { value: "front-loaded", label: `Front-loaded ${VESTING_PRESETS["front-loaded"].join("/")}` },
  { value: "front-loaded-steep", label: `Front-loaded ${VESTING_PRESETS["front-loaded-steep"].join("/")}` },
  { value: "custom", label: "Custom" },
];

/**
 * An empty offer named `name`, its amounts in `currency` ("" = the catalog's base currency): no
 * equity, even vesting with a 12-month cliff, monthly.
 *
 * @example
 * blankOffer("Offer A").base // → ""
 * blankOffer("Offer A", "EUR").currency // → "EUR"
 */
export function blankOffer(name: string, currency = ""): OfferValues {
  return {
    name,
    currency,
    base: "",
    bonusTargetPercent: "",
    bonusPayoutPercent: "",
    signOnAmount: "",
    signOnClawbackMonths: "",
    signOnClawback: "pro-rata",
    equityKind: "none",
    rsuBy: "value",
    grantValue: "",
    shares: "",
    sharePrice: "",
    strike: "",
    fairMarketValue: "",
    preferredPrice: "",
    vesting: "even",
    customYearlyPercent: "",
    cliffMonths: "12",
    frequency: "monthly",
    refresherKind: "none",
    refresherAmount: "",
    stage: "",
    isPublic: false,
    liquidityDiscountPercent: "",
    dilutionPerRoundPercent: "",
    roundsPerYear: "",
    exits: [],
    retirementMatchPercent: "",
    learningBudget: "",
    otherCash: "",
    costOfLivingIndex: "",
    taxRatePercent: "",
  };
}

/** A form field's key: a key of `OfferValues`, or `exits.<i>.probabilityPercent` / `exits.<i>.pricePerShare`. */
export type OfferField = keyof OfferValues | `exits.${number}.${keyof ExitValues}`;

/** Where each form field's value lands in the offer (the schema's issue paths). */
const fieldPaths: readonly (readonly [string, keyof OfferValues])[] = [
  ["currency", "currency"],
  ["base", "base"],
  ["bonus.targetPercent", "bonusTargetPercent"],
  ["bonus.payoutPercent", "bonusPayoutPercent"],
  ["signOn.amount", "signOnAmount"],
  ["signOn.clawbackMonths", "signOnClawbackMonths"],
  ["signOn.clawback", "signOnClawback"],
  ["equity.grantValue", "grantValue"],
  ["equity.shares", "shares"],
  ["equity.sharePrice", "sharePrice"],
  ["equity.strike", "strike"],
  ["equity.fairMarketValue", "fairMarketValue"],
  ["equity.preferredPrice", "preferredPrice"],
  ["equity", "equityKind"],
  ["vesting.cliffMonths", "cliffMonths"],
  ["vesting.frequency", "frequency"],
  ["vesting", "vesting"],
  ["refresher", "refresherAmount"],
  ["company.stage", "stage"],
  ["company.isPublic", "isPublic"],
  ["company.liquidityDiscount", "liquidityDiscountPercent"],
  ["company.dilutionPerRound", "dilutionPerRoundPercent"],
  ["company.roundsPerYear", "roundsPerYear"],
  ["company.exits", "exits"],
  ["benefits.retirementMatchPercent", "retirementMatchPercent"],
  ["benefits.learningBudget", "learningBudget"],
  ["benefits.otherCash", "otherCash"],
  ["location.costOfLivingIndex", "costOfLivingIndex"],
  ["location.taxRate", "taxRatePercent"],
];

/**
 * The form field an offer issue path points at: the field whose offer path is the longest prefix
 * of it; an exit scenario's field for `company.exits.<i>.<key>`; the custom percentages for
 * `vesting.yearlyPercent` when the schedule is custom. `""` when no field matches.
 *
 * @example
 * offerFieldOf("company.exits.1.probability", values) // → "exits.1.probabilityPercent"
 * offerFieldOf("location.taxRate", values) // → "taxRatePercent"
 */
export function offerFieldOf(path: string, values: Pick<OfferValues, "vesting">): OfferField | "" {
  const exit = /^company\.exits\.(\d+)\.(probability|pricePerShare)/.exec(path);
  if (exit) return `exits.${Number(exit[1])}.${exit[2] === "probability" ? "probabilityPercent" : "pricePerShare"}`;
  if (path === "vesting.yearlyPercent" || path.startsWith("vesting.yearlyPercent.")) return values.vesting === "custom" ? "customYearlyPercent" : "vesting";
  if (path === "name") return "name";
  for (const [prefix, field] of fieldPaths) {
    if (path === prefix || path.startsWith(`${prefix}.`)) return field;
  }
  return "";
}

/** Messages per form field (`""` for the offer as a whole). */
export type OfferErrors = Readonly<Partial<Record<OfferField | "", string>>>;

/** The offer an offer form builds, or null while it has errors; and the errors per field. */
export interface CheckedOffer {
  readonly offer: OfferInput | null;
  readonly errors: OfferErrors;
}

/** What a private company's RSU grant given as a value still needs, in words. */
export const privateRsuPriceMessage =
  "A private company's RSUs are valued per share: enter the price per share (the last round's preferred price) and the grant value is turned into shares at it.";
/** What a private company's equity still needs, in words. */
export const privateExitsMessage =
  "A private company's shares are worth what an exit pays: add at least one exit scenario below (its chance and the price a share would fetch), or tick Public company if the shares can already be sold.";

/**
 * A grant value as whole shares at a price per share (rounded down; none at a price of 0), with that price.
 *
 * @example
 * rsuSharesOf(100_000, 40) // → { shares: 2500, sharePrice: 40 }
 */
export function rsuSharesOf(value: number, price: number): { shares: number; sharePrice: number } {
  return { shares: price > 0 ? Math.floor(value / price + 1e-9) : 0, sharePrice: price };
}

/** Parses a number as typed: spaces, commas and underscores are ignored; "" is undefined; NaN when not a number. */
function numberOf(text: string): number | undefined {
  const cleaned = text.replace(/[\s,_]/g, "");
  if (cleaned === "") return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** Percent → fraction, rounded to 12 decimals so 7 % is 0.07, not 0.07000000000000001. */
const fractionOf = (percent: number): number => Math.round(percent * 1e10) / 1e12;

/**
 * Builds a core `OfferInput` from the form: fields left blank are left out (so the offer's
 * defaults apply and the comparison's checklist asks about them), percentages of fractions are
 * divided by 100, and the result is checked with core's `OfferSchema`. Errors are keyed by form
 * field; the offer is null while there are any.
 *
 * @example
 * checkOffer({ ...blankOffer("A"), base: "200,000", bonusTargetPercent: "15" })
 * // → { offer: { base: 200000, bonus: { targetPercent: 15 } }, errors: {} }
 */
export function checkOffer(values: OfferValues): CheckedOffer {
  const errors: Partial<Record<OfferField | "", string>> = {};
  const num = (field: OfferField, text: string): number | undefined => {
    const n = numberOf(text);
    if (Number.isNaN(n)) errors[field] = "Enter a number.";
    return n === undefined || Number.isNaN(n) ? undefined : n;
  };
  const required = (field: OfferField, text: string): number => {
    const n = num(field, text);
    if (n === undefined) errors[field] ??= "Required.";
    return n ?? 0;
  };

  const offer: Record<string, unknown> = {};
  const base = num("base", values.base);
  if (base === undefined && errors.base === undefined) errors.base = "Enter the base salary.";
  offer.base = base;
  if (values.currency !== "") offer.currency = values.currency;

  const targetPercent = num("bonusTargetPercent", values.bonusTargetPercent);
  const payoutPercent = num("bonusPayoutPercent", values.bonusPayoutPercent);
  if (targetPercent !== undefined || payoutPercent !== undefined) offer.bonus = defined({ targetPercent, payoutPercent });

  const signOn = num("signOnAmount", values.signOnAmount);
  const clawbackMonths = num("signOnClawbackMonths", values.signOnClawbackMonths);
  if (signOn !== undefined && signOn > 0) offer.signOn = defined({ amount: signOn, clawbackMonths, clawback: values.signOnClawback });

  if (values.equityKind !== "none") {
    if (values.equityKind === "rsu") {
      if (values.rsuBy === "value" && !values.isPublic) {
        // A private company's RSUs are priced per share: the value becomes shares at the stated price.
        const value = required("grantValue", values.grantValue);
        const price = num("sharePrice", values.sharePrice);
        if (price === undefined || price <= 0) errors.sharePrice ??= privateRsuPriceMessage;
        offer.equity = { kind: "rsu", ...rsuSharesOf(value, price ?? 0) };
      } else {
        offer.equity =
          values.rsuBy === "value"
            ? { kind: "rsu", grantValue: required("grantValue", values.grantValue) }
            : { kind: "rsu", shares: required("shares", values.shares), sharePrice: required("sharePrice", values.sharePrice) };
      }
    } else {
      offer.equity = {
        kind: "options",
        shares: required("shares", values.shares),
        strike: required("strike", values.strike),
        fairMarketValue: required("fairMarketValue", values.fairMarketValue),
        preferredPrice: required("preferredPrice", values.preferredPrice),
      };
    }
    let yearlyPercent: VestingPreset | number[] = "even";
    if (values.vesting === "custom") {
      const parts = values.customYearlyPercent.split(/[\s,/;]+/).filter((p) => p !== "");
      const numbers = parts.map(Number);
      if (parts.length === 0 || numbers.some((n) => !Number.isFinite(n))) errors.customYearlyPercent = "Enter one percentage a year, e.g. 10, 20, 30, 40.";
      else yearlyPercent = numbers;
    } else {
      yearlyPercent = values.vesting;
    }
    offer.vesting = defined({ cliffMonths: num("cliffMonths", values.cliffMonths), frequency: values.frequency, yearlyPercent });
    const refresher = num("refresherAmount", values.refresherAmount);
    if (values.refresherKind !== "none" && refresher !== undefined) {
      offer.refresher = values.refresherKind === "percent" ? { percentOfGrant: refresher } : { value: refresher };
    }
  }

  const liquidity = num("liquidityDiscountPercent", values.liquidityDiscountPercent);
  const dilution = num("dilutionPerRoundPercent", values.dilutionPerRoundPercent);
  const rounds = num("roundsPerYear", values.roundsPerYear);
  // Every row is kept, so the schema's issue paths (company.exits.<i>) point at the form's rows.
  const exits = values.equityKind === "none" || values.isPublic ? [] : values.exits;
  const company = defined({
    stage: values.stage || undefined,
    isPublic: values.isPublic || undefined,
    liquidityDiscount: liquidity === undefined ? undefined : fractionOf(liquidity),
    dilutionPerRound: dilution === undefined ? undefined : fractionOf(dilution),
    roundsPerYear: rounds,
    exits:
      exits.length === 0
        ? undefined
        : exits.map((e, i) => ({
            probability: fractionOf(required(`exits.${i}.probabilityPercent`, e.probabilityPercent)),
            pricePerShare: required(`exits.${i}.pricePerShare`, e.pricePerShare),
          })),
  });
  if (Object.keys(company).length > 0) offer.company = company;

  const benefits = defined({
    retirementMatchPercent: num("retirementMatchPercent", values.retirementMatchPercent),
    learningBudget: num("learningBudget", values.learningBudget),
    otherCash: num("otherCash", values.otherCash),
  });
  if (Object.keys(benefits).length > 0) offer.benefits = benefits;

  const col = num("costOfLivingIndex", values.costOfLivingIndex);
  const tax = num("taxRatePercent", values.taxRatePercent);
  const location = defined({ costOfLivingIndex: col, taxRate: tax === undefined ? undefined : fractionOf(tax) });
  if (Object.keys(location).length > 0) offer.location = location;

  const parsed = OfferSchema.safeParse(offer);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".");
      const field = offerFieldOf(path, values);
      errors[field] ??= path === "company.exits" && exits.length === 0 ? privateExitsMessage : issue.message;
    }
  }
  const ok = Object.keys(errors).length === 0;
  return { offer: ok ? (offer as OfferInput) : null, errors };
}

/** The object without its undefined properties. */
function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const text = (n: number | undefined): string => (n === undefined ? "" : String(n));
const percentText = (fraction: number | undefined): string => (fraction === undefined ? "" : String(Math.round(fraction * 1e12) / 1e10));

/**
 * The form values that show an offer (a saved one, say): the inverse of `checkOffer`.
 *
 * @example
 * fromOfferInput("BigCo", { base: 200_000, location: { taxRate: 0.3 } }) // → { name: "BigCo", base: "200000", taxRatePercent: "30", … }
 */
export function fromOfferInput(name: string, offer: OfferInput): OfferValues {
  const blank = blankOffer(name);
  const equity = offer.equity;
  const yearly = offer.vesting?.yearlyPercent;
  const refresher = offer.refresher;
  return {
    ...blank,
    currency: offer.currency ?? "",
    base: text(offer.base),
    bonusTargetPercent: text(offer.bonus?.targetPercent),
    bonusPayoutPercent: text(offer.bonus?.payoutPercent),
    signOnAmount: text(offer.signOn?.amount),
    signOnClawbackMonths: text(offer.signOn?.clawbackMonths),
    signOnClawback: offer.signOn?.clawback ?? "pro-rata",
    equityKind: equity?.kind ?? "none",
    rsuBy: equity?.kind === "rsu" && equity.grantValue === undefined ? "shares" : "value",
    grantValue: equity?.kind === "rsu" ? text(equity.grantValue) : "",
    shares: text(equity?.shares),
    sharePrice: equity?.kind === "rsu" ? text(equity.sharePrice) : "",
    strike: equity?.kind === "options" ? text(equity.strike) : "",
    fairMarketValue: equity?.kind === "options" ? text(equity.fairMarketValue) : "",
    preferredPrice: equity?.kind === "options" ? text(equity.preferredPrice) : "",
    vesting: yearly === undefined ? "even" : typeof yearly === "string" ? yearly : "custom",
    customYearlyPercent: Array.isArray(yearly) ? yearly.join(", ") : "",
    cliffMonths: offer.vesting?.cliffMonths === undefined ? blank.cliffMonths : text(offer.vesting.cliffMonths),
    frequency: offer.vesting?.frequency ?? "monthly",
    refresherKind: refresher === undefined ? "none" : "percentOfGrant" in refresher ? "percent" : "value",
    refresherAmount: refresher === undefined ? "" : "percentOfGrant" in refresher ? text(refresher.percentOfGrant) : text(refresher.value),
    stage: offer.company?.stage ?? "",
    isPublic: offer.company?.isPublic ?? false,
    liquidityDiscountPercent: percentText(offer.company?.liquidityDiscount),
    dilutionPerRoundPercent: percentText(offer.company?.dilutionPerRound),
    roundsPerYear: text(offer.company?.roundsPerYear),
    exits: (offer.company?.exits ?? []).map((e) => ({ probabilityPercent: percentText(e.probability), pricePerShare: text(e.pricePerShare) })),
    retirementMatchPercent: text(offer.benefits?.retirementMatchPercent),
    learningBudget: text(offer.benefits?.learningBudget),
    otherCash: text(offer.benefits?.otherCash),
    costOfLivingIndex: text(offer.location?.costOfLivingIndex),
    taxRatePercent: percentText(offer.location?.taxRate),
  };
}
