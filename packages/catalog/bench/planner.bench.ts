// Time of core's planPaths over the default catalog's presets and a generated 200-skill graph,
// printed as `bench <name> <value> <unit>`. Run: pnpm --filter @paypath/catalog bench
import { planPaths, type Catalog, type PlanTargetInput, type Profile } from "@paypath/core";
import { syntheticSkillGraph } from "@paypath/core/testing";
import { defaultCatalog } from "../src/index.js";

/** Starting profiles: a spread of roles, levels and held skills. */
const profiles: Profile[] = [
  { role: "ml-engineer", level: "senior", location: "us", skills: ["llm-fine-tuning"] },
  { role: "ml-engineer", level: "mid", location: "us-sf-bay-area", skills: ["cloud-platforms", "mlops-kubernetes"] },
  { role: "data-scientist", level: "mid", location: "us" },
  { role: "data-scientist", level: "senior", location: "gb", skills: ["rag", "prompt-engineering"] },
  { role: "software-engineer", level: "junior", location: "us" },
  { role: "software-engineer", level: "senior", location: "de", skills: ["cloud-platforms"] },
  { role: "mlops-engineer", level: "senior", location: "us", skills: ["mlops-kubernetes", "cloud-platforms"] },
  { role: "ai-product-manager", level: "mid", location: "us", skills: ["prompt-engineering"] },
  { role: "ml-engineer", level: "staff", location: "us", skills: ["llm-fine-tuning", "distributed-training", "cloud-platforms"] },
  { role: "analytics-engineer", level: "junior", location: "in", skills: ["data-pipelines"] },
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function print(name: string, value: number, unit: string): void {
  console.log(`bench ${name} ${value.toFixed(3)} ${unit}`);
}

function timeAll(catalog: Catalog, cases: readonly [Profile, PlanTargetInput][], rounds: number): { times: number[]; states: number } {
  const times: number[] = [];
  let states = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [profile, target] of cases) {
      const start = performance.now();
      const plan = planPaths(profile, target, catalog, { hoursPerWeek: 10, horizonMonths: 120 });
      times.push(performance.now() - start);
      if (round === 0) states += plan.statesExplored;
    }
  }
  return { times: times.sort((a, b) => a - b), states };
}

const presetCases = profiles.flatMap((p) => defaultCatalog.planPresets.map((preset): [Profile, PlanTargetInput] => [p, { preset: preset.id }]));
timeAll(defaultCatalog, presetCases, 3); // warm up the JIT and the catalog caches
const presets = timeAll(defaultCatalog, presetCases, 5);

const synthetic = syntheticSkillGraph(200, 3);
const roles = ["ml-engineer", "research-scientist", "data-scientist", "ai-product-manager"];
const syntheticCases = ["junior", "mid"].flatMap((level) =>
  roles.flatMap((role) => (["current", "next"] as const).map((t): [Profile, PlanTargetInput] => [{ role: "ml-engineer", level, location: "us" }, { role, level: t }])),
);
timeAll(synthetic, syntheticCases, 1);
const big = timeAll(synthetic, syntheticCases, 3);

print("planner.p50_ms", percentile(presets.times, 0.5), "ms");
print("planner.p95_ms", percentile(presets.times, 0.95), "ms");
print("planner.synthetic200_ms", percentile(big.times, 0.5), "ms");
print("planner.synthetic200_max_ms", big.times[big.times.length - 1]!, "ms");
console.log(`bench planner.states_explored ${presets.states} states`);
console.log(`bench planner.synthetic200_states_explored ${big.states} states`);
