import { marketYearsOf, normalizeTitle, yearProblem, type ArrangementId, type Catalog, type Profile, type TitleMatch } from "@paypath/core";
import { z } from "zod";

/** The columns an input CSV may have, in the order the docs list them. */
export const inputColumns = [
  "id",
  "title",
  "role",
  "level",
  "country",
  "metro",
  "remote",
  "industry",
  "stage",
  "company_size",
  "skills",
  "credentials",
  "year",
] as const;
export type InputColumn = (typeof inputColumns)[number];

/** One input row as read from the CSV: column → raw text (missing columns are absent). */
export type RawRow = Partial<Record<InputColumn, string>>;

/** One problem with a row: the column it is about and what is wrong. */
export interface RowIssue {
  readonly field: InputColumn;
  readonly message: string;
}

/** A row turned into a profile (with warnings from the mapping), or the reasons it cannot be. */
export type ParsedRow =
  | { readonly ok: true; readonly id: string; readonly profile: Profile; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly id: string | undefined; readonly issues: readonly RowIssue[] };

/** Title mappings below this confidence are kept but flagged with a warning. */
export const lowTitleConfidence = 0.6;

/** Options of `parseRow`. */
export interface ParseRowOptions {
  /** Refuse a row whose role would come only from a title fallback (the title names no role). */
  readonly strict?: boolean;
}

/** A user value in a message: JSON-quoted, so a line break cannot split the report line. */
function quote(value: string): string {
  return JSON.stringify(value);
}

