import { entityKey, type Catalog, type CatalogTable, type SkillRequirement } from "@paypath/core";

/** How a cell edits its value. */
export type ColumnKind = "text" | "number" | "integer" | "figure" | "optional-figure" | "select" | "boolean" | "list" | "requirements";

/** One editable column of a section's table: the value at `path` inside each entity. */
export interface Column {
  readonly key: string;
  readonly label: string;
  readonly path: readonly string[];
  readonly kind: ColumnKind;
  /** Choices of a `select`. */
  readonly options?: (catalog: Catalog) => readonly string[];
  /** A short hint under the header (units, syntax). */
  readonly hint?: string;
}

type Entity = Record<string, unknown>;

/** A tab of the draft editor: one table of the catalog, some of its columns, and how to add a row. */
export interface SectionSpec {
  readonly id: string;
  readonly title: string;
  readonly table: CatalogTable;
  readonly columns: readonly Column[];
  /** A new entity with this key, or null when rows cannot be added or removed in this tab. */
  readonly create: ((key: string, catalog: Catalog) => Entity) | null;
  /** What the key of a new row is called (an id, a year). */
  readonly keyLabel: string;
}

/** A figure waiting for its value and source: the editor asks for both. */
const blank = (value = 0): { value: number; source: string } => ({ value, source: "" });

const families = ["core-ai", "adjacent-technical", "non-technical"] as const;

