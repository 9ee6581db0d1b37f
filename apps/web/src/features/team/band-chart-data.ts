import type { BandStatus, Calibration, Catalog } from "@paypath/core";
import { jobName } from "../../lib/catalog-names";

/** One band drawn as a row of the chart: its range and midpoint. */
export interface ChartBand {
  /** The row, 0 at the bottom. */
  readonly row: number;
  readonly label: string;
  readonly min: number;
  readonly mid: number;
  readonly max: number;
  readonly headcount: number;
}

/** One person as a dot: pay on x, their band's row (spread a little so dots do not hide each other) on y. */
export interface ChartPerson {
  readonly x: number;
  readonly y: number;
  readonly name: string;
  readonly compaRatio: number;
  readonly status: BandStatus;
}

/** What the band chart draws. */
export interface BandChartData {
  readonly bands: readonly ChartBand[];
  readonly people: Readonly<Record<BandStatus, readonly ChartPerson[]>>;
  /** How many bands the team has in all (the chart shows the largest). */
  readonly totalBands: number;
}

/**
 * Lays a calibration out for the band chart: the `maxBands` bands with most people, lowest
 * midpoint at the bottom, each with its people's base pay as dots grouped by status.
 *
 * @example
 * bandChartOf(calibration, catalog, 20).bands[0] // → { row: 0, label: "Junior ML engineer · United States", min, mid, max, headcount: 3 }
 */
export function bandChartOf(calibration: Calibration, catalog: Catalog, maxBands = 20): BandChartData {
  const zoneNames = new Map(calibration.zones.map((z) => [z.id, z.name]));
  const shown = [...calibration.bands]
    .sort((a, b) => b.headcount - a.headcount || a.key.localeCompare(b.key))
    .slice(0, maxBands)
    .sort((a, b) => a.base.mid - b.base.mid || a.key.localeCompare(b.key));
  const rows = new Map(shown.map((b, i) => [b.key, i]));
  const bands = shown.map((b, row) => ({
    row,
    label: `${jobName(catalog, b.levelId, b.roleId)} · ${zoneNames.get(b.zoneId) ?? b.zoneId}`,
    min: b.base.min,
    mid: b.base.mid,
    max: b.base.max,
    headcount: b.headcount,
  }));
  const people: Record<BandStatus, ChartPerson[]> = { below: [], in: [], above: [] };
  const seen = new Map<string, number>();
  for (const p of calibration.people) {
    const row = rows.get(p.bandKey);
    if (row === undefined) continue;
    const k = seen.get(p.bandKey) ?? 0;
    seen.set(p.bandKey, k + 1);
    // Spread people of one band over five lanes: −0.2, −0.1, 0, 0.1, 0.2.
    const lane = ((k % 5) - 2) * 0.1;
    people[p.base.status].push({ x: p.base.pay, y: row + lane, name: p.name, compaRatio: p.base.compaRatio, status: p.base.status });
  }
  return { bands, people, totalBands: calibration.bands.length };
}

/**
 * Breaks a band's label into lines of at most `maxChars` characters for the chart's axis, at the
 * " · " before the zone and between words, never cutting a word (a longer word keeps a line to
 * itself), so no label is truncated.
 *
 * @example
 * wrapLabel("Mid-level machine learning engineer · United States", 24)
 * // → ["Mid-level machine", "learning engineer", "United States"]
 */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const part of label.split(" · ")) {
    let line = "";
    for (const word of part.split(/\s+/).filter(Boolean)) {
      if (line !== "" && line.length + 1 + word.length > maxChars) {
        lines.push(line);
        line = word;
      } else {
        line = line === "" ? word : `${line} ${word}`;
      }
    }
    if (line !== "") lines.push(line);
  }
  return lines;
}
