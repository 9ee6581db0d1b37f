import type { Stage } from "@paypath/core";
import { useId, type ReactElement, type ReactNode } from "react";
import { FieldError, SelectField, TextField, type FieldProps } from "../../components/field";
import { ui } from "../../components/ui";
import { friendlyMessage } from "../../lib/messages";
import { rsuSharesOf, vestingChoices, type ExitValues, type OfferErrors, type OfferField, type OfferValues } from "./offer-values";

/** Offer fields are typed, never filled in by the browser: amounts bring up the decimal keypad. */
const textInput = { inputMode: "text", autoComplete: "off" } as const;
const decimalInput = { inputMode: "decimal", autoComplete: "off" } as const;

interface OfferFormProps {
  /** Position on the screen, from 0. */
  readonly index: number;
  readonly values: OfferValues;
  readonly onChange: (values: OfferValues) => void;
  /** Messages per field, from core's schema in the browser or from the server. */
  readonly errors: OfferErrors;
  /** The catalog's company stages (their liquidity discount fills the offer's). */
  readonly stages: readonly Stage[];
  /** The currency the offer's amounts are in (its own, or the catalog's base currency when it says none). */
  readonly currency: string;
  /** The currencies the offer may be entered in (the catalog's base one first). */
  readonly currencies: readonly string[];
  /** The catalog's base currency (an offer in it stores no currency). */
  readonly baseCurrency: string;
  readonly onRemove: (() => void) | null;
  /** Shown at the foot of the card (saving). */
  readonly children?: ReactNode;
}