/** The tabs of the draft editor, in order. */
export const sections: readonly SectionSpec[] = [
  {
    id: "sources",
    title: "Sources",
    table: "sources",
    keyLabel: "Source id",
    columns: [
      { key: "kind", label: "Kind", path: ["kind"], kind: "select", options: () => ["published", "fitted", "judgement"] },
      { key: "title", label: "Title", path: ["title"], kind: "text" },
      { key: "citation", label: "Citation", path: ["citation"], kind: "text" },
      { key: "method", label: "Method", path: ["method"], kind: "text" },
      { key: "reliability", label: "Reliability", path: ["reliability"], kind: "number", hint: "0–1" },
    ],
    create: (id) => ({ id, kind: "judgement", title: "", citation: "", method: "", reliability: 0.5 }),
  },
  {
    id: "roles",
    title: "Roles",
    table: "roles",
    keyLabel: "Role id",
    columns: [
      { key: "name", label: "Name", path: ["name"], kind: "text" },
      { key: "family", label: "Family", path: ["family"], kind: "select", options: (c) => c.roleFamilies.map((f) => f.id) },
      { key: "benchmark", label: "Benchmark base", path: ["benchmark"], kind: "figure", hint: "median, base currency" },
      { key: "p25", label: "p25 ÷ p50", path: ["spread", "p25"], kind: "figure" },
      { key: "p75", label: "p75 ÷ p50", path: ["spread", "p75"], kind: "figure" },
      { key: "titles", label: "Titles", path: ["titles"], kind: "list", hint: "comma-separated" },
      { key: "premiumSkills", label: "Premium skills", path: ["premiumSkills"], kind: "list", hint: "skill ids" },
    ],
    create: (id) => ({
      id,
      name: "",
      family: "core-ai",
      reference: false,
      benchmark: blank(),
      spread: { p25: blank(0.8), p75: blank(1.2) },
      titles: [id.replace(/-/g, " ")],
      looseTitles: [],
      requires: [],
      premiumSkills: [],
      levelRequirements: [],
    }),
  },
  {
    id: "levels",
    title: "Levels",
    table: "levels",
    keyLabel: "Level id",
    columns: [
      { key: "name", label: "Name", path: ["name"], kind: "text" },
      { key: "track", label: "Track", path: ["track"], kind: "select", options: () => ["ic", "management"] },
      { key: "rank", label: "Rank", path: ["rank"], kind: "integer" },
      { key: "multiplier", label: "Multiplier", path: ["multiplier"], kind: "figure" },
      { key: "bonusTarget", label: "Bonus target", path: ["bonusTarget"], kind: "figure", hint: "fraction of base" },
      { key: "equityTarget", label: "Equity target", path: ["equityTarget"], kind: "figure", hint: "fraction of base" },
    ],
    create: (id, c) => ({
      id,
      name: "",
      track: "ic",
      rank: Math.max(0, ...c.levels.map((l) => l.rank)) + 1,
      multiplier: blank(1),
      bonusTarget: blank(),
      equityTarget: blank(),
    }),
  },
  {
    id: "skills",
    title: "Skills",
    table: "skills",
    keyLabel: "Skill id",
    columns: [
      { key: "name", label: "Name", path: ["name"], kind: "text" },
      { key: "premium", label: "Premium", path: ["premium"], kind: "figure", hint: "fraction, e.g. 0.12 = +12 %" },
      { key: "trend", label: "Trend", path: ["trend"], kind: "select", options: () => ["rising", "stable", "commoditizing"] },
      { key: "trendRate", label: "Yearly trend", path: ["trendRate"], kind: "figure", hint: "fraction per year" },
      ...families.map((f): Column => ({ key: `relevance-${f}`, label: `Relevance, ${f}`, path: ["relevance", "families", f], kind: "number", hint: "0–1" })),
      { key: "tags", label: "Tags", path: ["tags"], kind: "list" },
    ],
    create: (id) => ({
      id,
      name: "",
      premium: blank(),
      relevance: { families: { "core-ai": 0, "adjacent-technical": 0, "non-technical": 0 }, roles: {} },
      trend: "stable",
      trendRate: blank(),
      tags: [],
      prerequisites: [],
    }),
  },
  {
    id: "skill-graph",
    title: "Skill graph",
    table: "skills",
    keyLabel: "Skill id",
    columns: [
      { key: "prerequisites", label: "Prerequisites", path: ["prerequisites"], kind: "requirements", hint: "comma-separated; a | b for either" },
      { key: "months", label: "Months to learn", path: ["acquisition", "months"], kind: "optional-figure" },
      { key: "hours", label: "Hours a week", path: ["acquisition", "hoursPerWeek"], kind: "number" },
      { key: "cost", label: "Cost", path: ["acquisition", "cost"], kind: "optional-figure", hint: "one-off, base currency" },
    ],
    create: null,
  },
  {
    id: "credentials",
    title: "Credentials",
    table: "credentials",
    keyLabel: "Credential id",
    columns: [
      { key: "name", label: "Name", path: ["name"], kind: "text" },
      ...families.map((f): Column => ({ key: `premium-${f}`, label: `Premium, ${f}`, path: ["premium", f], kind: "figure" })),
    ],
    create: (id) => ({ id, name: "", premium: { "core-ai": blank(), "adjacent-technical": blank(), "non-technical": blank() } }),
  },
  {
    id: "locations",
    title: "Locations",
    table: "locations",
    keyLabel: "Location id",
    columns: [
      { key: "name", label: "Name", path: ["name"], kind: "text" },
      { key: "kind", label: "Kind", path: ["kind"], kind: "select", options: () => ["national", "metro", "country"] },
      { key: "country", label: "Country", path: ["country"], kind: "text", hint: "ISO code" },
      { key: "factor", label: "Location factor", path: ["factor"], kind: "figure" },
      { key: "costOfLiving", label: "Cost of living", path: ["costOfLiving"], kind: "figure", hint: "reference = 100" },
      { key: "currency", label: "Currency", path: ["currency"], kind: "text" },
      { key: "fxRate", label: "FX rate", path: ["fxRate"], kind: "figure", hint: "per base unit" },
      { key: "taxRate", label: "Tax rate", path: ["taxRate"], kind: "figure", hint: "fraction" },
    ],
    create: (id) => ({ id, name: "", kind: "country", country: "", factor: blank(1), costOfLiving: blank(100), currency: "", fxRate: blank(1), taxRate: blank(0.25) }),
  },
  {
    id: "industries",
    title: "Industries",
    table: "industries",
    keyLabel: "Industry id",
    columns: [
      { key: "name", label: "Name", path: ["name"], kind: "text" },
      { key: "multiplier", label: "Multiplier", path: ["multiplier"], kind: "figure" },
      { key: "regulated", label: "Regulated", path: ["regulated"], kind: "boolean" },
      { key: "skillBoost", label: "Skill boost", path: ["skillBoost"], kind: "optional-figure", hint: "fraction" },
      { key: "boostedTags", label: "Boosted tags", path: ["boostedTags"], kind: "list" },
    ],
    create: (id) => ({ id, name: "", multiplier: blank(1), regulated: false, boostedTags: [] }),
  },
  {
    id: "stages",
    title: "Stages",
    table: "stages",
    keyLabel: "Stage id",
    columns: [
      { key: "name", label: "Name", path: ["name"], kind: "text" },
      { key: "baseMultiplier", label: "Base multiplier", path: ["baseMultiplier"], kind: "figure" },
      { key: "bonusScale", label: "Bonus scale", path: ["bonusScale"], kind: "figure" },
      { key: "equityScale", label: "Equity scale", path: ["equityScale"], kind: "figure" },
      { key: "liquidityDiscount", label: "Liquidity discount", path: ["liquidityDiscount"], kind: "figure", hint: "fraction" },
    ],
    create: (id) => ({ id, name: "", baseMultiplier: blank(1), bonusScale: blank(1), equityScale: blank(1), liquidityDiscount: blank() }),
  },
  {
    id: "market-index",
    title: "Market index",
    table: "marketIndex",
    keyLabel: "Year",
    columns: [{ key: "index", label: "Index", path: ["index"], kind: "figure", hint: "reference year = 1" }],
    create: (key) => ({ year: Number(key), index: blank(1) }),
  },
];

