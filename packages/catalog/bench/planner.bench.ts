// Time of core's planPaths over the default catalog's presets and generated 200-skill graphs,
// printed as `bench <name> <value> <unit>`. Run: pnpm --filter @paypath/catalog bench
import { planPaths, type Catalog, type PlanOptionsInput, type PlanTargetInput, type Profile } from "@paypath/core";
import { syntheticSkillGraph } from "@paypath/core/testing";
import { defaultCatalog } from "../src/index.js";

/** Starting profiles: a spread of roles, levels, held skills and months in level. */
const profiles: [Profile, number][] = [
  [{ role: "ml-engineer", level: "senior", location: "us", skills: ["llm-fine-tuning"] }, 0],
  [{ role: "ml-engineer", level: "mid", location: "us-sf-bay-area", skills: ["cloud-platforms", "mlops-kubernetes"] }, 12],
  [{ role: "data-scientist", level: "mid", location: "us" }, 20],
  [{ role: "data-scientist", level: "senior", location: "gb", skills: ["rag", "prompt-engineering"] }, 6],
  [{ role: "software-engineer", level: "junior", location: "us" }, 0],
  [{ role: "software-engineer", level: "mid", location: "us" }, 10],
  [{ role: "software-engineer", level: "senior", location: "de", skills: ["cloud-platforms"] }, 30],
  [{ role: "mlops-engineer", level: "senior", location: "us", skills: ["mlops-kubernetes", "cloud-platforms"] }, 0],
  [{ role: "ai-product-manager", level: "mid", location: "us", skills: ["prompt-engineering"] }, 23],
  [{ role: "ml-engineer", level: "staff", location: "us", skills: ["llm-fine-tuning", "distributed-training", "cloud-platforms"] }, 0],
  [{ role: "analytics-engineer", level: "junior", location: "in", skills: ["data-pipelines"] }, 8],
];
const paces = [5, 10, 20];

interface Case {
  readonly profile: Profile;
  readonly target: PlanTargetInput;
  readonly options: PlanOptionsInput;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function print(name: string, value: number, unit: string): void {
  console.log(`bench ${name} ${value.toFixed(3)} ${unit}`);
}

/** Wall and CPU milliseconds of each plan (CPU time shows the work itself when other processes share the cores). */
function timeAll(catalog: Catalog, cases: readonly Case[], rounds: number): { times: number[]; cpu: number[]; states: number; unproven: number } {
  const times: number[] = [];
  const cpu: number[] = [];
  let states = 0;
  let unproven = 0;
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      const start = performance.now();
      const used = process.cpuUsage();
      const plan = planPaths(c.profile, c.target, catalog, c.options);
      times.push(performance.now() - start);
      const spent = process.cpuUsage(used);
      cpu.push((spent.user + spent.system) / 1000);
      if (round === 0) {
        states += plan.statesExplored;
        if (!plan.proven) unproven++;
      }
    }
  }
  return { times: times.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b), states, unproven };
}

const presetCases: Case[] = profiles.flatMap(([profile, monthsInLevel], i) =>
  defaultCatalog.planPresets.map((preset, j) => ({
    profile,
    target: { preset: preset.id },
    options: { hoursPerWeek: paces[(i + j) % paces.length]!, horizonMonths: 120, monthsInLevel },
  })),
);
timeAll(defaultCatalog, presetCases, 2); // warm up the JIT and the catalog caches
const presets = timeAll(defaultCatalog, presetCases, 3);

// Every seed × target kind (the current level, the next, a named level) × target role × start.
const roles = ["ml-engineer", "research-scientist", "data-scientist", "ai-product-manager"];
const starts: [Profile, number, number][] = [
  [{ role: "ml-engineer", level: "junior", location: "us" }, 5, 0],
  [{ role: "data-scientist", level: "mid", location: "us" }, 10, 12],
  [{ role: "ai-product-manager", level: "junior", location: "us" }, 20, 6],
];
const kinds = ["current", "next", "senior"] as const;
const seeds = Array.from({ length: 50 }, (_, i) => i + 1);
let worst = 0;
let worstCpu = 0;
let worstCase = "";
let syntheticStates = 0;
let syntheticUnproven = 0;
let syntheticPlans = 0;
const syntheticTimes: number[] = [];
for (const seed of seeds) {
  const catalog = syntheticSkillGraph(200, seed);
  const cases: Case[] = starts.flatMap(([profile, hoursPerWeek, monthsInLevel]) =>
    roles.flatMap((role) => kinds.map((level) => ({ profile, target: { role, level }, options: { hoursPerWeek, horizonMonths: 120, monthsInLevel } }))),
  );
  if (seed === 1) timeAll(catalog, cases, 1); // warm up
  const run = timeAll(catalog, cases, 1);
  syntheticTimes.push(...run.times);
  worstCpu = Math.max(worstCpu, run.cpu.at(-1)!);
  syntheticStates += run.states;
  syntheticUnproven += run.unproven;
  syntheticPlans += cases.length;
  if (run.times.at(-1)! > worst) {
    worst = run.times.at(-1)!;
    worstCase = `seed ${seed}`;
  }
}
syntheticTimes.sort((a, b) => a - b);

print("planner.p50_ms", percentile(presets.times, 0.5), "ms");
print("planner.p95_ms", percentile(presets.times, 0.95), "ms");
print("planner.max_ms", presets.times.at(-1)!, "ms");
print("planner.p95_cpu_ms", percentile(presets.cpu, 0.95), "ms");
console.log(`bench planner.states_explored ${presets.states} states`);
console.log(`bench planner.unproven ${presets.unproven} plans`);
print("planner.synthetic200_ms", percentile(syntheticTimes, 0.5), "ms");
print("planner.synthetic200_p95_ms", percentile(syntheticTimes, 0.95), "ms");
print("planner.synthetic200_worst_ms", worst, "ms");
print("planner.synthetic200_worst_cpu_ms", worstCpu, "ms");
console.log(`bench planner.synthetic200_plans ${syntheticPlans} plans`);
console.log(`bench planner.synthetic200_unproven ${syntheticUnproven} plans`);
console.log(`bench planner.synthetic200_states_explored ${syntheticStates} states`);
console.log(`# worst synthetic case: ${worstCase}`);
