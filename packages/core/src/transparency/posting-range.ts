import { compileCatalog } from "../catalog/compile.js";
import type { Catalog } from "../catalog/schema.js";
import { priceTeam } from "../bands/calibrate-team.js";
import type { BandPolicy } from "../bands/schema.js";
import type { BandRange } from "../bands/types.js";
import { estimate } from "../valuation/estimate.js";
import { ProfileError } from "../valuation/profile-error.js";
import type { Disclosure, JurisdictionRule } from "./schema.js";

/** What a posting range is asked for: the job, the jurisdiction's rule, and optionally a narrower range inside the band. */
export interface PostingRangeRequest {
  readonly roleId: string;
  readonly levelId: string;
  readonly locationId: string;
  /** A range the manager picks inside the band, yearly base pay in the location's currency; absent: the band itself. */
  readonly range?: { readonly min: number; readonly max: number } | undefined;
}

/** One part of pay besides base and what the posting says about it under the rule. */
export interface PostingComponent {
  /** What the rule asks: state the figure, describe it, or nothing. */
  readonly disclosure: Disclosure;
  /** The posting's sentence; null when the rule asks nothing. */
  readonly text: string | null;
}

/** The result of `postingRange`: a range for a job posting and the text a posting carries under the rule. */
export interface PostingRange {
  readonly rule: Pick<JurisdictionRule, "id" | "name" | "law" | "source" | "summary" | "timing" | "maxRangeWidth">;
  readonly role: { readonly id: string; readonly name: string };
  readonly level: { readonly id: string; readonly name: string };
  readonly location: { readonly id: string; readonly name: string };
  /** The zone of the team's policy the band belongs to. */
  readonly zoneId: string;
  /** The location's currency; every amount below is in it, yearly. */
  readonly currency: string;
  /** Units of `currency` per unit of the catalog's base currency. */
  readonly fxRate: number;
  /** The team's base band for the job, unrounded. */
  readonly band: BandRange;
  /** The posting's base range, rounded. */
  readonly range: { readonly min: number; readonly max: number };
  /** The rounding step used for the band's edges. */
  readonly roundingStep: number;
  /** True when the manager picked a range rather than the band. */
  readonly isPicked: boolean;
  /** The target bonus in percent of base, from the catalog (level target × stage scale). */
  readonly bonusTargetPercent: number;
  /** The yearly equity value at the band's midpoint (after the stage's liquidity discount). */
  readonly equityAtMid: number;
  readonly bonus: PostingComponent;
  readonly equity: PostingComponent;
  readonly benefits: PostingComponent;
  /** What was changed to meet the rule (e.g. a range narrowed to the law's maximum width). */
  readonly adjustments: readonly string[];
  /** The posting's lines, in order; `text` joins them. */
  readonly lines: readonly string[];
  readonly text: string;
}

/**
 * The step a posting's yearly amounts are rounded to: 100 under 10,000, 1,000 under 1,000,000,
 * 10,000 under 10,000,000, 100,000 above (amounts in the posting's currency).
 *
 * @example
 * roundingStep(142_857) // → 1_000
 * roundingStep(2_400_000) // → 10_000
 */
export function roundingStep(amount: number): number {
  if (amount < 10_000) return 100;
  if (amount < 1_000_000) return 1_000;
  if (amount < 10_000_000) return 10_000;
  return 100_000;
}

/**
 * Rounds a range inward to `step` (minimum up, maximum down), so the rounded range stays inside
 * the original; a range too narrow for that is rounded to whole units instead.
 *
 * @example
 * roundRangeInward({ min: 100_250.5, max: 140_350.9 }, 1_000) // → { min: 101_000, max: 140_000 }
 */
export function roundRangeInward(range: { min: number; max: number }, step: number): { min: number; max: number } {
  const min = Math.ceil(range.min / step - 1e-9) * step;
  const max = Math.floor(range.max / step + 1e-9) * step;
  return min < max ? { min, max } : { min: Math.round(range.min), max: Math.round(range.max) };
}