/**
 * The value at `path` inside a plain object, or undefined.
 *
 * @example
 * getIn({ a: { b: 1 } }, ["a", "b"]) // → 1
 */
export function getIn(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/**
 * A copy of `value` with `path` set to `next` (undefined removes the key); the input is unchanged.
 *
 * @example
 * setIn({ a: { b: 1 } }, ["a", "c"], 2) // → { a: { b: 1, c: 2 } }
 */
export function setIn<T>(value: T, path: readonly (string | number)[], next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = setIn(copy[head as number], rest, next);
    return copy as T;
  }
  const obj = value !== null && typeof value === "object" ? (value as Record<string | number, unknown>) : {};
  const copy: Record<string | number, unknown> = { ...obj };
  if (rest.length === 0 && next === undefined) delete copy[head];
  else copy[head] = setIn(obj[head], rest, next);
  return copy as T;
}

/**
 * Writes requirements as text: comma-separated, alternatives joined by `|`.
 *
 * @example
 * formatRequirements(["cloud-platforms", { anyOf: ["rag", "llm-fine-tuning"] }]) // → "cloud-platforms, rag | llm-fine-tuning"
 */
export function formatRequirements(requirements: readonly SkillRequirement[]): string {
  return requirements.map((r) => (typeof r === "string" ? r : r.anyOf.join(" | "))).join(", ");
}

/**
 * Reads requirements written by `formatRequirements` (empty parts are dropped).
 *
 * @example
 * parseRequirements("cloud-platforms, rag | llm-fine-tuning") // → ["cloud-platforms", { anyOf: ["rag", "llm-fine-tuning"] }]
 */
export function parseRequirements(text: string): SkillRequirement[] {
  return text
    .split(",")
    .map((part) =>
      part
        .split("|")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .filter((options) => options.length > 0)
    .map((options) => (options.length === 1 ? options[0]! : { anyOf: options }));
}

/**
 * Reads a comma-separated list (empty parts are dropped).
 *
 * @example
 * parseList(" security, governance ,") // → ["security", "governance"]
 */
export function parseList(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The key of each row of a section's table (its id, or a market year).
 *
 * @example
 * rowKeys(catalog, sections[0]) // → ["survey-fit", "bls-oews-ratio", …]
 */
export function rowKeys(catalog: Catalog, spec: SectionSpec): string[] {
  return (catalog[spec.table] as readonly unknown[]).map((e) => entityKey(spec.table, e));
}

/** Dotted path of a cell from the catalog's root (`skills.7.premium`), as validation issues name it. */
export function cellPath(spec: SectionSpec, row: number, column: Column): string {
  return [spec.table, row, ...column.path].join(".");
}
