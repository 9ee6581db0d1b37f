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
  Skill,
  Stage,
} from "./schema.js";

/** A catalog indexed for fast estimates. Built once per catalog object and cached. */
export interface CompiledCatalog {
  readonly catalog: Catalog;
  readonly roles: ReadonlyMap<string, Role>;
  readonly levels: ReadonlyMap<string, Level>;
  readonly skills: ReadonlyMap<string, Skill>;
  readonly credentials: ReadonlyMap<string, Credential>;
  readonly locations: ReadonlyMap<string, Location>;
  readonly arrangements: ReadonlyMap<string, Arrangement>;
  readonly remotePolicies: ReadonlyMap<string, RemotePolicy>;
  readonly industries: ReadonlyMap<string, Industry>;
  readonly stages: ReadonlyMap<string, Stage>;
  readonly companySizes: ReadonlyMap<string, CompanySize>;
  /** The national (or country) location of each country code. */
  readonly nationalByCountry: ReadonlyMap<string, Location>;
  /** Units of each currency per unit of base currency. */
  readonly fxByCurrency: ReadonlyMap<string, number>;
  readonly marketIndex: ReadonlyMap<number, number>;
  readonly marketIndexFigures: ReadonlyMap<number, Figure>;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly reference: {
    readonly level: Level;
    readonly location: Location;
    readonly arrangement: Arrangement;
    readonly industry: Industry;
    readonly stage: Stage;
    readonly companySize: CompanySize;
    readonly year: number;
    readonly index: number;
  };
  /** log(reliability) of a figure: its source's reliability shrunk by a small sample. */
  logReliability(figure: Figure): number;
  /** Relevance of a skill to a role (the role's own entry, else its family's, else 0). */
  relevance(skill: Skill, role: Role): number;
  /** Premium of a skill in a market year, moved by its yearly trend. */
  premiumAt(skill: Skill, year: number): number;
}

const cache = new WeakMap<Catalog, CompiledCatalog>();

function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`catalog has no ${what}`);
  return value;
}

/**
 * Indexes a validated catalog for estimates; the result is cached per catalog object, so a
 * catalog must not be mutated after its first use (catalog versions are immutable).
 *
 * @example
 * const compiled = compileCatalog(catalog);
 * compiled.roles.get("ml-engineer")?.benchmark.value // → 180000
 */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const cached = cache.get(catalog);
  if (cached) return cached;

  const roles = indexById(catalog.roles);
  const levels = indexById(catalog.levels);
  const skills = indexById(catalog.skills);
  const credentials = indexById(catalog.credentials);
  const locations = indexById(catalog.locations);
  const arrangements = indexById(catalog.arrangements);
  const remotePolicies = indexById(catalog.remotePolicies);
  const industries = indexById(catalog.industries);
  const stages = indexById(catalog.stages);
  const companySizes = indexById(catalog.companySizes);

  const nationalByCountry = new Map<string, Location>();
  for (const loc of catalog.locations) {
    if (loc.kind !== "metro" && !nationalByCountry.has(loc.country)) nationalByCountry.set(loc.country, loc);
  }
  const fxByCurrency = new Map<string, number>([[catalog.baseCurrency, 1]]);
  for (const loc of catalog.locations) {
    if (!fxByCurrency.has(loc.currency)) fxByCurrency.set(loc.currency, loc.fxRate.value);
  }
  const marketIndex = new Map(catalog.marketIndex.map((m) => [m.year, m.index.value]));
  const years = catalog.marketIndex.map((m) => m.year);

  const ref = catalog.model.reference;
  const reliability = new Map(catalog.sources.map((s) => [s.id, s.reliability]));
  const familyRelevance = new Map<Skill, Map<string, number>>();
  const premiumCache = new Map<Skill, Map<number, number>>();
  const logReliability = new Map<Figure, number>();

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
    nationalByCountry,
    fxByCurrency,
    marketIndex,
    marketIndexFigures: new Map(catalog.marketIndex.map((m) => [m.year, m.index])),
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    reference: {
      level: required(levels.get(ref.level), `reference level ${ref.level}`),
      location: required(locations.get(ref.location), `reference location ${ref.location}`),
      arrangement: required(arrangements.get(ref.arrangement), `reference arrangement ${ref.arrangement}`),
      industry: required(industries.get(ref.industry), `reference industry ${ref.industry}`),
      stage: required(stages.get(ref.stage), `reference stage ${ref.stage}`),
      companySize: required(companySizes.get(ref.companySize), `reference company size ${ref.companySize}`),
      year: ref.year,
      index: required(marketIndex.get(ref.year), `market index for ${ref.year}`),
    },
    logReliability(figure) {
      let log = logReliability.get(figure);
      if (log === undefined) {
        const r = reliability.get(figure.source) ?? 0.3;
        const shrink = figure.n === undefined ? 1 : figure.n / (figure.n + 5);
        log = Math.log(Math.max(1e-6, r * shrink));
        logReliability.set(figure, log);
      }
      return log;
    },
    relevance(skill, role) {
      const own = skill.relevance.roles[role.id];
      if (own !== undefined) return own;
      let byFamily = familyRelevance.get(skill);
      if (!byFamily) {
        byFamily = new Map(Object.entries(skill.relevance.families));
        familyRelevance.set(skill, byFamily);
      }
      return byFamily.get(role.family) ?? 0;
    },
    premiumAt(skill, year) {
      let byYear = premiumCache.get(skill);
      if (!byYear) {
        byYear = new Map();
        premiumCache.set(skill, byYear);
      }
      let premium = byYear.get(year);
      if (premium === undefined) {
        premium = skill.premium.value * Math.pow(1 + skill.trendRate.value, year - ref.year);
        byYear.set(year, premium);
      }
      return premium;
    },
  };
  cache.set(catalog, compiled);
  return compiled;
}
