import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureCatalog } from "../testing/fixture-catalog.js";
import { applyCatalogChanges, changePath, diffCatalogs, rebaseCatalog } from "./diff.js";
import type { Catalog } from "./schema.js";

const edit = (change: (c: Catalog) => void): Catalog => {
  const copy = structuredClone(fixtureCatalog);
  change(copy);
  return copy;
};

describe("diffCatalogs", () => {
  it("finds nothing between a catalog and a copy of it", () => {
    expect(diffCatalogs(fixtureCatalog, structuredClone(fixtureCatalog))).toEqual([]);
  });

  it("reports a changed figure field by field, with the entity's id", () => {
    const after = edit((c) => {
      c.skills[1]!.premium = { value: 0.2, source: "fit" };
    });
    expect(diffCatalogs(fixtureCatalog, after)).toEqual([
      { kind: "changed", section: "skills", id: "ai-security", field: "premium.source", before: "judge", after: "fit" },
      { kind: "changed", section: "skills", id: "ai-security", field: "premium.value", before: 0.12, after: 0.2 },
    ]);
  });

  it("reports added and removed entities whole, and fields that appear or disappear as null on one side", () => {
    const after = edit((c) => {
      c.industries.push({ id: "defense", name: "Defense", multiplier: { value: 1.05, source: "judge" }, regulated: true, boostedTags: [] });
      c.credentials = c.credentials.filter((x) => x.id !== "phd");
      delete c.skills[0]!.acquisition!.cost;
      c.roles[0]!.benchmark.n = 40;
    });
    const changes = diffCatalogs(fixtureCatalog, after);
    expect(changes).toEqual([
      { kind: "changed", section: "roles", id: "ml-engineer", field: "benchmark.n", before: null, after: 40 },
      { kind: "changed", section: "skills", id: "llm-fine-tuning", field: "acquisition.cost", before: { value: 200, source: "judge" }, after: null },
      { kind: "removed", section: "credentials", id: "phd", field: null, before: fixtureCatalog.credentials[0], after: null },
      { kind: "added", section: "industries", id: "defense", field: null, before: null, after: after.industries[3] },
    ]);
  });

  it("compares lists whole and keys market years and promotion rules", () => {
    const after = edit((c) => {
      c.roles[1]!.titles = ["research scientist", "ai researcher"];
      c.marketIndex[2]!.index = { value: 1.05, source: "judge" };
      c.promotions[2]!.requires = ["llm-fine-tuning"];
    });
    expect(diffCatalogs(fixtureCatalog, after).map((x) => [changePath(x), x.before, x.after])).toEqual([
      ["roles.research-scientist.titles", ["research scientist"], ["research scientist", "ai researcher"]],
      ["marketIndex.2025.index.value", 1.03, 1.05],
      ["promotions.senior>staff.requires", [{ anyOf: ["llm-fine-tuning", "ai-security"] }], ["llm-fine-tuning"]],
    ]);
  });

  it("reports the document's own fields and the model settings", () => {
    const after = edit((c) => {
      c.name = "Renamed";
      c.model.skillDecay = { value: 0.6, source: "fit" };
    });
    expect(diffCatalogs(fixtureCatalog, after).map(changePath)).toEqual(["catalog.name", "model.skillDecay.value"]);
  });

  it("lists fields in the same order whatever the key order of the stored objects", () => {
    const after = edit((c) => {
      c.skills[1]!.premium = { source: "fit", note: "re-fit", value: 0.2 };
    });
    const reordered = edit((c) => {
      const { premium, ...rest } = c.skills[1]!;
      c.skills[1] = { ...rest, premium: { source: premium.source, value: premium.value } };
    });
    expect(diffCatalogs(reordered, after).map((x) => x.field)).toEqual(["premium.note", "premium.source", "premium.value"]);
  });

  it("does not change its inputs", () => {
    const before = structuredClone(fixtureCatalog);
    const after = edit((c) => c.skills.pop());
    const snapshot = structuredClone(after);
    diffCatalogs(before, after);
    expect(before).toEqual(fixtureCatalog);
    expect(after).toEqual(snapshot);
  });
});

