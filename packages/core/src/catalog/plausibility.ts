import { estimate } from "../valuation/estimate.js";
import { ProfileError } from "../valuation/profile-error.js";
import type { Profile } from "../profile/schema.js";
import { countryWageAnchors, type CountryWageAnchor } from "./country-wage-anchors.js";
import type { Catalog, Level, Location } from "./schema.js";

/**
 * One expectation a compensation professional holds about a catalog, and whether it holds.
 * `anchor` names the public figure behind it (publication, table, year); `detail` gives the
 * figures found, or says why the check does not apply ("not applicable: …", then `passed`).
 */
export interface PlausibilityCheck {
  readonly id: string;
  /** The expectation, in words. */
  readonly title: string;
  readonly anchor: string;
  readonly passed: boolean;
  readonly detail: string;
}

export interface PlausibilityReport {
  readonly checks: readonly PlausibilityCheck[];
}

export interface PlausibilityOptions {
  /** Average wage of each country relative to the US (default: core's `countryWageAnchors`). */
  readonly countryAnchors?: Readonly<Record<string, CountryWageAnchor>>;
}

/** A ratio of average wages at least this large is expected to order tech pay the same way … */
export const countryOrderRatio = 2;
/** … and at least this large when the two averages were measured on different bases. */
export const countryOrderRatioAcrossBases = 3;
/** A country's pay factor should be at least this fraction of its average-wage ratio … */
export const countryBandLow = 0.6;
/** … and at most its average-wage ratio to this power (pay in tech differs less than average pay). */
export const countryBandExponent = 0.4;

const notApplicable = "not applicable: ";

/** BLS OEWS May 2024 national wage percentiles (annual, USD) of the occupations roles are held to. */
const blsAnchors: readonly { role: string; name: string; soc: string; occupation: string; p50: number; p90: number }[] = [
  { role: "software-engineer", name: "software engineer", soc: "15-1252", occupation: "Software Developers", p50: 133_080, p90: 211_450 },
  { role: "data-scientist", name: "data scientist", soc: "15-2051", occupation: "Data Scientists", p50: 112_590, p90: 194_410 },
  { role: "security-analyst", name: "security analyst", soc: "15-1212", occupation: "Information Security Analysts", p50: 124_910, p90: 186_420 },
];
const blsCitation = "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, national, May 2024 (national_M2024_dl.xlsx)";

/** AI roles priced from AI-specific evidence should not pay less than their general counterpart. */
const aiPairs: readonly { ai: string; general: string; aiName: string; generalName: string }[] = [
  { ai: "ai-security-engineer", general: "security-engineer", aiName: "AI security engineer", generalName: "security engineer" },
  { ai: "ai-governance-lead", general: "grc-analyst", aiName: "AI governance lead", generalName: "GRC analyst" },
  { ai: "ai-product-manager", general: "product-manager", aiName: "AI product manager", generalName: "product manager" },
];

/** What the checks price against: the reference year and the US national location. */
interface Setting {
  readonly catalog: Catalog;
  readonly roles: ReadonlySet<string>;
  readonly year: number;
  readonly us: Location | undefined;
  /** The level the role checks price (senior, else the reference level). */
  readonly senior: Level;
  /** The role the factor checks price (ML engineer, else the first reference role, else the first role). */
  readonly pricingRole: string;
}

/** A check's outcome before it is given its id, title and anchor. */
type Outcome = { passed: boolean; detail: string };

/**
 * Runs the plausibility suite on a catalog: orderings and ranges a compensation professional
 * expects, each citing its public anchor, evaluated by pricing profiles with `estimate` (base
 * p50 in the catalog's base currency at its reference year), not by reading figures alone.
 * A check whose role or country the catalog lacks passes as "not applicable". Pure: the same
 * catalog always gives the same report.
 *
 * Checks: US roles between the BLS OEWS May 2024 median and p90 (+10 %); ML engineer ≥ software engineer; AI
 * roles ≥ their general counterparts; country orderings where average wages differ at least
 * `countryOrderRatio`-fold (`countryOrderRatioAcrossBases`-fold when one average comes from national
 * accounts and the other from a survey), and each country's pay level within [`countryBandLow` × anchor,
 * anchor ^ `countryBandExponent`]; company size L ≥ M ≥ S; hybrid pay between on-site and remote
 * or near on-site; pay rising with level and the junior/senior ratio; an Indian junior data
 * analyst within local public figures.
 *
 * @example
 * const report = checkPlausibility(defaultCatalog);
 * report.checks.filter((c) => !c.passed).map((c) => `${c.title}: ${c.detail}`)
 * // → [] for a plausible catalog, else one line per failed check
 */
