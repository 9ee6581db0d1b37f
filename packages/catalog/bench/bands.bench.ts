// Band calibration of a 100,000-person team over the default catalog, printed as `bench <name> <value> <unit>`.
// Run: pnpm --filter @paypath/catalog bench
import { calibrateTeam, diffRosters, payEquity, simulateBudget, type RosterMember } from "@paypath/core";
import { defaultCatalog } from "../src/index.js";

const catalog = defaultCatalog;

/** A deterministic pseudo-random generator (LCG), so every run calibrates the same team. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function makeTeam(count: number): RosterMember[] {
  const rand = lcg(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const members: RosterMember[] = [];
  for (let i = 0; i < count; i++) {
    const base = Math.round(60_000 + rand() * 340_000);
    members.push({
      employeeId: `E${i}`,
      name: `Employee ${i}`,
      title: "",
      roleId: pick(catalog.roles).id,
      levelId: pick(catalog.levels).id,
      locationId: pick(catalog.locations).id,
      base,
      bonus: Math.round(base * 0.1),
      equity: Math.round(base * 0.2),
      ...(rand() < 0.9 ? { performanceRating: 1 + Math.floor(rand() * 5) } : {}),
      gender: rand() < 0.5 ? "F" : "M",
    });
  }
  return members;
}

function print(name: string, value: number, unit: string): void {
  console.log(`bench ${name} ${Math.round(value)} ${unit}`);
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

const team = makeTeam(100_000);
// One warm-up run on a small team (JIT and the catalog's compile cache), then the timed runs.
calibrateTeam(team.slice(0, 2_000), {}, catalog);

const [calibration, calibrateMs] = time(() => calibrateTeam(team, { midpointPercentile: 60 }, catalog));
if (calibration.people.length !== team.length) throw new Error("not every person was calibrated");
print("bands.calibrate100k_ms", calibrateMs, "ms");
print("bands.distinct_bands", calibration.bands.length, "bands");

const [simulation, budgetMs] = time(() => simulateBudget(team, calibration, { budget: { kind: "percent", value: 3 } }));
if (simulation.spent > simulation.budget) throw new Error("budget exceeded");
print("bands.budget100k_ms", budgetMs, "ms");

const [report, equityMs] = time(() => payEquity(team, calibration));
if (report === null) throw new Error("no pay-equity report");
print("bands.payEquity100k_ms", equityMs, "ms");

// An import's summary: the roster replaced by one where a tenth got a raise, a twentieth left and as many joined.
for (const count of [2_000, 100_000]) {
  const before = team.slice(0, count);
  const after = before
    .filter((_, i) => i % 20 !== 0)
    .map((m, i) => (i % 10 === 0 ? { ...m, base: m.base + 1_000 } : m))
    .concat(before.filter((_, i) => i % 20 === 0).map((m) => ({ ...m, employeeId: `N${m.employeeId}` })));
  const [diff, diffMs] = time(() => diffRosters(before, after));
  if (diff.added !== count / 20 || diff.removed !== count / 20) throw new Error("the roster diff miscounted");
  print(`bands.rosterDiff${count / 1_000}k_ms`, diffMs, "ms");
}