describe("applyCatalogChanges", () => {
  it("re-applies one's edits on a catalog someone else changed, keeping their edits", () => {
    const mine = edit((c) => {
      c.skills[1]!.premium.value = 0.3;
      c.locations.pop();
    });
    const theirs = edit((c) => {
      c.levels[0]!.name = "Entry";
      c.skills[1]!.trend = "stable";
    });
    const { catalog, skipped } = applyCatalogChanges(theirs, diffCatalogs(fixtureCatalog, mine));
    expect(skipped).toEqual([]);
    expect(catalog.skills[1]).toMatchObject({ premium: { value: 0.3 }, trend: "stable" });
    expect(catalog.levels[0]!.name).toBe("Entry");
    expect(catalog.locations.map((l) => l.id)).toEqual(["us", "us-sf", "gb"]);
    expect(theirs.skills[1]!.premium.value).toBe(0.12); // the input is untouched
  });

  it("skips changes to entities that are gone and additions already there", () => {
    const mine = edit((c) => {
      c.stages[0]!.bonusScale.value = 0.1;
      c.companySizes[0]!.name = "Tiny";
    });
    const theirs = edit((c) => {
      c.stages = c.stages.slice(1);
    });
    const { catalog, skipped } = applyCatalogChanges(theirs, diffCatalogs(fixtureCatalog, mine));
    expect(skipped.map((s) => [changePath(s.change), s.reason])).toEqual([["stages.seed.bonusScale.value", "missing-entity"]]);
    expect(catalog.companySizes[0]!.name).toBe("Tiny");
    const added = diffCatalogs(edit((c) => c.skills.pop()), fixtureCatalog);
    expect(applyCatalogChanges(fixtureCatalog, added).skipped).toEqual([{ change: added[0], reason: "already-present" }]);
  });

  it("turns one catalog into the other: applying the diff leaves nothing to diff", () => {
    const editArb = fc.record({
      premium: fc.double({ min: 0, max: 1, noNaN: true }),
      skill: fc.integer({ min: 0, max: 2 }),
      dropLocation: fc.boolean(),
      addYear: fc.option(fc.integer({ min: 2026, max: 2040 }), { nil: undefined }),
      rename: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
      dropCost: fc.boolean(),
    });
    fc.assert(
      fc.property(editArb, editArb, (a, b) => {
        const make = (e: typeof a): Catalog =>
          edit((c) => {
            c.skills[e.skill]!.premium.value = e.premium;
            if (e.dropLocation) c.locations.splice(2, 1);
            if (e.addYear !== undefined) c.marketIndex.push({ year: e.addYear, index: { value: 1.1, source: "judge" } });
            if (e.rename !== undefined) c.roles[2]!.name = e.rename;
            if (e.dropCost) delete c.skills[0]!.acquisition!.cost;
          });
        const from = make(a);
        const to = make(b);
        const { catalog, skipped } = applyCatalogChanges(from, diffCatalogs(from, to));
        expect(skipped).toEqual([]);
        expect(diffCatalogs(catalog, to)).toEqual([]);
      }),
    );
  });
});