export function checkPlausibility(catalog: Catalog, options: PlausibilityOptions = {}): PlausibilityReport {
  const anchors = options.countryAnchors ?? countryWageAnchors;
  const setting = settingOf(catalog);
  const checks: PlausibilityCheck[] = [];
  for (const bls of blsAnchors) {
    checks.push({
      id: `bls-${bls.role}`,
      title: `A senior ${bls.name} in the US earns a base between the median and the p90 (+10 %) of BLS ${bls.soc} ${bls.occupation}`,
      anchor:
        `${blsCitation}: ${bls.soc} ${bls.occupation}, annual median ${usd(bls.p50)}, p90 ${usd(bls.p90)} ` +
        "(all experience levels: a senior earns at least the median and not far above the p90)",
      ...guarded(() => checkBlsBand(setting, bls)),
    });
  }
  checks.push({
    id: "ml-over-software",
    title: "A senior ML engineer earns at least the base of a senior software engineer",
    anchor:
      `${blsCitation}: 15-1221 Computer and Information Research Scientists (where machine-learning scientists are classed) ` +
      "median $140,910 vs 15-1252 Software Developers $133,080; Dice Tech Salary Report 2025 likewise reports higher pay for AI/ML work",
    ...guarded(() => checkAtLeast(setting, "ml-engineer", "software-engineer", "ML engineer", "software engineer")),
  });
  for (const pair of aiPairs) {
    checks.push({
      id: `ai-over-general-${pair.ai}`,
      title: `A senior ${pair.aiName} earns at least the base of a senior ${pair.generalName}`,
      anchor:
        "PwC Global AI Jobs Barometer 2024: jobs that require AI skills carry a wage premium over the same occupation without them " +
        "(job postings, United States and other markets)",
      ...guarded(() => checkAtLeast(setting, pair.ai, pair.general, pair.aiName, pair.generalName)),
    });
  }
  const anchorText =
    "Average annual wage relative to the US at market exchange rates (countryWageAnchors: Eurostat nama_10_fte 2023, " +
    "OECD AV_AN_WAGE, national statistics offices; catalog source cross-country-wages)";
  checks.push({
    id: "country-order",
    title:
      `A country whose average wage is at least ${countryOrderRatio}× another's ` +
      `(${countryOrderRatioAcrossBases}× when measured on different bases) does not pay less in tech`,
    anchor:
      `${anchorText}; the thresholds are a judgement: tech pay is compressed across countries relative to average pay, ` +
      "so a smaller gap in average wages does not reliably order tech pay, and averages from national accounts and from " +
      "surveys of employees compare less well",
    ...guarded(() => checkCountryOrder(setting, anchors)),
  });
  for (const check of countryBandChecks(setting, anchors)) {
    checks.push({ ...check, anchor: `${anchorText}; the band is a judgement: tech pay differs less across countries than average pay` });
  }
  checks.push({
    id: "company-size-order",
    title: "Larger employers pay at least as much: large ≥ medium ≥ small",
    anchor:
      "Oi, W. Y. & Idson, T. L. (1999), 'Firm size and wages', Handbook of Labor Economics vol. 3B, ch. 33: " +
      "larger employers pay more for observably similar workers (the employer-size wage premium)",
    ...guarded(() => checkCompanySizes(setting)),
  });
  checks.push({
    id: "hybrid-arrangement",
    title: "Hybrid pay lies between on-site and remote pay, or within 3 % of on-site",
    anchor:
      "Judgement check (no published table prices hybrid work separately): hybrid mixes the two arrangements; " +
      "Barrero, Bloom, Davis, Meyer & Mihaylov (2022), 'The Shift to Remote Work Lessens Wage-Growth Pressures', " +
      "NBER Working Paper 30197, find the option to work from home is worth only a modest part of pay",
    ...guarded(() => checkHybrid(setting)),
  });
  checks.push({
    id: "levels-rise",
    title: "Base pay rises with level on each track",
    anchor:
      "Job-levelling practice (each level's pay range sits above the one below); " +
      `${blsCitation}: 15-1252 Software Developers wage percentiles rise from p10 $79,850 to p90 $211,450`,
    ...guarded(() => checkLevelsRise(setting)),
  });
  checks.push({
    id: "junior-senior-ratio",
    title: "A junior earns between 45 % and 75 % of a senior's base",
    anchor:
      `${blsCitation}: 15-1252 Software Developers p10 $79,850 and p25 $103,050 against p75 $169,000 ` +
      "(ratios 0.47 and 0.61; an entry-level developer sits near p10–p25 and a senior near p75, a judgement placement)",
    ...guarded(() => checkJuniorSenior(setting)),
  });
  checks.push({
    id: "india-junior-data-analyst",
    title: "A junior data analyst in India earns a base between INR 2.5 lakh and INR 14 lakh a year",
    anchor:
      "MoSPI Periodic Labour Force Survey, April–June 2024: average regular wage/salaried employee earns INR 21,103 a month " +
      "(INR 2.53 lakh a year, the floor); TeamLease Digital AI jobs report (March 2023): freshers in data science and " +
      "BI-analyst roles earn up to INR 14 lakh a year (the ceiling)",
    ...guarded(() => checkIndiaJuniorAnalyst(setting)),
  });
  return { checks };
}

