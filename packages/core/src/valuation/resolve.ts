import type { CompiledCatalog, CredentialEntry, Entry, IndustryEntry, RoleEntry, SkillEntry } from "../catalog/compile.js";
import type { Arrangement, CompanySize, Level, Location, RemotePolicy, Stage } from "../catalog/schema.js";
import type { Profile, RoleMatch } from "../profile/schema.js";
import { marketYearsOf, projectionFactor, yearProblem } from "./market-years.js";
import { ProfileError } from "./profile-error.js";

/** A profile with every id looked up in the compiled catalog and every default applied. */
export interface ResolvedProfile {
  readonly role: RoleEntry;
  readonly level: Entry<Level>;
  readonly location: Entry<Location>;
  readonly arrangement: Entry<Arrangement>;
  readonly remotePolicy: RemotePolicy | undefined;
  readonly industry: IndustryEntry;
  readonly stage: Entry<Stage>;
  readonly companySize: Entry<CompanySize>;
  readonly skills: readonly SkillEntry[];
  readonly credentials: readonly CredentialEntry[];
  readonly year: number;
  readonly indexYear: number;
  /** What a projection multiplies the confidence by: 1 for a year with salary data, less after it. */
  readonly projection: number;
  /** How sure the role is when it was read from a title; undefined when it was chosen. */
  readonly roleMatch: RoleMatch | undefined;
  readonly currency: string;
  readonly fxRate: number;
  readonly warnings: readonly string[];
}

function lookup<T>(map: ReadonlyMap<string, T>, id: string, path: (string | number)[], what: string): T {
  const found = map.get(id);
  if (found === undefined) throw new ProfileError(path, `unknown ${what} "${id}"`);
  return found;
}

const none: readonly never[] = Object.freeze([]);

function lookupAll<T>(map: ReadonlyMap<string, T>, ids: readonly string[] | undefined, field: string, what: string): readonly T[] {
  if (!ids || ids.length === 0) return none;
  const out: T[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (ids.indexOf(id) < i) continue; // a repeated id counts once
    out.push(lookup(map, id, [field, i], what));
  }
  return out;
}

/** Options of `resolveProfile`. */
export interface ResolveOptions {
  /**
   * Price a year outside the market index at the nearest indexed year, with a warning, instead of
   * refusing it: only for years the code itself moves past the catalog's (the planner's
   * projections); a year a person gives is always checked.
   */
  readonly clampYear?: boolean;
}

/**
 * Looks up every id of a profile in the catalog and applies the catalog's reference values for
 * what the profile leaves out. Throws `ProfileError` naming the field of an unknown id, and of a
 * year outside the catalog's market years (the allowed range in the message). A year after the
 * last year with salary data is priced as a projection: a warning says so, and `projection` is
 * the factor it lowers the confidence by.
 *
 * @example
 * resolveProfile(compileCatalog(catalog), { role: "ml-engineer", level: "senior", location: "us" }).stage.item.id
 * // → "public"
 * resolveProfile(compileCatalog(catalog), { role: "ml-engineer", level: "senior", location: "us", year: 3000 })
 * // → throws ProfileError: year: must be a year from 2020 to 2030 (the catalog's market years), not 3000
 */
export function resolveProfile(c: CompiledCatalog, profile: Profile, options: ResolveOptions = {}): ResolvedProfile {
  let warnings: readonly string[] = none;
  const role = lookup(c.roles, profile.role, ["role"], "role");
  const level = lookup(c.levels, profile.level, ["level"], "level");
  const location = lookup(c.locations, profile.location, ["location"], "location");
  const arrangement = profile.arrangement
    ? lookup(c.arrangements, profile.arrangement, ["arrangement"], "arrangement")
    : c.reference.arrangement;
  let remotePolicy = profile.remotePolicy
    ? lookup(c.remotePolicies, profile.remotePolicy, ["remotePolicy"], "remote policy")
    : undefined;
  if (remotePolicy && arrangement.item.id !== "remote") {
    warnings = [...warnings, `remote policy "${remotePolicy.id}" applies to remote work only; ignored`];
    remotePolicy = undefined;
  }
  const industry = profile.industry ? lookup(c.industries, profile.industry, ["industry"], "industry") : c.reference.industry;
  const stage = profile.stage ? lookup(c.stages, profile.stage, ["stage"], "stage") : c.reference.stage;
  const companySize = profile.companySize
    ? lookup(c.companySizes, profile.companySize, ["companySize"], "company size")
    : c.reference.companySize;
  const skills = lookupAll(c.skills, profile.skills, "skills", "skill");
  const credentials = lookupAll(c.credentials, profile.credentials, "credentials", "credential");

  const year = profile.year ?? c.reference.year;
  const years = marketYearsOf(c.catalog);
  let indexYear = year;
  const problem = yearProblem(year, years);
  if (problem !== null) {
    if (!options.clampYear || !Number.isInteger(year)) throw new ProfileError(["year"], problem);
    indexYear = year > years.last ? years.last : years.first;
    warnings = [...warnings, `no market index for ${year}; used ${indexYear}`];
  }
  const projection = projectionFactor(indexYear, years);
  if (projection < 1 && problem === null) {
    warnings = [
      ...warnings,
      `${year} is a projection: the salary data end in ${years.lastData}, and ${year}'s market index extends them by a stated trend; ` +
        `confidence × ${projection.toFixed(2)} (0.9 for each year past ${years.lastData})`,
    ];
  }
  if (profile.roleMatch && !(profile.roleMatch.confidence >= 0 && profile.roleMatch.confidence <= 1)) {
    throw new ProfileError(["roleMatch", "confidence"], "must be from 0 to 1");
  }

  const currency = profile.currency ?? c.catalog.baseCurrency;
  const fxRate = c.fxByCurrency.get(currency);
  if (fxRate === undefined) throw new ProfileError(["currency"], `no exchange rate for "${currency}"`);

  return {
    role,
    level,
    location,
    arrangement,
    remotePolicy,
    industry,
    stage,
    companySize,
    skills,
    credentials,
    year,
    indexYear,
    projection,
    roleMatch: profile.roleMatch,
    currency,
    fxRate,
    warnings,
  };
}