describe("rebaseCatalog", () => {
  it("keeps the published version's changes and adds the draft's, listing nothing when they do not meet", () => {
    const mine = edit((c) => {
      c.skills[1]!.premium.value = 0.3;
      c.locations.pop();
    });
    const theirs = edit((c) => {
      c.levels[0]!.multiplier.value = 0.65;
      c.skills[1]!.trend = "stable";
    });
    const { catalog, replaced, skipped } = rebaseCatalog(fixtureCatalog, mine, theirs);
    expect(replaced).toEqual([]);
    expect(skipped).toEqual([]);
    expect(catalog.levels[0]!.multiplier.value).toBe(0.65);
    expect(catalog.skills[1]).toMatchObject({ premium: { value: 0.3 }, trend: "stable" });
    expect(catalog.locations.map((l) => l.id)).toEqual(["us", "us-sf", "gb"]);
    expect(diffCatalogs(theirs, catalog).map(changePath)).toEqual(diffCatalogs(fixtureCatalog, mine).map(changePath));
  });

  it("lets the draft's value win where both changed one figure, and lists the published value it replaces", () => {
    const mine = edit((c) => {
      c.skills[1]!.premium.value = 0.3;
    });
    const theirs = edit((c) => {
      c.skills[1]!.premium.value = 0.2;
      c.skills[1]!.premium.source = "fit";
    });
    const { catalog, replaced, skipped } = rebaseCatalog(fixtureCatalog, mine, theirs);
    expect(catalog.skills[1]!.premium).toEqual({ value: 0.3, source: "fit" });
    expect(skipped).toEqual([]);
    expect(replaced.map((r) => [r.path, r.published, r.rebased, changePath(r.mine)])).toEqual([
      ["skills.ai-security.premium.value", 0.2, 0.3, "skills.ai-security.premium.value"],
    ]);
  });

  it("does not list a change both sides made alike", () => {
    const both = (c: Catalog): void => {
      c.skills[1]!.premium.value = 0.2;
      c.industries.push({ id: "defense", name: "Defense", multiplier: { value: 1.05, source: "judge" }, regulated: true, boostedTags: [] });
      c.stages = c.stages.slice(1);
    };
    const mine = edit(both);
    const theirs = edit((c) => {
      both(c);
      c.levels[1]!.name = "Intermediate";
    });
    const { catalog, replaced, skipped } = rebaseCatalog(fixtureCatalog, mine, theirs);
    expect(replaced).toEqual([]);
    expect(skipped).toEqual([]);
    expect(diffCatalogs(theirs, catalog)).toEqual([]);
  });

  it("removes an entity the draft removed even though it was edited since, listing each published edit it drops", () => {
    const mine = edit((c) => {
      c.industries = c.industries.filter((i) => i.id !== "finance");
    });
    const theirs = edit((c) => {
      c.industries[1]!.multiplier.value = 1.2;
      c.industries[1]!.name = "Financial services";
    });
    const { catalog, replaced } = rebaseCatalog(fixtureCatalog, mine, theirs);
    expect(catalog.industries.map((i) => i.id)).toEqual(["software", "public-sector"]);
    expect(replaced.map((r) => [r.path, r.published, r.rebased, r.mine.kind])).toEqual([
      ["industries.finance.multiplier.value", 1.2, null, "removed"],
      ["industries.finance.name", "Financial services", null, "removed"],
    ]);
  });

  it("keeps the draft's entity where both added one id with different content, in the published entity's place", () => {
    const defense = (value: number) => ({ id: "defense", name: "Defense", multiplier: { value, source: "judge" }, regulated: true, boostedTags: [] as string[] });
    const mine = edit((c) => {
      c.industries.push(defense(1.05));
    });
    const theirs = edit((c) => {
      c.industries.push(defense(1.1));
      c.industries.push({ id: "retail", name: "Retail", multiplier: { value: 0.95, source: "judge" }, regulated: false, boostedTags: [] });
    });
    const { catalog, replaced, skipped } = rebaseCatalog(fixtureCatalog, mine, theirs);
    expect(catalog.industries.map((i) => [i.id, i.multiplier.value])).toEqual([
      ["software", 1],
      ["finance", 1.1],
      ["public-sector", 0.8],
      ["defense", 1.05],
      ["retail", 0.95],
    ]);
    expect(skipped).toEqual([]);
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toMatchObject({ path: "industries.defense", published: defense(1.1), rebased: defense(1.05) });
  });

  it("lists a published change inside a field the draft replaced whole", () => {
    const mine = edit((c) => {
      delete c.skills[0]!.acquisition!.cost;
    });
    const theirs = edit((c) => {
      c.skills[0]!.acquisition!.cost!.value = 300;
    });
    const { catalog, replaced } = rebaseCatalog(fixtureCatalog, mine, theirs);
    expect(catalog.skills[0]!.acquisition!.cost).toBeUndefined();
    expect(replaced.map((r) => [r.path, r.published, r.rebased, changePath(r.mine)])).toEqual([
      ["skills.llm-fine-tuning.acquisition.cost.value", 300, null, "skills.llm-fine-tuning.acquisition.cost"],
    ]);
  });

  it("skips the draft's edits of an entity removed since, and keeps the removal", () => {
    const mine = edit((c) => {
      c.stages[0]!.bonusScale.value = 0.1;
      c.companySizes[0]!.name = "Tiny";
    });
    const theirs = edit((c) => {
      c.stages = c.stages.slice(1);
    });
    const { catalog, replaced, skipped } = rebaseCatalog(fixtureCatalog, mine, theirs);
    expect(skipped.map((s) => [changePath(s.change), s.reason])).toEqual([["stages.seed.bonusScale.value", "missing-entity"]]);
    expect(replaced).toEqual([]);
    expect(catalog.stages.map((s) => s.id)).toEqual(["growth", "public"]);
    expect(catalog.companySizes[0]!.name).toBe("Tiny");
  });

  it("does not change its inputs", () => {
    const mine = edit((c) => {
      c.skills[1]!.premium.value = 0.3;
      c.industries.pop();
    });
    const theirs = edit((c) => {
      c.skills[1]!.premium.value = 0.2;
    });
    const snapshots = [structuredClone(mine), structuredClone(theirs)];
    rebaseCatalog(fixtureCatalog, mine, theirs);
    expect([mine, theirs]).toEqual(snapshots);
  });

  it("leaves the draft unchanged when nothing was published since, and the published version when the draft changed nothing", () => {
    const catalogArb = fc.record({
      premium: fc.double({ min: 0, max: 1, noNaN: true }),
      dropLocation: fc.boolean(),
      addYear: fc.option(fc.integer({ min: 2026, max: 2040 }), { nil: undefined }),
      rename: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(catalogArb, (e) => {
        const other = edit((c) => {
          c.skills[2]!.premium.value = e.premium;
          if (e.dropLocation) c.locations.splice(1, 1);
          if (e.addYear !== undefined) c.marketIndex.push({ year: e.addYear, index: { value: 1.1, source: "judge" } });
          if (e.rename !== undefined) c.roles[1]!.name = e.rename;
        });
        const onDraft = rebaseCatalog(fixtureCatalog, other, fixtureCatalog);
        expect(diffCatalogs(other, onDraft.catalog)).toEqual([]);
        const onPublished = rebaseCatalog(fixtureCatalog, fixtureCatalog, other);
        expect(diffCatalogs(other, onPublished.catalog)).toEqual([]);
        expect([...onDraft.replaced, ...onDraft.skipped, ...onPublished.replaced, ...onPublished.skipped]).toEqual([]);
      }),
    );
  });
});
