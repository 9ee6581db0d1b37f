// Throughput of core's estimate over the default catalog, printed as `bench <name> <value> <unit>`.
// Run: pnpm --filter @paypath/catalog bench
import { compileCatalog, estimate, type EstimateOptions, type Profile } from "@paypath/core";
import { defaultCatalog } from "../src/index.js";

const catalog = defaultCatalog;
const seconds = Number(process.env.BENCH_SECONDS ?? 2);

/** A deterministic pseudo-random generator (LCG), so every run prices the same profiles. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function makeProfiles(count: number): Profile[] {
  const rand = lcg(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const profiles: Profile[] = [];
  for (let i = 0; i < count; i++) {
    const skills = catalog.skills.filter(() => rand() < 0.15).map((s) => s.id);
    const credentials = catalog.credentials.filter(() => rand() < 0.1).map((c) => c.id);
    profiles.push({
      role: pick(catalog.roles).id,
      level: pick(catalog.levels).id,
      location: pick(catalog.locations).id,
      arrangement: pick(["onsite", "hybrid", "remote"] as const),
      industry: pick(catalog.industries).id,
      stage: pick(catalog.stages).id,
      companySize: pick(["S", "M", "L"] as const),
      skills,
      credentials,
      year: 2020 + Math.floor(rand() * 7),
    });
  }
  return profiles;
}

function print(name: string, value: number, unit: string): void {
  console.log(`bench ${name} ${Math.round(value)} ${unit}`);
}

/** Runs `fn` over the profiles round-robin for about `seconds` and returns calls per second. */
function rate(profiles: readonly Profile[], fn: (p: Profile) => number): number {
  let sink = 0;
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    for (let i = 0; i < 10_000; i++) sink += fn(profiles[(calls + i) % profiles.length]!);
    calls += 10_000;
    elapsed = performance.now() - start;
  }
  if (Number.isNaN(sink)) throw new Error("NaN in bench");
  return calls / (elapsed / 1000);
}

const profiles = makeProfiles(100_000);
const lean: EstimateOptions = { breakdown: false, levers: false };
const withBreakdown: EstimateOptions = { breakdown: true, levers: false };

// Warm up the JIT and the catalog's caches.
for (let i = 0; i < 200_000; i++) estimate(profiles[i % 1000]!, catalog, i % 2 ? lean : withBreakdown);

const single = rate(profiles.slice(0, 1000), (p) => estimate(p, catalog, lean).total.p50);
const breakdown = rate(profiles.slice(0, 1000), (p) => estimate(p, catalog, withBreakdown).total.p50);
const full = rate(profiles.slice(0, 1000), (p) => estimate(p, catalog).total.p50);

const batchStart = performance.now();
let batchSum = 0;
for (const p of profiles) batchSum += estimate(p, catalog, lean).total.p50;
const batch = profiles.length / ((performance.now() - batchStart) / 1000);
if (!(batchSum > 0)) throw new Error("batch produced no pay");

// The bare loop: the same arithmetic on pre-resolved numbers (no lookups, no objects).
const c = compileCatalog(catalog);
const numbers = new Float64Array(profiles.length * 6);
profiles.forEach((p, i) => {
  const e = estimate(p, catalog, lean);
  const role = c.roles.get(p.role)!.item;
  numbers.set([role.benchmark.value, e.base.p50 / role.benchmark.value, e.bonus.p50 / e.base.p50, e.equity.p50 / e.base.p50, role.spread.p25.value, role.spread.p75.value], i * 6);
});
const out = new Float64Array(12);
let bareCalls = 0;
const bareStart = performance.now();
let bareElapsed = 0;
while (bareElapsed < seconds * 1000) {
  for (let i = 0; i < profiles.length; i++) {
    const o = i * 6;
    const base = numbers[o]! * numbers[o + 1]!;
    const bonus = base * numbers[o + 2]!;
    const equity = base * numbers[o + 3]!;
    out[0] = base * numbers[o + 4]!;
    out[1] = base;
    out[2] = base * numbers[o + 5]!;
    out[3] = bonus * 0.8;
    out[4] = bonus;
    out[5] = bonus * 1.2;
    out[6] = equity * 0.5;
    out[7] = equity;
    out[8] = equity * 1.5;
    out[9] = out[0] + out[3] + out[6];
    out[10] = base + bonus + equity;
    out[11] = out[2] + out[5] + out[8];
  }
  bareCalls += profiles.length;
  bareElapsed = performance.now() - bareStart;
}
const bareRate = bareCalls / (bareElapsed / 1000);

print("core.estimate_per_s", single, "ops/s");
print("core.estimate_breakdown_per_s", breakdown, "ops/s");
print("core.estimate_full_per_s", full, "ops/s");
print("core.batch100k_per_s", batch, "ops/s");
print("core.bare_loop_per_s", bareRate, "ops/s");
console.log(`bench core.estimate_to_bare_ratio ${(single / bareRate).toFixed(4)} ratio`);
