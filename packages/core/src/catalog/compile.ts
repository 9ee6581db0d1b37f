import type {
  Arrangement,
  Catalog,
  CompanySize,
  Credential,
  Figure,
  Industry,
  Level,
  Location,
  RemotePolicy,
  Role,
  RoleFamilyId,
  Skill,
  Stage,
} from "./schema.js";

/**
 * A catalog entity with what estimates need precomputed. `log` is the entity's part of the
 * confidence: the weighted log-reliability of the figures of it that an estimate uses.
 */
export interface Entry<T> {
  readonly item: T;
  readonly log: number;
  /** The entity's figures that are weak (reliability below `weakReliability`), named. */
  readonly weak: readonly WeakFigure[];
}

/** A figure whose reliability is below `weakReliability`, with a name for people. */
export interface WeakFigure {
  readonly label: string;
  readonly log: number;
}

/** Figures less reliable than this are named among an estimate's weakest. */
export const weakReliability = 0.6;

export interface RoleEntry extends Entry<Role> {
  readonly index: number;
}

export interface IndustryEntry extends Entry<Industry> {
  readonly index: number;
}

export interface SkillEntry extends Entry<Skill> {
  /** Relevance to each role, by role index. */
  readonly relevance: Float64Array;
  /** Premium in each market year from `firstPremiumYear`, moved by the skill's trend. */
  readonly premiumByYear: Float64Array;
  /** 1 + the industry's boost when it boosts one of the skill's tags, else 1; by industry index. */
  readonly boost: Float64Array;
}

export interface CredentialEntry extends Entry<Credential> {
  readonly premium: Readonly<Record<RoleFamilyId, number>>;
  readonly logByFamily: Readonly<Record<RoleFamilyId, number>>;
  readonly weakByFamily: Readonly<Record<RoleFamilyId, readonly WeakFigure[]>>;
}

export interface YearEntry {
  readonly year: number;
  readonly index: number;
  readonly log: number;
  readonly weak: readonly WeakFigure[];
}

/** Weight of each figure in an estimate's confidence: the benchmark counts most. */
export const confidenceWeight = {
  benchmark: 3,
  spread: 1,
  level: 2,
  location: 2,
  arrangement: 0.5,
  industry: 1,
  stage: 1,
  companySize: 0.5,
  index: 1,
  skill: 0.5,
  credential: 0.5,
} as const;

/** Market years an estimate may ask for (as the profile schema allows). */
export const firstPremiumYear = 2000;
const lastPremiumYear = 2100;

/** A catalog indexed for fast estimates. Built once per catalog object and cached. */
export interface CompiledCatalog {
  readonly catalog: Catalog;
  readonly roles: ReadonlyMap<string, RoleEntry>;
  readonly levels: ReadonlyMap<string, Entry<Level>>;
  readonly skills: ReadonlyMap<string, SkillEntry>;
  readonly credentials: ReadonlyMap<string, CredentialEntry>;
  readonly locations: ReadonlyMap<string, Entry<Location>>;
  readonly arrangements: ReadonlyMap<string, Entry<Arrangement>>;
  readonly remotePolicies: ReadonlyMap<string, RemotePolicy>;
  readonly industries: ReadonlyMap<string, IndustryEntry>;
  readonly stages: ReadonlyMap<string, Entry<Stage>>;
  readonly companySizes: ReadonlyMap<string, Entry<CompanySize>>;
  readonly skillList: readonly SkillEntry[];
  readonly industryList: readonly IndustryEntry[];
  readonly locationList: readonly Entry<Location>[];
  /** The national (or country) location of each country code. */
  readonly nationalByCountry: ReadonlyMap<string, Location>;
  /** Units of each currency per unit of base currency. */
  readonly fxByCurrency: ReadonlyMap<string, number>;
  readonly marketIndex: ReadonlyMap<number, YearEntry>;
  readonly reference: {
    readonly level: Level;
    readonly location: Location;
    readonly arrangement: Entry<Arrangement>;
    readonly industry: IndustryEntry;
    readonly stage: Entry<Stage>;
    readonly companySize: Entry<CompanySize>;
    readonly year: number;
    readonly index: number;
  };
  /** log(reliability) of a figure: its source's reliability shrunk by a small sample. */
  readonly logReliability: (figure: Figure) => number;
}

const cache = new WeakMap<Catalog, CompiledCatalog>();

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`catalog has no ${what}`);
  return value;
}

function entries<T extends { id: string }, E extends Entry<T>>(items: readonly T[], make: (item: T, index: number) => E): Map<string, E> {
  return new Map(items.map((item, i) => [item.id, make(item, i)]));
}

