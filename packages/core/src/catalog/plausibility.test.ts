import { describe, expect, it } from "vitest";
import { fixtureCatalogInput } from "../testing/fixture-catalog.js";
import { estimate } from "../valuation/estimate.js";
import { countryWageAnchors } from "./country-wage-anchors.js";
import { checkPlausibility, countryBandExponent, countryBandLow, type PlausibilityCheck } from "./plausibility.js";
import { CatalogSchema, type Catalog, type CatalogInput } from "./schema.js";

const f = (value: number, source = "fit") => ({ value, source });
const spread = { p25: f(0.8), p75: f(1.25) };
const role = (id: string, name: string, family: "core-ai" | "adjacent-technical" | "non-technical", benchmark: number) => ({
  id,
  name,
  family,
  benchmark: f(benchmark),
  spread,
  titles: [name.toLowerCase()],
});
const country = (id: string, name: string, code: string, factor: number, currency: string, fx: number) => ({
  id,
  name,
  kind: "country" as const,
  country: code,
  factor: f(factor),
  costOfLiving: f(50),
  currency,
  fxRate: f(fx),
  taxRate: f(0.3),
});

/** The fixture catalog with the roles and countries the checks look at, every figure plausible. */
function plausibleInput(): CatalogInput {
  const input = structuredClone(fixtureCatalogInput);
  input.roles = [
    ...input.roles,
    role("software-engineer", "Software engineer", "adjacent-technical", 180_000),
    role("security-analyst", "Security analyst", "adjacent-technical", 150_000),
    role("security-engineer", "Security engineer", "adjacent-technical", 170_000),
    role("ai-security-engineer", "AI security engineer", "adjacent-technical", 185_000),
    role("data-analyst", "Data analyst", "adjacent-technical", 90_000),
  ];
  input.locations = [...input.locations, country("de", "Germany", "DE", 0.7, "EUR", 0.92), country("bg", "Bulgaria", "BG", 0.35, "BGN", 1.8)];
  return input;
}

function catalogWith(change: (input: CatalogInput) => void): Catalog {
  const input = plausibleInput();
  change(input);
  return CatalogSchema.parse(input);
}

function byId(checks: readonly PlausibilityCheck[], id: string): PlausibilityCheck {
  const check = checks.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
}

function failedIds(catalog: Catalog): string[] {
  return checkPlausibility(catalog)
    .checks.filter((c) => !c.passed)
    .map((c) => c.id);
}

function setFigure(input: CatalogInput, table: "roles" | "locations", id: string, value: number): void {
  const entity = (input[table] as { id: string }[]).find((e) => e.id === id) as { benchmark?: { value: number }; factor?: { value: number } };
  if (entity.benchmark) entity.benchmark.value = value;
  else entity.factor!.value = value;
}