function settingOf(catalog: Catalog): Setting {
  const roles = new Set(catalog.roles.map((r) => r.id));
  const us =
    catalog.locations.find((l) => l.country === "US" && l.kind === "national") ??
    catalog.locations.find((l) => l.country === "US" && l.kind !== "metro");
  const senior =
    catalog.levels.find((l) => l.id === "senior") ?? catalog.levels.find((l) => l.id === catalog.model.reference.level) ?? catalog.levels[0]!;
  const pricingRole = roles.has("ml-engineer")
    ? "ml-engineer"
    : (catalog.roles.find((r) => r.reference)?.id ?? catalog.roles[0]!.id);
  return { catalog, roles, year: catalog.model.reference.year, us, senior, pricingRole };
}

/** Runs a check; a profile the catalog cannot price fails the check with the reason. */
function guarded(run: () => Outcome): Outcome {
  try {
    return run();
  } catch (error) {
    if (error instanceof ProfileError) return { passed: false, detail: `could not price the profile: ${error.message}` };
    throw error;
  }
}

/** Base p50 of a profile in `currency` (default: the catalog's base currency) at the reference year. */
function basePay(s: Setting, profile: Omit<Profile, "year" | "currency">, currency?: string): number {
  const full: Profile = { ...profile, year: s.year, currency: currency ?? s.catalog.baseCurrency };
  return estimate(full, s.catalog, { breakdown: false, levers: false }).base.p50;
}

function missingRole(s: Setting, ...ids: string[]): string | undefined {
  const missing = ids.filter((id) => !s.roles.has(id));
  return missing.length === 0 ? undefined : `${notApplicable}the catalog has no role ${missing.map((id) => `"${id}"`).join(" or ")}`;
}

function noUs(s: Setting): Outcome | undefined {
  return s.us ? undefined : { passed: true, detail: `${notApplicable}the catalog has no US location` };
}

function checkBlsBand(s: Setting, bls: (typeof blsAnchors)[number]): Outcome {
  const missing = missingRole(s, bls.role);
  if (missing) return { passed: true, detail: missing };
  const skip = noUs(s);
  if (skip) return skip;
  const pay = basePay(s, { role: bls.role, level: s.senior.id, location: s.us!.id });
  const low = bls.p50;
  const high = 1.1 * bls.p90;
  const passed = pay >= low && pay <= high;
  return {
    passed,
    detail: `${s.senior.name} ${bls.name}, ${s.us!.name}, ${s.year}: base p50 ${money(s, pay)}; expected ${money(s, low)} to ${money(s, high)}`,
  };
}

function checkAtLeast(s: Setting, higher: string, lower: string, higherName: string, lowerName: string): Outcome {
  const missing = missingRole(s, higher, lower);
  if (missing) return { passed: true, detail: missing };
  const skip = noUs(s);
  if (skip) return skip;
  const a = basePay(s, { role: higher, level: s.senior.id, location: s.us!.id });
  const b = basePay(s, { role: lower, level: s.senior.id, location: s.us!.id });
  return {
    passed: a >= b,
    detail: `${s.senior.name}, ${s.us!.name}, ${s.year}: ${higherName} base p50 ${money(s, a)}, ${lowerName} ${money(s, b)} (ratio ${ratio(a / b)})`,
  };
}