/** Trims a cell; an empty cell becomes `undefined` (absent). */
function normalizeBlank(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A column that may be missing or empty. */
function makeOptional<T extends z.ZodType>(schema: T) {
  return z.preprocess(normalizeBlank, schema.optional());
}

const idList = z
  .string()
  .toLowerCase()
  .transform((v) =>
    v
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );

/** The shape of a row, checked before any catalog lookup; issue paths are column names. */
export const RowSchema = z.object({
  id: z.preprocess(normalizeBlank, z.string({ error: "is required" })),
  title: makeOptional(z.string()),
  role: makeOptional(z.string().toLowerCase()),
  level: makeOptional(z.string()),
  country: makeOptional(z.string().regex(/^[A-Za-z]{2}$/, "must be an ISO 3166 alpha-2 code such as US").toUpperCase()),
  metro: makeOptional(z.string()),
  remote: makeOptional(z.string().toLowerCase()),
  industry: makeOptional(z.string().toLowerCase()),
  stage: makeOptional(z.string().toLowerCase()),
  company_size: makeOptional(z.string().toUpperCase().pipe(z.enum(["S", "M", "L"], { error: "must be S, M or L" }))),
  skills: makeOptional(idList),
  credentials: makeOptional(idList),
  // Any whole number here; the catalog's market years are checked in `parseRow`, naming the range.
  year: makeOptional(z.string().regex(/^[+-]?\d+$/, "must be a whole year such as 2025").transform(Number)),
});
export type Row = z.infer<typeof RowSchema>;

/** Lookups of a catalog built once per catalog object. */
interface CatalogIndex {
  readonly roles: ReadonlySet<string>;
  /** Level ids and survey codes (upper-case) → level id. */
  readonly levels: ReadonlyMap<string, string>;
  /** Country code → its national (or country) location id. */
  readonly nationalByCountry: ReadonlyMap<string, string>;
  /** Lower-case location id or name → locations with that id or name. */
  readonly locationsByKey: ReadonlyMap<string, readonly { id: string; country: string }[]>;
  /** Arrangement ids and remote ratios (0, 50, 100) → arrangement id. */
  readonly arrangements: ReadonlyMap<string, ArrangementId>;
  readonly remotePolicies: ReadonlySet<string>;
  readonly industries: ReadonlySet<string>;
  readonly stages: ReadonlySet<string>;
  readonly skills: ReadonlySet<string>;
  readonly credentials: ReadonlySet<string>;
  /** Recent title mappings (titles repeat a lot in real files). */
  readonly titles: Map<string, TitleMatch>;
}

const indexes = new WeakMap<Catalog, CatalogIndex>();
const maxCachedTitles = 10_000;

function indexCatalog(catalog: Catalog): CatalogIndex {
  const cached = indexes.get(catalog);
  if (cached) return cached;
  const levels = new Map<string, string>();
  for (const level of catalog.levels) {
    levels.set(level.id, level.id);
    if (level.surveyCode) levels.set(level.surveyCode, level.id);
  }
  const nationalByCountry = new Map<string, string>();
  const locationsByKey = new Map<string, { id: string; country: string }[]>();
  for (const loc of catalog.locations) {
    if (loc.kind !== "metro" && !nationalByCountry.has(loc.country)) nationalByCountry.set(loc.country, loc.id);
    for (const key of new Set([loc.id, loc.name.toLowerCase()])) {
      const list = locationsByKey.get(key) ?? [];
      list.push({ id: loc.id, country: loc.country });
      locationsByKey.set(key, list);
    }
  }
  const arrangements = new Map<string, ArrangementId>();
  for (const a of catalog.arrangements) {
    arrangements.set(a.id, a.id);
    arrangements.set(String(a.remoteRatio), a.id);
  }
  const index: CatalogIndex = {
    roles: new Set(catalog.roles.map((r) => r.id)),
    levels,
    nationalByCountry,
    locationsByKey,
    arrangements,
    remotePolicies: new Set(catalog.remotePolicies.map((p) => p.id)),
    industries: new Set(catalog.industries.map((i) => i.id)),
    stages: new Set(catalog.stages.map((s) => s.id)),
    skills: new Set(catalog.skills.map((s) => s.id)),
    credentials: new Set(catalog.credentials.map((c) => c.id)),
    titles: new Map(),
  };
  indexes.set(catalog, index);
  return index;
}

function matchTitle(index: CatalogIndex, title: string, catalog: Catalog): TitleMatch {
  let match = index.titles.get(title);
  if (!match) {
    match = normalizeTitle(title, catalog);
    if (index.titles.size >= maxCachedTitles) index.titles.clear();
    index.titles.set(title, match);
  }
  return match;
}

function resolveLocation(index: CatalogIndex, row: Row, issues: RowIssue[]): string | undefined {
  const { country, metro } = row;
  if (metro !== undefined) {
    const candidates = index.locationsByKey.get(metro.toLowerCase()) ?? [];
    const inCountry = country === undefined ? candidates : candidates.filter((c) => c.country === country);
    if (inCountry.length === 1) return inCountry[0]!.id;
    if (inCountry.length > 1) {
      issues.push({ field: "metro", message: `${quote(metro)} is ambiguous: give the country` });
    } else if (candidates.length > 0) {
      issues.push({ field: "metro", message: `${quote(metro)} is not in ${country}` });
    } else {
      issues.push({ field: "metro", message: `unknown metro ${quote(metro)}` });
    }
    return undefined;
  }
  if (country === undefined) {
    issues.push({ field: "country", message: "a country or a metro is required" });
    return undefined;
  }
  const national = index.nationalByCountry.get(country);
  if (national === undefined) issues.push({ field: "country", message: `no location for country ${quote(country)}` });
  return national;
}

/** `remote`: an arrangement (onsite, hybrid, remote), a remote ratio (0, 50, 100), or a remote policy id (remote work paid under that policy). */
function resolveRemote(
  index: CatalogIndex,
  remote: string | undefined,
  issues: RowIssue[],
): { arrangement?: ArrangementId; remotePolicy?: string } {
  if (remote === undefined) return {};
  const arrangement = index.arrangements.get(remote);
  if (arrangement !== undefined) return { arrangement };
  if (index.remotePolicies.has(remote)) return { arrangement: "remote", remotePolicy: remote };
  const policies = [...index.remotePolicies].join(", ");
  issues.push({ field: "remote", message: `must be onsite, hybrid, remote, 0, 50, 100 or a remote policy (${policies}), not ${quote(remote)}` });
  return {};
}

function checkIds(
  ids: readonly string[] | undefined,
  known: ReadonlySet<string>,
  field: InputColumn,
  what: string,
  issues: RowIssue[],
): string[] | undefined {
  if (ids === undefined || ids.length === 0) return undefined;
  for (const id of ids) if (!known.has(id)) issues.push({ field, message: `unknown ${what} ${quote(id)}` });
  return [...new Set(ids)];
}

function checkId(
  id: string | undefined,
  known: ReadonlySet<string>,
  field: InputColumn,
  what: string,
  issues: RowIssue[],
): string | undefined {
  if (id !== undefined && !known.has(id)) issues.push({ field, message: `unknown ${what} ${quote(id)}` });
  return id;
}

/**
 * Turns one CSV row into a profile of catalog ids: checks its shape with zod, maps a title to a
 * role and level hint, survey codes (EN/MI/SE/EX) to levels, country and metro to a location,
 * remote ratios and remote policies to arrangements, and checks every id, and the year against
 * the catalog's market years. Issues name the column.
 *
 * A title that names no role is priced as the catalog's fallback role for it (core's
 * `normalizeTitle`), with a warning saying why; the profile carries the mapping (`roleMatch`), so
 * the estimate is low-confidence with wider ranges. With `strict`, such a row is refused instead.
 *
 * @example
 * parseRow({ id: "7", title: "Sr. ML Engineer", country: "us", remote: "100" }, catalog)
 * // → { ok: true, id: "7", warnings: [],
 * //     profile: { role: "ml-engineer", level: "senior", location: "us", arrangement: "remote" } }
 * parseRow({ id: "8", role: "ml-engineer", level: "wizard", country: "US" }, catalog)
 * // → { ok: false, id: "8", issues: [{ field: "level", message: 'unknown level "wizard"' }] }
 * parseRow({ id: "9", title: "Engineer", level: "SE", country: "US" }, catalog, { strict: true })
 * // → { ok: false, id: "9", issues: [{ field: "title", message: '"Engineer" names no role (the likeliest, data-engineer, is only a guess); --strict refuses it: give the role' }] }
 */
export function parseRow(raw: RawRow, catalog: Catalog, options: ParseRowOptions = {}): ParsedRow {
  const parsed = RowSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? "id") as InputColumn, message: i.message }));
    const id = normalizeBlank(raw.id);
    return { ok: false, id: typeof id === "string" ? id : undefined, issues };
  }
  const row = parsed.data;
  const index = indexCatalog(catalog);
  const issues: RowIssue[] = [];
  const warnings: string[] = [];

  let role = row.role;
  let roleMatch: Profile["roleMatch"];
  let levelHint: string | null = null;
  if (row.title !== undefined && (role === undefined || row.level === undefined)) {
    const match = matchTitle(index, row.title, catalog);
    levelHint = match.level;
    if (role === undefined) {
      if (match.role === null) {
        issues.push({ field: "title", message: `cannot map ${quote(row.title)} to a role` });
      } else if (match.fallback && options.strict) {
        issues.push({
          field: "title",
          message: `${quote(row.title)} names no role (the likeliest, ${match.role}, is only a guess); --strict refuses it: give the role`,
        });
      } else {
        role = match.role;
        roleMatch = { confidence: match.confidence, fallback: match.fallback === true };
        if (match.fallback) {
          warnings.push(`title ${quote(row.title)}: ${match.reason ?? `priced as ${match.role}, a low-confidence guess`}`);
        } else if (match.confidence < lowTitleConfidence) {
          warnings.push(`title ${quote(row.title)} mapped to ${match.role} with low confidence ${match.confidence.toFixed(2)}`);
        }
      }
    }
  }
  if (row.role !== undefined) checkId(row.role, index.roles, "role", "role", issues);
  else if (row.title === undefined) issues.push({ field: "role", message: "a role or a title is required" });

  let level: string | undefined;
  if (row.level !== undefined) {
    level = index.levels.get(row.level.toLowerCase()) ?? index.levels.get(row.level.toUpperCase());
    if (level === undefined) issues.push({ field: "level", message: `unknown level ${quote(row.level)}` });
  } else if (levelHint !== null) {
    level = index.levels.get(levelHint);
    if (level === undefined) issues.push({ field: "level", message: `unknown level ${quote(levelHint)} (from the title)` });
  } else {
    issues.push({ field: "level", message: "is required (the title gives no level)" });
  }

  const location = resolveLocation(index, row, issues);
  const { arrangement, remotePolicy } = resolveRemote(index, row.remote, issues);
  const industry = checkId(row.industry, index.industries, "industry", "industry", issues);
  const stage = checkId(row.stage, index.stages, "stage", "stage", issues);
  const skills = checkIds(row.skills, index.skills, "skills", "skill", issues);
  const credentials = checkIds(row.credentials, index.credentials, "credentials", "credential", issues);
  const yearIssue = row.year === undefined ? null : yearProblem(row.year, marketYearsOf(catalog));
  if (yearIssue !== null) issues.push({ field: "year", message: yearIssue });

  if (issues.length > 0 || role === undefined || level === undefined || location === undefined) {
    return { ok: false, id: row.id, issues };
  }
  const profile: Profile = { role, level, location };
  if (arrangement !== undefined) profile.arrangement = arrangement;
  if (remotePolicy !== undefined) profile.remotePolicy = remotePolicy;
  if (industry !== undefined) profile.industry = industry;
  if (stage !== undefined) profile.stage = stage;
  if (row.company_size !== undefined) profile.companySize = row.company_size;
  if (skills !== undefined) profile.skills = skills;
  if (credentials !== undefined) profile.credentials = credentials;
  if (row.year !== undefined) profile.year = row.year;
  if (roleMatch !== undefined) profile.roleMatch = roleMatch;
  return { ok: true, id: row.id, profile, warnings };
}

/**
 * The input column a profile field comes from, to name it in an error `estimate` raises.
 *
 * @example
 * toInputColumn(["skills", 2]) // → "skills"
 * toInputColumn(["location"]) // → "country"
 */
export function toInputColumn(path: readonly (string | number)[]): InputColumn {
  const head = String(path[0] ?? "id");
  const byField: Record<string, InputColumn> = {
    location: "country",
    arrangement: "remote",
    remotePolicy: "remote",
    companySize: "company_size",
  };
  return byField[head] ?? (inputColumns.includes(head as InputColumn) ? (head as InputColumn) : "id");
}