/**
 * A whole amount with thousands separators and the currency code.
 *
 * @example
 * formatAmount(125_000, "EUR") // → "EUR 125,000"
 */
export function formatAmount(amount: number, currency: string): string {
  const whole = Math.round(amount).toString();
  return `${currency} ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

function bonusText(disclosure: Disclosure, percent: number): string | null {
  if (disclosure === "none") return null;
  const shown = Math.round(percent * 10) / 10;
  if (shown <= 0) return "Bonus: none.";
  return disclosure === "state"
    ? `Bonus: target ${shown} % of base salary a year, paid on performance.`
    : `Bonus: eligible for a yearly performance bonus (target ${shown} % of base salary).`;
}

function equityText(disclosure: Disclosure, atMid: number, currency: string, step: number): string | null {
  if (disclosure === "none") return null;
  if (atMid < 1) return "Equity: none.";
  const rounded = Math.max(step, Math.round(atMid / step) * step);
  return disclosure === "state"
    ? `Equity: a grant worth about ${formatAmount(rounded, currency)} a year at the middle of the range, vesting over the plan's schedule.`
    : "Equity: eligible for an equity grant (shares or options) vesting over the plan's schedule.";
}

function benefitsText(disclosure: Disclosure): string | null {
  if (disclosure === "none") return null;
  return "Benefits: [describe health cover, retirement plan, paid leave and any other benefits].";
}

/**
 * A pay range for a job posting under a jurisdiction's rule, from the team's band for the role ×
 * level × location (the band math of `calibrateTeam`, under the team's policy). The band is turned
 * into the location's currency and rounded inward (`roundRangeInward`); a range the manager picks
 * must lie inside the band (else `ProfileError` at `range.min` / `range.max`) and is kept to whole
 * units. Where the law caps the range's width (`maxRangeWidth`, converted with the catalog's
 * exchange rates) and the range's maximum is not above the cap's exemption, a wider range is
 * narrowed around its centre and `adjustments` says so. Bonus, equity and benefits are stated,
 * described or left out as the rule asks; the bonus target and equity are the catalog's for the
 * level and the policy's market stage. An unknown id is a `ProfileError` naming its field.
 *
 * @example
 * postingRange({ roleId: "ml-engineer", levelId: "senior", locationId: "de" }, euRule, policy, catalog)
 * // → { currency: "EUR", range: { min: 101_000, max: 141_000 }, bonus: { disclosure: "state", text: "Bonus: target 15 % …" }, … }
 */