/** A country's pay level relative to the US next to its average-wage anchor. */
interface CountryLevel {
  readonly location: Location;
  readonly anchor: number;
  readonly basis: CountryWageAnchor["basis"];
  readonly level: number;
}

/** Pay level of each country-wide location with an anchor, relative to the US, by pricing one profile. */
function countryLevels(
  s: Setting,
  anchors: Readonly<Record<string, CountryWageAnchor>>,
): CountryLevel[] {
  if (!s.us) return [];
  const usPay = basePay(s, { role: s.pricingRole, level: s.senior.id, location: s.us.id });
  const out: CountryLevel[] = [];
  for (const location of s.catalog.locations) {
    if (location.kind === "metro" || location.id === s.us.id) continue;
    const anchor = anchors[location.country];
    if (!anchor) continue;
    const pay = basePay(s, { role: s.pricingRole, level: s.senior.id, location: location.id });
    out.push({ location, anchor: anchor.value, basis: anchor.basis, level: pay / usPay });
  }
  return out;
}

function checkCountryOrder(s: Setting, anchors: Readonly<Record<string, CountryWageAnchor>>): Outcome {
  const skip = noUs(s);
  if (skip) return skip;
  const usAnchor = anchors[s.us!.country];
  const us: CountryLevel = { location: s.us!, anchor: usAnchor?.value ?? 1, basis: usAnchor ? usAnchor.basis : "national-accounts", level: 1 };
  const levels = [us, ...countryLevels(s, anchors)];
  const wrong: string[] = [];
  let pairs = 0;
  for (const hi of levels) {
    for (const lo of levels) {
      const sameBasis = hi.basis !== undefined && hi.basis === lo.basis;
      if (hi.anchor < (sameBasis ? countryOrderRatio : countryOrderRatioAcrossBases) * lo.anchor) continue;
      pairs += 1;
      if (hi.level < lo.level) {
        wrong.push(
          `${lo.location.name} ${ratio(lo.level)} above ${hi.location.name} ${ratio(hi.level)} ` +
            `(average wages ${ratio(lo.anchor)} and ${ratio(hi.anchor)} of the US)`,
        );
      }
    }
  }
  if (pairs === 0) return { passed: true, detail: `${notApplicable}no two countries with anchors differ enough` };
  return {
    passed: wrong.length === 0,
    detail:
      wrong.length === 0
        ? `${pairs} pairs of countries checked (pay level = base p50 of a ${s.senior.name} ${roleName(s, s.pricingRole)} ÷ the US)`
        : `${wrong.length} of ${pairs} pairs out of order: ${wrong.join("; ")}`,
  };
}

function countryBandChecks(
  s: Setting,
  anchors: Readonly<Record<string, CountryWageAnchor>>,
): Omit<PlausibilityCheck, "anchor">[] {
  let levels: ReturnType<typeof countryLevels>;
  try {
    levels = countryLevels(s, anchors);
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    return [{ id: "country-bands", title: "Country pay levels within their average-wage bands", passed: false, detail: `could not price the profile: ${error.message}` }];
  }
  return levels.map(({ location, anchor, level }) => {
    const low = countryBandLow * anchor;
    const high = anchor ** countryBandExponent;
    return {
      id: `country-band-${location.id}`,
      title: `Pay in ${location.name} fits its average wage (${ratio(anchor)} of the US's)`,
      passed: level >= low && level <= high,
      detail:
        `pay level ${ratio(level)} of the US (base p50 of a ${s.senior.name} ${roleName(s, s.pricingRole)}); ` +
        `expected ${ratio(low)} to ${ratio(high)} (${countryBandLow} × ${ratio(anchor)} to ${ratio(anchor)}^${countryBandExponent})`,
    };
  });
}

function checkCompanySizes(s: Setting): Outcome {
  const skip = noUs(s);
  if (skip) return skip;
  const pay = (size: "S" | "M" | "L"): number =>
    basePay(s, { role: s.pricingRole, level: s.senior.id, location: s.us!.id, companySize: size });
  const [small, medium, large] = [pay("S"), pay("M"), pay("L")];
  return {
    passed: large >= medium && medium >= small,
    detail: `${s.senior.name} ${roleName(s, s.pricingRole)}, ${s.us!.name}: base p50 large ${money(s, large)}, medium ${money(s, medium)}, small ${money(s, small)}`,
  };
}