describe("checkPlausibility", () => {
  it("passes every check on a plausible catalog, each with a title, an anchor and a detail", () => {
    const { checks } = checkPlausibility(catalogWith(() => {}));
    expect(checks.filter((c) => !c.passed)).toEqual([]);
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    for (const check of checks) {
      expect(check.title.length).toBeGreaterThan(10);
      expect(check.anchor.length).toBeGreaterThan(20);
      expect(check.detail.length).toBeGreaterThan(0);
    }
    expect(checks.map((c) => c.id)).toEqual(
      expect.arrayContaining(["bls-software-engineer", "ml-over-software", "country-order", "country-band-de", "country-band-bg", "country-band-in"]),
    );
  });

  it("fails a US role whose base leaves its BLS band, naming the figures", () => {
    const catalog = catalogWith((input) => setFigure(input, "roles", "security-analyst", 230_000));
    expect(failedIds(catalog)).toEqual(["bls-security-analyst"]);
    const check = byId(checkPlausibility(catalog).checks, "bls-security-analyst");
    expect(check.detail).toContain("USD 230,000");
    expect(check.anchor).toContain("15-1212");
  });

  it("fails when a software engineer out-earns an ML engineer", () => {
    const catalog = catalogWith((input) => setFigure(input, "roles", "software-engineer", 205_000));
    expect(failedIds(catalog)).toEqual(["ml-over-software"]);
    expect(byId(checkPlausibility(catalog).checks, "ml-over-software").detail).toContain("ratio 0.976");
  });

  it("fails when an AI role pays less than its general counterpart, and skips a pair the catalog lacks", () => {
    const catalog = catalogWith((input) => setFigure(input, "roles", "ai-security-engineer", 160_000));
    expect(failedIds(catalog)).toEqual(["ai-over-general-ai-security-engineer"]);
    const governance = byId(checkPlausibility(catalog).checks, "ai-over-general-ai-governance-lead");
    expect(governance).toMatchObject({ passed: true });
    expect(governance.detail).toMatch(/^not applicable: the catalog has no role "ai-governance-lead" or "grc-analyst"/);
  });

  it("fails a country that out-earns one with twice its average wage, and the band of its anchor", () => {
    const catalog = catalogWith((input) => setFigure(input, "locations", "bg", 0.8));
    expect(failedIds(catalog)).toEqual(["country-order", "country-band-bg"]);
    const order = byId(checkPlausibility(catalog).checks, "country-order");
    expect(order.detail).toContain("Bulgaria 0.800 above Germany 0.700");
  });

  it("fails a country above its band even when every ordering holds", () => {
    const catalog = catalogWith((input) => setFigure(input, "locations", "de", 0.9));
    expect(failedIds(catalog)).toEqual(["country-band-de"]);
    const anchor = countryWageAnchors.DE!.value;
    expect(byId(checkPlausibility(catalog).checks, "country-band-de").detail).toContain(
      `expected ${(countryBandLow * anchor).toFixed(3)} to ${(anchor ** countryBandExponent).toFixed(3)}`,
    );
  });

  it("asks a threefold gap of averages measured on different bases, twofold of comparable ones", () => {
    const catalog = catalogWith((input) => setFigure(input, "locations", "in", 0.8));
    const anchors = (basis: "national-accounts" | "survey") => ({
      US: { value: 1, source: "x", note: "reference", basis: "national-accounts" as const },
      DE: { value: 0.7, source: "x", note: "test", basis: "national-accounts" as const },
      IN: { value: 0.3, source: "x", note: "test", basis },
    });
    // Germany's average is 2.33× India's: an ordering only when both come from national accounts.
    const across = byId(checkPlausibility(catalog, { countryAnchors: anchors("survey") }).checks, "country-order");
    expect(across).toMatchObject({ passed: true });
    const same = byId(checkPlausibility(catalog, { countryAnchors: anchors("national-accounts") }).checks, "country-order");
    expect(same).toMatchObject({ passed: false });
    expect(same.detail).toContain("India 0.800 above Germany 0.700");
  });

  it("takes the anchors it is given: without anchors no country is checked", () => {
    const { checks } = checkPlausibility(catalogWith((input) => setFigure(input, "locations", "bg", 0.8)), { countryAnchors: {} });
    expect(checks.some((c) => c.id.startsWith("country-band-"))).toBe(false);
    expect(byId(checks, "country-order")).toMatchObject({ passed: true });
    expect(byId(checks, "country-order").detail).toMatch(/^not applicable/);
  });

  it("fails when a medium employer pays more than a large one", () => {
    const catalog = catalogWith((input) => {
      input.companySizes.find((s) => s.id === "M")!.multiplier.value = 1.05;
    });
    expect(failedIds(catalog)).toEqual(["company-size-order"]);
  });

  it("fails hybrid pay below both on-site and remote by more than 3 %, and passes it in between", () => {
    const below = catalogWith((input) => {
      input.arrangements.find((a) => a.id === "hybrid")!.multiplier.value = 0.9;
    });
    expect(failedIds(below)).toEqual(["hybrid-arrangement"]);
    const nearOnsite = catalogWith((input) => {
      input.arrangements.find((a) => a.id === "hybrid")!.multiplier.value = 0.975;
      input.arrangements.find((a) => a.id === "remote")!.multiplier.value = 1.1;
    });
    expect(failedIds(nearOnsite)).toEqual([]);
  });

  it("fails levels whose pay does not rise, and a junior too far below a senior", () => {
    const flat = catalogWith((input) => {
      input.levels.find((l) => l.id === "mid")!.multiplier.value = 0.6;
    });
    expect(failedIds(flat)).toEqual(["levels-rise"]);
    const steep = catalogWith((input) => {
      input.levels.find((l) => l.id === "junior")!.multiplier.value = 0.3;
    });
    expect(failedIds(steep)).toEqual(["junior-senior-ratio"]);
    expect(byId(checkPlausibility(steep).checks, "junior-senior-ratio").detail).toContain("= 0.300");
  });

  it("fails an Indian junior data analyst priced far above local figures, in rupees", () => {
    const catalog = catalogWith((input) => setFigure(input, "roles", "data-analyst", 300_000));
    expect(failedIds(catalog)).toEqual(["india-junior-data-analyst"]);
    const inr = estimate({ role: "data-analyst", level: "junior", location: "in", currency: "INR", year: 2024 }, catalog).base.p50;
    expect(byId(checkPlausibility(catalog).checks, "india-junior-data-analyst").detail).toContain(`INR ${(inr / 100_000).toFixed(1)} lakh`);
  });

  it("gives the same report for the same catalog and leaves the catalog unchanged", () => {
    const catalog = catalogWith(() => {});
    const before = structuredClone(catalog);
    expect(checkPlausibility(catalog)).toEqual(checkPlausibility(catalog));
    expect(catalog).toEqual(before);
  });
});

describe("countryWageAnchors", () => {
  it("computes each EU ratio from the typed Eurostat figure, the ECB rate and the US average", () => {
    expect(countryWageAnchors.DE!.value).toBeCloseTo((50_998 * 1.0813) / 80_115, 3);
    expect(countryWageAnchors.BG!.value).toBeCloseTo((13_503 * 1.0813) / 80_115, 3);
    expect(countryWageAnchors.US!.value).toBe(1);
  });

  it("keys every anchor by an ISO alpha-2 code, with a note and a ratio between 0 and 2", () => {
    for (const [code, anchor] of Object.entries(countryWageAnchors)) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(anchor.value).toBeGreaterThan(0);
      expect(anchor.value).toBeLessThan(2);
      expect(anchor.note.length).toBeGreaterThan(10);
    }
  });
});