/**
 * Indexes a validated catalog for estimates; the result is cached per catalog object, so a
 * catalog must not be mutated after its first use (catalog versions are immutable).
 *
 * @example
 * const compiled = compileCatalog(catalog);
 * compiled.roles.get("ml-engineer")?.item.benchmark.value // → 180000
 */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const cached = cache.get(catalog);
  if (cached) return cached;

  const reliability = new Map(catalog.sources.map((s) => [s.id, s.reliability]));
  const logReliability = (figure: Figure): number => {
    const r = reliability.get(figure.source) ?? 0.3;
    const shrink = figure.n === undefined ? 1 : figure.n / (figure.n + 5);
    return Math.log(Math.max(1e-6, r * shrink));
  };
  const w = confidenceWeight;
  const weakBelow = Math.log(weakReliability);
  /** The named weak figures among `figures`. */
  const weak = (...figures: [Figure, string][]): WeakFigure[] =>
    figures.flatMap(([figure, label]) => {
      const log = logReliability(figure);
      return log < weakBelow ? [{ label, log }] : [];
    });
  const ref = catalog.model.reference;

  const roles = entries(catalog.roles, (item, index) => ({
    item,
    index,
    log: w.benchmark * logReliability(item.benchmark) + w.spread * logReliability(item.spread.p25),
    weak: weak([item.benchmark, `${item.name} benchmark`], [item.spread.p25, `${item.name} range`]),
  }));
  const industries = entries(catalog.industries, (item, index) => ({
    item,
    index,
    log: w.industry * logReliability(item.multiplier),
    weak: weak([item.multiplier, `${item.name} industry multiplier`]),
  }));
  const industryList = [...industries.values()];
  const skills = entries(catalog.skills, (item) => {
    const relevance = new Float64Array(catalog.roles.length);
    catalog.roles.forEach((role, i) => {
      relevance[i] = item.relevance.roles[role.id] ?? item.relevance.families[role.family] ?? 0;
    });
    const premiumByYear = new Float64Array(lastPremiumYear - firstPremiumYear + 1);
    for (let y = firstPremiumYear; y <= lastPremiumYear; y++) {
      premiumByYear[y - firstPremiumYear] = item.premium.value * Math.pow(1 + item.trendRate.value, y - ref.year);
    }
    const boost = new Float64Array(industryList.length);
    industryList.forEach(({ item: industry }, i) => {
      const boosted = industry.skillBoost !== undefined && item.tags.some((t) => industry.boostedTags.includes(t));
      boost[i] = boosted ? 1 + industry.skillBoost!.value : 1;
    });
    return {
      item,
      relevance,
      premiumByYear,
      boost,
      log: w.skill * logReliability(item.premium),
      weak: weak([item.premium, `${item.name} premium`]),
    };
  });
  const credentials = entries(catalog.credentials, (item) => ({
    item,
    log: 0,
    weak: [],
    weakByFamily: {
      "core-ai": weak([item.premium["core-ai"], `${item.name} premium`]),
      "adjacent-technical": weak([item.premium["adjacent-technical"], `${item.name} premium`]),
      "non-technical": weak([item.premium["non-technical"], `${item.name} premium`]),
    },
    premium: {
      "core-ai": item.premium["core-ai"].value,
      "adjacent-technical": item.premium["adjacent-technical"].value,
      "non-technical": item.premium["non-technical"].value,
    },
    logByFamily: {
      "core-ai": w.credential * logReliability(item.premium["core-ai"]),
      "adjacent-technical": w.credential * logReliability(item.premium["adjacent-technical"]),
      "non-technical": w.credential * logReliability(item.premium["non-technical"]),
    },
  }));
  const levels = entries(catalog.levels, (item) => ({
    item,
    log: w.level * logReliability(item.multiplier),
    weak: weak([item.multiplier, `${item.name} level multiplier`]),
  }));
  const locations = entries(catalog.locations, (item) => ({
    item,
    log: w.location * logReliability(item.factor),
    weak: weak([item.factor, `${item.name} location factor`]),
  }));
  const arrangements = entries(catalog.arrangements, (item) => ({
    item,
    log: w.arrangement * logReliability(item.multiplier),
    weak: weak([item.multiplier, `${item.name} arrangement`]),
  }));
  const stages = entries(catalog.stages, (item) => ({
    item,
    log: w.stage * logReliability(item.baseMultiplier),
    weak: weak([item.baseMultiplier, `${item.name} stage pay mix`]),
  }));
  const companySizes = entries(catalog.companySizes, (item) => ({
    item,
    log: w.companySize * logReliability(item.multiplier),
    weak: weak([item.multiplier, `${item.name} company size`]),
  }));
  const remotePolicies = new Map(catalog.remotePolicies.map((p) => [p.id, p]));

  const nationalByCountry = new Map<string, Location>();
  for (const loc of catalog.locations) {
    if (loc.kind !== "metro" && !nationalByCountry.has(loc.country)) nationalByCountry.set(loc.country, loc);
  }
  const fxByCurrency = new Map<string, number>([[catalog.baseCurrency, 1]]);
  for (const loc of catalog.locations) {
    if (!fxByCurrency.has(loc.currency)) fxByCurrency.set(loc.currency, loc.fxRate.value);
  }
  const marketIndex = new Map(
    catalog.marketIndex.map((m) => [
      m.year,
      { year: m.year, index: m.index.value, log: w.index * logReliability(m.index), weak: weak([m.index, `market index ${m.year}`]) },
    ]),
  );

  const compiled: CompiledCatalog = {
    catalog,
    roles,
    levels,
    skills,
    credentials,
    locations,
    arrangements,
    remotePolicies,
    industries,
    stages,
    companySizes,
    skillList: [...skills.values()],
    industryList,
    locationList: [...locations.values()],
    nationalByCountry,
    fxByCurrency,
    marketIndex,
    reference: {
      level: required(levels.get(ref.level), `reference level ${ref.level}`).item,
      location: required(locations.get(ref.location), `reference location ${ref.location}`).item,
      arrangement: required(arrangements.get(ref.arrangement), `reference arrangement ${ref.arrangement}`),
      industry: required(industries.get(ref.industry), `reference industry ${ref.industry}`),
      stage: required(stages.get(ref.stage), `reference stage ${ref.stage}`),
      companySize: required(companySizes.get(ref.companySize), `reference company size ${ref.companySize}`),
      year: ref.year,
      index: required(marketIndex.get(ref.year), `market index for ${ref.year}`).index,
    },
    logReliability,
  };
  cache.set(catalog, compiled);
  return compiled;
}