function checkHybrid(s: Setting): Outcome {
  const skip = noUs(s);
  if (skip) return skip;
  const pay = (arrangement: "onsite" | "hybrid" | "remote"): number =>
    basePay(s, { role: s.pricingRole, level: s.senior.id, location: s.us!.id, arrangement });
  const [onsite, hybrid, remote] = [pay("onsite"), pay("hybrid"), pay("remote")];
  const between = hybrid >= Math.min(onsite, remote) && hybrid <= Math.max(onsite, remote);
  const nearOnsite = Math.abs(hybrid / onsite - 1) <= 0.03;
  return {
    passed: between || nearOnsite,
    detail:
      `${s.senior.name} ${roleName(s, s.pricingRole)}, ${s.us!.name}: base p50 on-site ${money(s, onsite)}, hybrid ${money(s, hybrid)} ` +
      `(${ratio(hybrid / onsite)} of on-site), remote ${money(s, remote)}`,
  };
}

function checkLevelsRise(s: Setting): Outcome {
  const skip = noUs(s);
  if (skip) return skip;
  const wrong: string[] = [];
  const shown: string[] = [];
  for (const track of ["ic", "management"] as const) {
    const levels = s.catalog.levels.filter((l) => l.track === track).sort((a, b) => a.rank - b.rank);
    let previous: { level: Level; pay: number } | undefined;
    for (const level of levels) {
      const pay = basePay(s, { role: s.pricingRole, level: level.id, location: s.us!.id });
      shown.push(`${level.name} ${money(s, pay)}`);
      if (previous && pay <= previous.pay) wrong.push(`${level.name} ${money(s, pay)} not above ${previous.level.name} ${money(s, previous.pay)}`);
      previous = { level, pay };
    }
  }
  return {
    passed: wrong.length === 0,
    detail: wrong.length === 0 ? `${roleName(s, s.pricingRole)}, ${s.us!.name}: ${shown.join(", ")}` : wrong.join("; "),
  };
}

/** The entry level: `junior` when the catalog has it, else the lowest-ranked IC level. */
function juniorOf(s: Setting): Level | undefined {
  return (
    s.catalog.levels.find((l) => l.id === "junior") ??
    [...s.catalog.levels].filter((l) => l.track === "ic").sort((a, b) => a.rank - b.rank)[0]
  );
}

function checkJuniorSenior(s: Setting): Outcome {
  const skip = noUs(s);
  if (skip) return skip;
  const junior = juniorOf(s);
  if (!junior || junior.id === s.senior.id) return { passed: true, detail: `${notApplicable}the catalog has no level below ${s.senior.name}` };
  const j = basePay(s, { role: s.pricingRole, level: junior.id, location: s.us!.id });
  const sr = basePay(s, { role: s.pricingRole, level: s.senior.id, location: s.us!.id });
  const r = j / sr;
  return {
    passed: r >= 0.45 && r <= 0.75,
    detail: `${roleName(s, s.pricingRole)}, ${s.us!.name}: ${junior.name} ${money(s, j)} ÷ ${s.senior.name} ${money(s, sr)} = ${ratio(r)}`,
  };
}

function checkIndiaJuniorAnalyst(s: Setting): Outcome {
  const missing = missingRole(s, "data-analyst");
  if (missing) return { passed: true, detail: missing };
  const india = s.catalog.locations.find((l) => l.country === "IN" && l.kind !== "metro");
  if (!india) return { passed: true, detail: `${notApplicable}the catalog has no location in India` };
  const junior = juniorOf(s);
  if (!junior) return { passed: true, detail: `${notApplicable}the catalog has no entry level` };
  const inr = basePay(s, { role: "data-analyst", level: junior.id, location: india.id }, "INR");
  const low = 21_103 * 12;
  const high = 1_400_000;
  return {
    passed: inr >= low && inr <= high,
    detail: `${junior.name} data analyst, ${india.name}, ${s.year}: base p50 INR ${lakh(inr)} lakh; expected INR ${lakh(low)} to ${lakh(high)} lakh`,
  };
}

function roleName(s: Setting, id: string): string {
  return s.catalog.roles.find((r) => r.id === id)?.name ?? id;
}

function money(s: Setting, amount: number): string {
  return `${s.catalog.baseCurrency} ${Math.round(amount).toLocaleString("en-US")}`;
}

function usd(amount: number): string {
  return `$${amount.toLocaleString("en-US")}`;
}

function ratio(x: number): string {
  return x.toFixed(3);
}

function lakh(inr: number): string {
  return (inr / 100_000).toFixed(1);
}
