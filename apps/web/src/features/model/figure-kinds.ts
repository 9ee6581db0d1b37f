import { marketYearsOf, type Catalog, type Figure, type SourceKind } from "@paypath/core";

/** How many figures come from each kind of source. */
export interface KindCounts {
  readonly published: number;
  readonly fitted: number;
  readonly judgement: number;
  readonly total: number;
}

/** The figures of one part of the catalog, counted by the kind of their source. */
export interface SectionFigures {
  readonly id: string;
  readonly title: string;
  readonly counts: KindCounts;
  /** Titles of the judgement sources its judgement figures cite, in catalog order. */
  readonly judgementSources: readonly string[];
}

/** A fitted figure resting on fewer rows than a stated minimum. */
export interface ThinFigure {
  readonly label: string;
  readonly n: number;
}

/** The parts of the catalog that hold figures, in the order the page lists them. */
const sections: readonly (readonly [id: keyof Catalog, title: string])[] = [
  ["roles", "Roles"],
  ["levels", "Levels"],
  ["locations", "Locations"],
  ["arrangements", "Arrangements"],
  ["companySizes", "Company sizes"],
  ["marketIndex", "Market index by year"],
  ["skills", "Skills"],
  ["credentials", "Credentials"],
  ["industries", "Industries"],
  ["stages", "Company stages"],
  ["remotePolicies", "Remote pay policies"],
  ["model", "Model settings"],
  ["promotions", "Promotions"],
  ["planPresets", "Plan presets"],
];

const fieldLabels: Readonly<Record<string, string>> = {
  benchmark: "benchmark",
  "spread.p25": "range p25",
  "spread.p75": "range p75",
  factor: "location factor",
  costOfLiving: "cost of living",
  fxRate: "exchange rate",
  taxRate: "tax rate",
  index: "market index",
};

function isFigure(value: unknown): value is Figure {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.value === "number" && typeof v.source === "string";
}

/** Calls `visit` for every figure under `value`, with the nearest entity's name and the figure's path inside it. */
function eachFigure(value: unknown, entity: string, path: readonly string[], visit: (figure: Figure, entity: string, path: readonly string[]) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) eachFigure(item, entity, [], visit);
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (isFigure(value)) {
    visit(value, entity, path);
    return;
  }
  const record = value as Record<string, unknown>;
  const named = typeof record.name === "string" ? record.name : typeof record.year === "number" ? String(record.year) : undefined;
  const here = named ?? entity;
  for (const [key, child] of Object.entries(record)) eachFigure(child, here, named ? [key] : [...path, key], visit);
}

function emptyCounts(): { published: number; fitted: number; judgement: number; total: number } {
  return { published: 0, fitted: 0, judgement: 0, total: 0 };
}

/**
 * Every figure of the catalog counted by the kind of its source (published table, fit on survey
 * data, or judgement), per part of the catalog; parts without figures are left out.
 *
 * @example
 * figuresBySection(catalog)[0]
 * // → { id: "roles", title: "Roles", counts: { published: 0, fitted: 51, judgement: 0, total: 51 }, judgementSources: [] }
 */
export function figuresBySection(catalog: Catalog): SectionFigures[] {
  const sourceById = new Map(catalog.sources.map((s) => [s.id, s]));
  const result: SectionFigures[] = [];
  for (const [id, title] of sections) {
    const counts = emptyCounts();
    const judged = new Set<string>();
    eachFigure(catalog[id], title, [], (figure) => {
      const source = sourceById.get(figure.source);
      const kind: SourceKind = source?.kind ?? "judgement";
      counts[kind]++;
      counts.total++;
      if (kind === "judgement") judged.add(figure.source);
    });
    if (counts.total === 0) continue;
    const judgementSources = catalog.sources.filter((s) => judged.has(s.id)).map((s) => s.title);
    if ([...judged].some((s) => !sourceById.has(s))) judgementSources.push("unknown source");
    result.push({ id, title, counts, judgementSources });
  }
  return result;
}

/**
 * The catalog's figure counts by kind, summed over its parts.
 *
 * @example
 * totalFigures(figuresBySection(catalog)) // → { published: 33, fitted: 107, judgement: 290, total: 430 }
 */
export function totalFigures(bySection: readonly SectionFigures[]): KindCounts {
  const total = emptyCounts();
  for (const s of bySection) {
    total.published += s.counts.published;
    total.fitted += s.counts.fitted;
    total.judgement += s.counts.judgement;
    total.total += s.counts.total;
  }
  return total;
}

/**
 * The parts of the catalog that rest mostly on judgement (more than half their figures), most
 * judgement first.
 *
 * @example
 * judgementAreas(figuresBySection(catalog)).map((s) => s.title) // → ["Skills", "Credentials", "Industries", …]
 */
export function judgementAreas(bySection: readonly SectionFigures[]): SectionFigures[] {
  const share = (s: SectionFigures): number => s.counts.judgement / s.counts.total;
  return bySection.filter((s) => share(s) > 0.5).sort((a, b) => share(b) - share(a) || a.title.localeCompare(b.title));
}

/**
 * Fitted figures that rest on fewer than `minRows` survey rows, fewest first: the figures small
 * samples move most (a published table's figure, such as an exchange rate, is not fitted pay).
 *
 * @example
 * thinFigures(catalog, 30)[0] // → { label: "Puerto Rico location factor", n: 2 }
 */
export function thinFigures(catalog: Catalog, minRows: number): ThinFigure[] {
  const kindOf = new Map(catalog.sources.map((s) => [s.id, s.kind]));
  const thin: ThinFigure[] = [];
  for (const [id, title] of sections) {
    eachFigure(catalog[id], title, [], (figure, entity, path) => {
      if (figure.n === undefined || figure.n >= minRows || kindOf.get(figure.source) !== "fitted") return;
      const key = path.join(".");
      thin.push({ label: `${entity} ${fieldLabels[key] ?? path.join(" ")}`, n: figure.n });
    });
  }
  return thin.sort((a, b) => a.n - b.n || a.label.localeCompare(b.label));
}

/** A role priced as another, data-backed role times a premium. */
export interface ProxyRole {
  readonly name: string;
  readonly proxyName: string;
  readonly premium: number;
}

/**
 * The roles priced by proxy (the surveys hold too few rows of their own titles).
 *
 * @example
 * proxyRoles(catalog) // → [{ name: "AI security engineer", proxyName: "Security engineer", premium: 1.12 }]
 */
export function proxyRoles(catalog: Catalog): ProxyRole[] {
  const nameOf = new Map(catalog.roles.map((r) => [r.id, r.name]));
  return catalog.roles.flatMap((r) => (r.proxy ? [{ name: r.name, proxyName: nameOf.get(r.proxy.role) ?? r.proxy.role, premium: r.proxy.premium.value }] : []));
}

/**
 * The market years the catalog projects rather than measures: those after its last year of salary
 * data (core's `marketYearsOf`).
 *
 * @example
 * projectedYears(catalog) // → [2025, 2026, 2027, 2028, 2029, 2030]
 */
export function projectedYears(catalog: Catalog): number[] {
  const { lastData } = marketYearsOf(catalog);
  return catalog.marketIndex
    .map((y) => y.year)
    .filter((year) => year > lastData)
    .sort((a, b) => a - b);
}
