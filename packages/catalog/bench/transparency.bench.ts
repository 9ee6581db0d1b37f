// The pay-transparency report of a 2,000-person team over the default catalog (calibration
// included, as the report's service runs it), printed as `bench <name> <value> <unit>`.
// Run: pnpm --filter @paypath/catalog bench
import { calibrateTeam, transparencyReport, type RosterMember } from "@paypath/core";
import { defaultCatalog } from "../src/index.js";

const catalog = defaultCatalog;

/** A deterministic pseudo-random generator (LCG), so every run reports on the same team. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function makeTeam(count: number): RosterMember[] {
  const rand = lcg(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const base = Math.round(60_000 + rand() * 240_000);
    const r = rand();
    return {
      employeeId: `E${i}`,
      name: `Employee ${i}`,
      title: "",
      roleId: pick(catalog.roles).id,
      levelId: pick(catalog.levels).id,
      locationId: pick(catalog.locations.slice(0, 20)).id,
      base,
      bonus: rand() < 0.7 ? Math.round(base * 0.1) : 0,
      equity: rand() < 0.4 ? Math.round(base * 0.2) : 0,
      ...(r < 0.97 ? { gender: r < 0.48 ? "F" : "M" } : {}),
    };
  });
}

const team = makeTeam(2_000);
// Warm-up (JIT, the catalog's compile cache), then the median of five runs.
transparencyReport(team, calibrateTeam(team, {}, catalog));
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  const report = transparencyReport(team, calibrateTeam(team, {}, catalog));
  runs.push(performance.now() - start);
  if (report.quartiles.reduce((s, q) => s + q.count, 0) === 0) throw new Error("empty report");
}
runs.sort((a, b) => a - b);
console.log(`bench transparency.report_2000_ms ${runs[2]!.toFixed(1)} ms`);
