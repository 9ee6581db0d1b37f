// Time to plan every preset of the default catalog for one profile, as the planner's Compare
// directions view does (in a web worker, one preset per task), printed as `bench <name> <value> <unit>`.
// Run: pnpm --filter @paypath/catalog bench
import { planPaths, type Profile } from "@paypath/core";
import { defaultCatalog } from "../src/index.js";

const profiles: Profile[] = [
  { role: "software-engineer", level: "senior", location: "us" },
  { role: "data-scientist", level: "mid", location: "us" },
  { role: "ml-engineer", level: "senior", location: "us", skills: ["llm-fine-tuning"] },
  { role: "security-engineer", level: "senior", location: "us", skills: ["cloud-platforms"] },
  { role: "ai-product-manager", level: "mid", location: "gb", skills: ["prompt-engineering"] },
  { role: "data-engineer", level: "junior", location: "in", skills: ["data-pipelines"] },
];
const rounds = 3;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function print(name: string, value: number, unit: string): void {
  console.log(`bench ${name} ${value.toFixed(3)} ${unit}`);
}

const totals: number[] = [];
const perPreset: number[] = [];
for (const profile of profiles) planPaths(profile, { preset: defaultCatalog.planPresets[0]!.id }, defaultCatalog, { hoursPerWeek: 10 });
for (let round = 0; round < rounds; round++) {
  for (const profile of profiles) {
    let total = 0;
    for (const preset of defaultCatalog.planPresets) {
      const start = performance.now();
      planPaths(profile, { preset: preset.id }, defaultCatalog, { hoursPerWeek: 10 });
      const ms = performance.now() - start;
      perPreset.push(ms);
      total += ms;
    }
    totals.push(total);
  }
}
totals.sort((a, b) => a - b);
perPreset.sort((a, b) => a - b);
print("planner.compare_presets", defaultCatalog.planPresets.length, "presets");
print("planner.compare_all_p50", percentile(totals, 0.5), "ms");
print("planner.compare_all_max", totals.at(-1)!, "ms");
print("planner.compare_one_preset_p95", percentile(perPreset, 0.95), "ms");
print("planner.compare_one_preset_max", perPreset.at(-1)!, "ms");