/** One offer's form: pay, equity and vesting (with presets), company and exits, benefits and location; each field labelled, its error beside it. */
export function OfferForm({ index, values, onChange, errors, stages, currency, currencies, baseCurrency, onRemove, children }: OfferFormProps): ReactElement {
  const id = useId();
  const title = `Offer ${index + 1}`;
  const set = <K extends keyof OfferValues>(key: K, value: OfferValues[K]): void => onChange({ ...values, [key]: value });
  const field = (name: OfferField, label: string, hint?: string): FieldProps => ({
    id: `${id}-${name.replace(/\./g, "-")}`,
    label,
    hint,
    error: errors[name] ? friendlyMessage(label, errors[name]) : undefined,
  });
  const text = (name: TextKey, label: string, hint?: string): ReactElement => (
    <TextField
      {...field(name, label, hint)}
      {...(name === "name" ? textInput : decimalInput)}
      value={values[name]}
      onChange={(v) => onChange({ ...values, [name]: v })}
    />
  );
  const hasEquity = values.equityKind !== "none";
  const isPrivateEquity = hasEquity && !values.isPublic;

  function setStage(stageId: string): void {
    const stage = stages.find((s) => s.id === stageId);
    if (!stage) return onChange({ ...values, stage: "" });
    const isPublic = stage.id === "public";
    onChange({
      ...values,
      stage: stageId,
      isPublic,
      liquidityDiscountPercent: isPublic ? "" : String(Math.round(stage.liquidityDiscount.value * 1000) / 10),
    });
  }
  const setExit = (i: number, exit: ExitValues): void => set("exits", values.exits.map((e, j) => (j === i ? exit : e)));
  const exitSum = values.exits.reduce((s, e) => s + (Number(e.probabilityPercent) || 0), 0);

  return (
    <section className={`${ui.card} min-w-0`} aria-label={title} data-testid="offer-card">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className={`${ui.h2} min-w-0 break-words`}>{values.name.trim() || title}</h2>
        {onRemove && (
          <button type="button" className={ui.buttonSecondary} onClick={onRemove} aria-label={`Remove ${title}`}>
            Remove
          </button>
        )}
      </div>
      <form className="mt-3 space-y-4" aria-label={`${title} details`} onSubmit={(e) => e.preventDefault()} noValidate>
        {errors[""] && (
          <p className={ui.error} role="alert">
            {errors[""]}
          </p>
        )}
        {text("name", "Offer name")}
        <SelectField
          {...field("currency", "Currency of the offer", "Every amount of this offer is in it, as the offer states it.")}
          value={currency}
          onChange={(v) => set("currency", v === baseCurrency ? "" : v)}
          options={currencies.map((c) => ({ value: c, label: c }))}
        />

        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold text-slate-900">Cash, a year ({currency})</legend>
          {text("base", "Base salary")}
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {text("bonusTargetPercent", "Bonus target (% of base)")}
            {text("bonusPayoutPercent", "Expected payout (% of target)", "Blank if not said.")}
          </div>
          {text("signOnAmount", "Sign-on bonus")}
          {Number(values.signOnAmount.replace(/[\s,_]/g, "")) > 0 && (
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              {text("signOnClawbackMonths", "Clawback period (months)", "Blank: 12 months.")}
              <SelectField
                {...field("signOnClawback", "Repaid if leaving early")}
                value={values.signOnClawback}
                onChange={(v) => set("signOnClawback", v === "full" ? "full" : "pro-rata")}
                options={[
                  { value: "pro-rata", label: "The unearned part" },
                  { value: "full", label: "All of it" },
                ]}
              />
            </div>
          )}
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold text-slate-900">Equity and vesting</legend>
          <SelectField
            {...field("equityKind", "Equity")}
            value={values.equityKind}
            onChange={(v) => set("equityKind", v === "rsu" || v === "options" ? v : "none")}
            options={[
              { value: "none", label: "None" },
              { value: "rsu", label: "RSUs (restricted stock units)" },
              { value: "options", label: "Stock options" },
            ]}
          />
          {values.equityKind === "rsu" && (
            <>
              <SelectField
                {...field("rsuBy", "RSU grant given as")}
                value={values.rsuBy}
                onChange={(v) => set("rsuBy", v === "shares" ? "shares" : "value")}
                options={[
                  { value: "value", label: "A value" },
                  { value: "shares", label: "Shares × share price" },
                ]}
              />
              {values.rsuBy === "value" && values.isPublic && text("grantValue", `Grant value (${currency}, whole grant)`)}
              {values.rsuBy === "value" && !values.isPublic && (
                <div className="space-y-2" data-testid="private-rsu-value">
                  <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                    {text("grantValue", `Grant value (${currency}, whole grant)`)}
                    {text("sharePrice", "Price per share (last round)")}
                  </div>
                  <p className={ui.muted} aria-live="polite">
                    {privateRsuNote(values.grantValue, values.sharePrice, currency)}
                  </p>
                </div>
              )}
              {values.rsuBy === "shares" && (
                <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                  {text("shares", "Shares granted")}
                  {text("sharePrice", "Share price")}
                </div>
              )}
            </>
          )}
          {values.equityKind === "options" && (
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              {text("shares", "Options granted")}
              {text("strike", "Strike price")}
              {text("fairMarketValue", "Fair market value (409A)")}
              {text("preferredPrice", "Preferred price (last round)")}
            </div>
          )}
          {hasEquity && (
            <>
              <SelectField
                {...field("vesting", "Vesting schedule (% a year)")}
                value={values.vesting}
                onChange={(v) => set("vesting", vestingChoices.find((c) => c.value === v)?.value ?? "even")}
                options={vestingChoices}
              />
              {values.vesting === "custom" && text("customYearlyPercent", "Yearly percentages", "One a year, adding up to 100, e.g. 10, 20, 30, 40.")}
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                {text("cliffMonths", "Cliff (months)")}
                <SelectField
                  {...field("frequency", "Vests")}
                  value={values.frequency}
                  onChange={(v) => set("frequency", v === "quarterly" || v === "annual" ? v : "monthly")}
                  options={[
                    { value: "monthly", label: "Monthly" },
                    { value: "quarterly", label: "Quarterly" },
                    { value: "annual", label: "Yearly" },
                  ]}
                />
                <SelectField
                  {...field("refresherKind", "Yearly refresher")}
                  value={values.refresherKind}
                  onChange={(v) => set("refresherKind", v === "percent" || v === "value" ? v : "none")}
                  options={[
                    { value: "none", label: "None said" },
                    { value: "percent", label: "% of the grant" },
                    { value: "value", label: `A value (${currency})` },
                  ]}
                />
                {values.refresherKind !== "none" && text("refresherAmount", values.refresherKind === "percent" ? "Refresher (% of grant)" : "Refresher value")}
              </div>
            </>
          )}
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold text-slate-900">Company</legend>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <SelectField
              {...field("stage", "Company stage")}
              value={values.stage}
              onChange={setStage}
              blank="Not set"
              options={stages.map((s) => ({ value: s.id, label: s.name }))}
            />
            <div className="flex items-center gap-2 sm:mt-6">
              <input
                id={`${id}-isPublic`}
                type="checkbox"
                checked={values.isPublic}
                onChange={(e) => set("isPublic", e.target.checked)}
                className="h-4 w-4 accent-indigo-600"
              />
              <label htmlFor={`${id}-isPublic`} className="text-sm text-slate-700">
                Public company (shares can be sold)
              </label>
            </div>
          </div>
          {isPrivateEquity && (
            <>
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
                {text("liquidityDiscountPercent", "Liquidity discount (%)")}
                {text("dilutionPerRoundPercent", "Dilution per round (%)")}
                {text("roundsPerYear", "Funding rounds a year")}
              </div>
              <fieldset aria-describedby={`${id}-exits-hint`}>
                <legend className={ui.label}>Exit scenarios</legend>
                <p id={`${id}-exits-hint`} className={ui.muted}>
                  What a share could sell for in an exit, and how likely: the probabilities add up to 100 % (now {Math.round(exitSum * 100) / 100} %).
                </p>
                <FieldError id={`${id}-exits-error`} message={errors.exits} />
                <ul className="mt-2 space-y-2">
                  {values.exits.map((exit, i) => (
                    <li key={i} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-start gap-2">
                      <TextField
                        {...field(`exits.${i}.probabilityPercent`, `Exit ${i + 1}: chance (%)`)}
                        {...decimalInput}
                        value={exit.probabilityPercent}
                        onChange={(v) => setExit(i, { ...exit, probabilityPercent: v })}
                      />
                      <TextField
                        {...field(`exits.${i}.pricePerShare`, `Exit ${i + 1}: price a share`)}
                        {...decimalInput}
                        value={exit.pricePerShare}
                        onChange={(v) => setExit(i, { ...exit, pricePerShare: v })}
                      />
                      <button
                        type="button"
                        className={`${ui.buttonSecondary} mt-6`}
                        aria-label={`Remove exit ${i + 1}`}
                        onClick={() => set("exits", values.exits.filter((_, j) => j !== i))}
                      >
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
                {values.exits.length < 20 && (
                  <button
                    type="button"
                    className={`${ui.buttonSecondary} mt-2`}
                    onClick={() => set("exits", [...values.exits, { probabilityPercent: "", pricePerShare: "" }])}
                  >
                    Add exit scenario
                  </button>
                )}
              </fieldset>
            </>
          )}
        </fieldset>

        <details>
          <summary className="cursor-pointer text-sm font-semibold text-indigo-700">Benefits, cost of living and tax</summary>
          <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2">
            {text("retirementMatchPercent", "Retirement match (% of base)")}
            {text("learningBudget", "Learning budget a year")}
            {text("otherCash", "Other cash benefits a year")}
            {text("costOfLivingIndex", "Cost of living index", "100 = the reference city; blank if unknown.")}
            {text("taxRatePercent", "Effective tax rate (%)")}
          </div>
        </details>
      </form>
      {children}
    </section>
  );
}

/**
 * What the form does with a private company's RSU value: it is worth what its shares fetch, so
 * it becomes shares at the price per share (exits then value those shares).
 */
function privateRsuNote(valueText: string, priceText: string, currency: string): string {
  const intro = "A private company's RSUs are worth what their shares fetch in an exit, so the grant value is turned into shares at the price per share";
  const value = Number(valueText.replace(/[\s,_]/g, ""));
  const price = Number(priceText.replace(/[\s,_]/g, ""));
  if (!(value > 0 && price > 0)) return `${intro}; the exit scenarios below then value those shares.`;
  const { shares } = rsuSharesOf(value, price);
  return `${intro}: ${shares.toLocaleString("en-US")} shares at ${new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(price)}; the exit scenarios below value them.`;
}

/** The fields typed as free text (not choices). */
type TextKey = { [K in keyof OfferValues]: string extends OfferValues[K] ? K : never }[keyof OfferValues];
