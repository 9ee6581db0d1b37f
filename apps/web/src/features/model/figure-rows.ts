import type { Catalog, Figure } from "@paypath/core";

/** How a figure's value reads: money, a multiplier, a fraction as a percentage, or a plain number. */
export type FigureFormat = "money" | "multiplier" | "percent" | "number";

/** One figure of one catalog entry, ready for a table row. */
export interface FigureRow {
  readonly entity: string;
  readonly figure: string;
  readonly value: string;
  readonly source: string;
  readonly note: string;
}

/** A table of the catalog: a title and its figures. */
export interface FigureTable {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly FigureRow[];
}

/**
 * Formats a figure's value for reading.
 *
 * @example
 * formatFigure(1.23, "multiplier", "USD") // → "×1.230"
 */
export function formatFigure(value: number, format: FigureFormat, currency: string): string {
  switch (format) {
    case "money":
      return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(value);
    case "multiplier":
      return `×${value.toFixed(3)}`;
    case "percent":
      return `${(value * 100).toFixed(1)} %`;
    case "number":
      return String(Math.round(value * 1000) / 1000);
  }
}

type Spec<T> = readonly (readonly [label: string, pick: (entry: T) => Figure | undefined, format: FigureFormat])[];

function rowsOf<T>(entries: readonly T[], nameOf: (entry: T) => string, spec: Spec<T>, currency: string): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const entry of entries) {
    for (const [label, pick, format] of spec) {
      const f = pick(entry);
      if (!f) continue;
      rows.push({
        entity: nameOf(entry),
        figure: label,
        value: formatFigure(f.value, format, currency),
        source: f.source,
        note: [f.note, f.n === undefined ? undefined : `n = ${f.n}`].filter(Boolean).join(" · "),
      });
    }
  }
  return rows;
}

/**
 * Every figure of the catalog as tables (roles, levels, skills, …), each row with its value,
 * source id and note.
 *
 * @example
 * figureTables(catalog)[0] // → { id: "roles", title: "Roles", rows: [{ entity: "ML Engineer", figure: "Benchmark base", value: "$160,000", source: "…", note: "…" }, …] }
 */
export function figureTables(catalog: Catalog): FigureTable[] {
  const cur = catalog.baseCurrency;
  const m = catalog.model;
  return [
    {
      id: "model",
      title: "Model settings",
      rows: rowsOf(
        [m],
        () => "Model",
        [
          ["Skill decay", (x) => x.skillDecay, "percent"],
          ["Credential decay", (x) => x.credentialDecay, "percent"],
          ["Bonus p25 ÷ p50", (x) => x.bonusSpread.p25, "number"],
          ["Bonus p75 ÷ p50", (x) => x.bonusSpread.p75, "number"],
          ["Equity p25 ÷ p50", (x) => x.equitySpread.p25, "number"],
          ["Equity p75 ÷ p50", (x) => x.equitySpread.p75, "number"],
        ],
        cur,
      ),
    },
    {
      id: "roles",
      title: "Roles (benchmark: median base at the reference profile)",
      rows: rowsOf(
        catalog.roles,
        (r) => r.name,
        [
          ["Benchmark base", (r) => r.benchmark, "money"],
          ["p25 ÷ p50", (r) => r.spread.p25, "number"],
          ["p75 ÷ p50", (r) => r.spread.p75, "number"],
        ],
        cur,
      ),
    },
    {
      id: "levels",
      title: "Levels",
      rows: rowsOf(
        [...catalog.levels].sort((a, b) => a.rank - b.rank),
        (l) => l.name,
        [
          ["Multiplier", (l) => l.multiplier, "multiplier"],
          ["Bonus target", (l) => l.bonusTarget, "percent"],
          ["Equity target", (l) => l.equityTarget, "percent"],
        ],
        cur,
      ),
    },
    {
      id: "skills",
      title: "Skills",
      rows: rowsOf(
        catalog.skills,
        (s) => `${s.name} (${s.trend})`,
        [
          ["Premium", (s) => s.premium, "percent"],
          ["Yearly trend", (s) => s.trendRate, "percent"],
        ],
        cur,
      ),
    },
    {
      id: "credentials",
      title: "Credentials",
      rows: rowsOf(
        catalog.credentials,
        (c) => c.name,
        [
          ["Premium, core AI", (c) => c.premium["core-ai"], "percent"],
          ["Premium, adjacent technical", (c) => c.premium["adjacent-technical"], "percent"],
          ["Premium, non-technical", (c) => c.premium["non-technical"], "percent"],
        ],
        cur,
      ),
    },
    {
      id: "locations",
      title: "Locations",
      rows: rowsOf(
        catalog.locations,
        (l) => `${l.name} (${l.currency})`,
        [
          ["Location factor", (l) => l.factor, "multiplier"],
          ["Cost of living (ref. = 100)", (l) => l.costOfLiving, "number"],
          ["FX rate per USD", (l) => l.fxRate, "number"],
          ["Effective tax rate", (l) => l.taxRate, "percent"],
        ],
        cur,
      ),
    },
    {
      id: "arrangements",
      title: "Arrangements",
      rows: rowsOf(catalog.arrangements, (a) => a.name, [["Multiplier", (a) => a.multiplier, "multiplier"]], cur),
    },
    {
      id: "remote-policies",
      title: "Remote pay policies",
      rows: rowsOf(catalog.remotePolicies, (p) => `${p.name} (${p.mode})`, [["Floor (location factor)", (p) => p.floor, "multiplier"]], cur),
    },
    {
      id: "industries",
      title: "Industries",
      rows: rowsOf(
        catalog.industries,
        (i) => i.name,
        [
          ["Multiplier", (i) => i.multiplier, "multiplier"],
          ["Skill boost", (i) => i.skillBoost, "percent"],
        ],
        cur,
      ),
    },
    {
      id: "stages",
      title: "Company stages",
      rows: rowsOf(
        catalog.stages,
        (s) => s.name,
        [
          ["Base multiplier", (s) => s.baseMultiplier, "multiplier"],
          ["Bonus scale", (s) => s.bonusScale, "multiplier"],
          ["Equity scale", (s) => s.equityScale, "multiplier"],
          ["Liquidity discount", (s) => s.liquidityDiscount, "percent"],
        ],
        cur,
      ),
    },
    {
      id: "company-sizes",
      title: "Company sizes",
      rows: rowsOf(catalog.companySizes, (c) => c.name, [["Multiplier", (c) => c.multiplier, "multiplier"]], cur),
    },
    {
      id: "market-index",
      title: "Market index by year",
      rows: rowsOf(catalog.marketIndex, (y) => String(y.year), [["Index", (y) => y.index, "number"]], cur),
    },
  ];
}