export function postingRange(request: PostingRangeRequest, rule: JurisdictionRule, policy: BandPolicy, catalog: Catalog): PostingRange {
  const c = compileCatalog(catalog);
  const role = c.roles.get(request.roleId)?.item;
  if (!role) throw new ProfileError(["roleId"], `unknown role "${request.roleId}"`);
  const level = c.levels.get(request.levelId)?.item;
  if (!level) throw new ProfileError(["levelId"], `unknown level "${request.levelId}"`);
  const location = c.locations.get(request.locationId)?.item;
  if (!location) throw new ProfileError(["locationId"], `unknown location "${request.locationId}"`);

  const priced = priceTeam(
    [{ employeeId: "posting", name: "posting", title: "", roleId: role.id, levelId: level.id, locationId: location.id, base: 1, bonus: 0, equity: 0 }],
    policy,
    catalog,
    false,
  );
  const band0 = priced.bands[0]!;
  const fx = location.fxRate.value;
  const band: BandRange = { min: band0.base.min * fx, mid: band0.base.mid * fx, max: band0.base.max * fx };
  const currency = location.currency;
  const step = roundingStep(band.max);

  let range: { min: number; max: number };
  if (request.range) {
    const min = Math.round(request.range.min);
    const max = Math.round(request.range.max);
    const edge = (n: number): string => formatAmount(n, currency);
    if (min < Math.floor(band.min)) throw new ProfileError(["range", "min"], `must not be below the band's minimum, ${edge(Math.ceil(band.min))}`);
    if (max > Math.ceil(band.max)) throw new ProfileError(["range", "max"], `must not be above the band's maximum, ${edge(Math.floor(band.max))}`);
    if (min >= max) throw new ProfileError(["range", "max"], "must be more than the minimum");
    range = { min, max };
  } else {
    range = roundRangeInward(band, step);
  }

  const adjustments: string[] = [];
  const cap = rule.maxRangeWidth;
  if (cap) {
    const capFx = cap.currency === catalog.baseCurrency ? 1 : catalog.locations.find((l) => l.currency === cap.currency)?.fxRate.value;
    if (capFx === undefined) {
      adjustments.push(`The rule's maximum width is in ${cap.currency}, which the catalog has no exchange rate for; check the width by hand.`);
    } else {
      const toLocal = fx / capFx;
      const width = cap.amount * toLocal;
      const exempt = cap.exemptAbove === undefined ? Infinity : cap.exemptAbove * toLocal;
      if (range.max > exempt) {
        adjustments.push(`The rule's maximum width does not apply: the range's top is above ${formatAmount(exempt, currency)}.`);
      } else if (range.max - range.min > width + 1e-6) {
        const centre = (range.min + range.max) / 2;
        const s = width >= 10 * step ? step : 1;
        const min = Math.ceil((centre - width / 2) / s - 1e-9) * s;
        const max = min + Math.floor(width / s + 1e-9) * s;
        adjustments.push(
          `Narrowed from ${formatAmount(range.min, currency)} – ${formatAmount(range.max, currency)} to ${formatAmount(width, currency)} wide, the most ${rule.name} allows.`,
        );
        range = { min, max };
      }
    }
  }

  const e = estimate(
    { role: role.id, level: level.id, location: location.id, ...policy.market },
    catalog,
    { breakdown: false, levers: false },
  );
  const bonusTargetPercent = (e.bonus.p50 / e.base.p50) * 100;
  const equityAtMid = (e.equity.p50 / e.base.p50) * band.mid;
  const bonus = { disclosure: rule.disclose.bonus, text: bonusText(rule.disclose.bonus, bonusTargetPercent) };
  const equity = { disclosure: rule.disclose.equity, text: equityText(rule.disclose.equity, equityAtMid, currency, step) };
  const benefits = { disclosure: rule.disclose.benefits, text: benefitsText(rule.disclose.benefits) };

  const lines = [
    `${role.name}, ${level.name} — ${location.name}`,
    `Pay range: ${formatAmount(range.min, currency)} – ${formatAmount(range.max, currency).slice(currency.length + 1)} a year (base salary).`,
    ...[bonus.text, equity.text, benefits.text].filter((t): t is string => t !== null),
    `Range given under ${rule.name} (${rule.law}).`,
  ];
  return {
    rule: { id: rule.id, name: rule.name, law: rule.law, source: rule.source, summary: rule.summary, timing: rule.timing, maxRangeWidth: rule.maxRangeWidth },
    role: { id: role.id, name: role.name },
    level: { id: level.id, name: level.name },
    location: { id: location.id, name: location.name },
    zoneId: band0.zoneId,
    currency,
    fxRate: fx,
    band,
    range,
    roundingStep: step,
    isPicked: request.range !== undefined,
    bonusTargetPercent,
    equityAtMid,
    bonus,
    equity,
    benefits,
    adjustments,
    lines,
    text: lines.join("\n"),
  };
}

/**
 * The rule suggested for a location: the first whose `appliesTo.locations` names it, else the first
 * whose `appliesTo.countries` holds its country; null when none does.
 *
 * @example
 * suggestJurisdiction("us-seattle", rules, catalog)?.id // → "us-wa"
 */
export function suggestJurisdiction(locationId: string, rules: readonly JurisdictionRule[], catalog: Catalog): JurisdictionRule | null {
  const location = catalog.locations.find((l) => l.id === locationId);
  if (!location) return null;
  return rules.find((r) => r.appliesTo.locations.includes(locationId)) ?? rules.find((r) => r.appliesTo.countries.includes(location.country)) ?? null;
}
