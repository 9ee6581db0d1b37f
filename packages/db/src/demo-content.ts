import {
  estimate,
  OfferSchema,
  planPaths,
  type Catalog,
  type Estimate,
  type OfferInput,
  type PlanOptionsInput,
  type PlanResult,
  type PlanTargetInput,
  type Profile,
} from "@paypath/core";

/** A demo professional's starting point: who they are, in catalog ids (the first one the catalog has is used). */
export interface DemoPersona {
  readonly email: string;
  readonly role: readonly string[];
  readonly level: readonly string[];
  readonly nextLevel: readonly string[];
  readonly location: readonly string[];
  readonly otherLocation: readonly string[];
  readonly skills: readonly string[];
  readonly preset: readonly string[];
}

/** What a demo professional finds saved: estimates of their profiles, a plan and two offers. */
export interface DemoContent {
  readonly estimates: readonly { readonly name: string; readonly profile: Profile; readonly result: Estimate; readonly daysAgo: number }[];
  readonly plan: { readonly name: string; readonly profile: Profile; readonly target: PlanTargetInput; readonly options: PlanOptionsInput; readonly result: PlanResult } | null;
  readonly offers: readonly { readonly name: string; readonly offer: OfferInput }[];
}

/**
 * The demo professionals whose saved work is seeded, and the careers it is about. Grace keeps an
 * empty account: the first look of a new user.
 */
export const demoPersonas: readonly DemoPersona[] = [
  {
    email: "ada@paypath.dev",
    role: ["ml-engineer"],
    level: ["senior"],
    nextLevel: ["staff"],
    location: ["us-sf-bay-area", "us-sf", "us"],
    otherLocation: ["us-austin", "us", "gb"],
    skills: ["llm-fine-tuning", "rag", "distributed-training"],
    preset: ["ai-security", "inference-optimization"],
  },
];

/** The first of `wanted` the table has, else the table's first id. */
function pick(table: readonly { id: string }[], wanted: readonly string[]): string {
  return wanted.find((id) => table.some((e) => e.id === id)) ?? table[0]!.id;
}

/** Money rounded to a whole `step`. */
const roundTo = (n: number, step: number): number => Math.max(step, Math.round(n / step) * step);

/**
 * What a demo professional finds saved, priced with `catalog` through core (`estimate`,
 * `planPaths`), never typed-in results: three estimates (today's job, the next level, the same
 * job in another place), a plan toward a preset target, and two offers sized from today's
 * market (a public company's RSUs near the market and an early startup's options below it in
 * cash). The share prices and exit scenarios of the offers are illustrative, as an offer letter
 * would state them.
 *
 * @example
 * demoContent(defaultCatalog, demoPersonas[0]).estimates[0].name // → "Current job"
 */
export function demoContent(catalog: Catalog, persona: DemoPersona): DemoContent {
  const skills = persona.skills.filter((id) => catalog.skills.some((s) => s.id === id));
  const current: Profile = {
    role: pick(catalog.roles, persona.role),
    level: pick(catalog.levels, persona.level),
    location: pick(catalog.locations, persona.location),
    skills,
  };
  const promoted: Profile = { ...current, level: pick(catalog.levels, persona.nextLevel) };
  const moved: Profile = { ...current, location: pick(catalog.locations, persona.otherLocation) };
  const priced = (profile: Profile): Estimate => estimate(profile, catalog);
  const today = priced(current);
  const estimates = [
    { name: "Same job, another city", profile: moved, result: priced(moved), daysAgo: 21 },
    { name: "After a promotion", profile: promoted, result: priced(promoted), daysAgo: 14 },
    { name: "Current job", profile: current, result: today, daysAgo: 2 },
  ];

  let plan: DemoContent["plan"] = null;
  if (catalog.planPresets.length > 0) {
    const preset = pick(catalog.planPresets, persona.preset);
    const target: PlanTargetInput = { preset };
    const options: PlanOptionsInput = { hoursPerWeek: 8 };
    plan = { name: `Toward ${catalog.planPresets.find((p) => p.id === preset)?.name ?? preset}`, profile: current, target, options, result: planPaths(current, target, catalog, options) };
  }

  const publicStage = catalog.stages.find((s) => s.id === "public");
  const privateStage = catalog.stages.find((s) => s.id === "early") ?? catalog.stages.find((s) => s.liquidityDiscount.value > 0);
  const base = today.base.p50;
  const bonusPercent = base > 0 ? Math.round((today.bonus.p50 / base) * 100) : 0;
  const rsuPrice = 180;
  const bigCo: OfferInput = {
    base: roundTo(base * 1.06, 1_000),
    bonus: { targetPercent: bonusPercent },
    signOn: { amount: roundTo(base * 0.1, 1_000), clawbackMonths: 12, clawback: "pro-rata" },
    equity: { kind: "rsu", shares: roundTo((today.equity.p50 * 4) / rsuPrice, 10), sharePrice: rsuPrice },
    vesting: { yearlyPercent: "even" },
    company: { ...(publicStage ? { stage: publicStage.id } : {}), isPublic: true },
  };
  const preferred = 4.8;
  const startup: OfferInput = {
    base: roundTo(base * 0.92, 1_000),
    // Options sized so the preferred price values them at twice the market's four-year equity.
    equity: { kind: "options", shares: roundTo((today.equity.p50 * 8) / preferred, 100), strike: 1.2, fairMarketValue: 1.2, preferredPrice: preferred },
    company: {
      ...(privateStage ? { stage: privateStage.id, liquidityDiscount: privateStage.liquidityDiscount.value } : {}),
      dilutionPerRound: 0.15,
      roundsPerYear: 0.5,
      exits: [
        { probability: 0.6, pricePerShare: 0 },
        { probability: 0.3, pricePerShare: 6 },
        { probability: 0.1, pricePerShare: 30 },
      ],
    },
  };
  // Both must be offers core accepts.
  OfferSchema.parse(bigCo);
  OfferSchema.parse(startup);
  return { estimates, plan, offers: [{ name: "Northwind AI (public)", offer: bigCo }, { name: "Lumen Labs (early stage)", offer: startup }] };
}
