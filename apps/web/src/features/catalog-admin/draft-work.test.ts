import type { Catalog } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import {
  addRow,
  countProblemFields,
  draftIssues,
  editFigureSource,
  editFigureValue,
  editField,
  issuesAt,
  conflictOf,
  loadWork,
  pendingChanges,
  reapplyWork,
  startWork,
  storeWork,
  unconfirmedSource,
  workKey,
} from "./draft-work";
import { formatRequirements, parseList, parseRequirements, sections } from "./sections";

const skills = sections.find((s) => s.id === "skills")!;
const levels = sections.find((s) => s.id === "levels")!;
const industries = sections.find((s) => s.id === "industries")!;
const aiSecurity = fixtureCatalog.skills.findIndex((s) => s.id === "ai-security");

function memory(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  } as Storage;
}

describe("draft work", () => {
  it("keeps the source of a figure whose value changed, reminds of it until the admin picks one, and never blocks saving for it", () => {
    const saved = fixtureCatalog.skills[aiSecurity]!.premium;
    const work = editFigureValue(startWork(1, 1, fixtureCatalog), skills, aiSecurity, ["premium"], 0.2);
    expect(work.document.skills[aiSecurity]!.premium).toEqual({ ...saved, value: 0.2 });
    expect(draftIssues(work.document)).toEqual([]);
    expect(unconfirmedSource(work, skills, aiSecurity, ["premium"])).toEqual({ before: saved.value, source: saved.source });

    const sourced = editFigureSource(work, skills, aiSecurity, ["premium"], "fit");
    expect(unconfirmedSource(sourced, skills, aiSecurity, ["premium"])).toBeNull();
    const again = editFigureValue(sourced, skills, aiSecurity, ["premium"], 0.25);
    expect(again.document.skills[aiSecurity]!.premium).toMatchObject({ value: 0.25, source: "fit" });
    expect(pendingChanges(again).map((c) => [c.field, c.after])).toEqual([
      ["premium.source", "fit"],
      ["premium.value", 0.25],
    ]);
  });

  it("drops a fitted figure's count when its value changes and restores the saved figure when the value goes back", () => {
    const catalog: Catalog = structuredClone(fixtureCatalog);
    const fitted = 0;
    catalog.roles[fitted]!.benchmark = { ...catalog.roles[fitted]!.benchmark, source: "fit", n: 40 };
    const roles = sections.find((s) => s.id === "roles")!;
    const saved = catalog.roles[fitted]!.benchmark;
    const changed = editFigureValue(startWork(1, 1, catalog), roles, fitted, ["benchmark"], saved.value + 1000);
    expect("n" in changed.document.roles[fitted]!.benchmark).toBe(false);
    const back = editFigureValue(changed, roles, fitted, ["benchmark"], saved.value);
    expect(back.document.roles[fitted]!.benchmark).toEqual(saved);
    expect(pendingChanges(back)).toEqual([]);
  });

  it("counts one problem per field, however many issues the field has", () => {
    const work = editFigureSource(editFigureValue(startWork(1, 1, fixtureCatalog), skills, aiSecurity, ["premium"], -1), skills, aiSecurity, ["premium"], "");
    const issues = draftIssues(work.document);
    expect(issues.length).toBeGreaterThanOrEqual(2);
    expect(countProblemFields(issues)).toBe(1);
    expect(issuesAt(issues, `skills.${aiSecurity}.premium`)).toEqual(expect.arrayContaining(["Premium must be 0 or more.", "Choose the source of premium."]));
  });

  it("shows a value that is not a number as a field error, and a level that pays less than the one below", () => {
    const typo = editFigureSource(editFigureValue(startWork(1, 1, fixtureCatalog), skills, 0, ["premium"], "lots"), skills, 0, ["premium"], "fit");
    expect(issuesAt(draftIssues(typo.document), "skills.0.premium")).toEqual(["Premium must be a number."]);
    const staff = fixtureCatalog.levels.findIndex((l) => l.id === "staff");
    const lower = editFigureSource(editFigureValue(startWork(1, 1, fixtureCatalog), levels, staff, ["multiplier"], 0.5), levels, staff, ["multiplier"], "fit");
    expect(issuesAt(draftIssues(lower.document), `levels.${staff}.multiplier`)).toEqual(["Multiplier: staff (rank 4) must not be below senior (rank 3)."]);
  });

  it("removes an optional figure, and the object it leaves empty", () => {
    const graph = sections.find((s) => s.id === "skill-graph")!;
    const prompt = fixtureCatalog.skills.findIndex((s) => s.id === "prompt-engineering");
    let work = editField(startWork(1, 1, fixtureCatalog), graph, prompt, ["acquisition", "months"], undefined);
    expect(work.document.skills[prompt]!.acquisition).toEqual({ hoursPerWeek: 10 });
    work = editField(work, graph, prompt, ["acquisition", "hoursPerWeek"], undefined);
    expect("acquisition" in work.document.skills[prompt]!).toBe(false);
    expect(draftIssues(work.document)).toEqual([]);
  });

  it("adds a row from the section's template, whose figures need a source", () => {
    const work = addRow(startWork(1, 1, fixtureCatalog), industries, "defense");
    const row = work.document.industries.length - 1;
    expect(work.document.industries[row]).toMatchObject({ id: "defense", regulated: false });
    const issues = draftIssues(work.document).map((i) => i.path);
    expect(issues).toContain(`industries.${row}.multiplier.source`);
    expect(issues).toContain(`industries.${row}.name`);
  });

  it("re-applies one's edits on a draft someone else saved, keeping theirs and naming fields both changed", () => {
    let work = editField(startWork(1, 1, fixtureCatalog), levels, 0, ["name"], "Entry");
    work = editFigureSource(editFigureValue(work, skills, aiSecurity, ["premium"], 0.3), skills, aiSecurity, ["premium"], "judge");
    const theirs: Catalog = structuredClone(fixtureCatalog);
    theirs.levels[0]!.name = "Beginner";
    theirs.stages[0]!.name = "Pre-seed";
    const { work: next, overlaps, skipped } = reapplyWork(work, { revision: 2, document: theirs });
    expect(next.baseRevision).toBe(2);
    expect(next.base).toBe(theirs);
    expect(next.document.levels[0]!.name).toBe("Entry");
    expect(next.document.stages[0]!.name).toBe("Pre-seed");
    expect(next.document.skills[aiSecurity]!.premium).toEqual({ value: 0.3, source: "judge" });
    expect(overlaps).toEqual(["levels.junior.name"]);
    expect(skipped).toEqual([]);
  });

  it("keeps unsaved work in session storage and reads it back", () => {
    const storage = memory();
    const work = { ...editField(startWork(7, 3, fixtureCatalog), levels, 0, ["name"], "Entry"), note: "rename" };
    storeWork(work, storage);
    expect(loadWork(7, storage)).toEqual(work);
    expect(loadWork(8, storage)).toBeNull();
    storage.setItem(workKey(9), "{not json");
    expect(loadWork(9, storage)).toBeNull();
  });
});

describe("conflictOf", () => {
  it("reads the current draft from a CONFLICT answer and ignores other errors", () => {
    const error = { message: "…", data: { code: "CONFLICT", details: { id: 7, status: "draft", revision: 5, document: fixtureCatalog } } };
    expect(conflictOf(error)).toEqual({ status: "draft", revision: 5, document: fixtureCatalog });
    expect(conflictOf({ data: { code: "BAD_REQUEST", details: error.data.details } })).toBeNull();
    expect(conflictOf({ data: { code: "CONFLICT" } })).toBeNull();
    expect(conflictOf(new Error("network"))).toBeNull();
  });
});

describe("cell text", () => {
  it("round-trips skill requirements and reads lists", () => {
    const reqs = ["cloud-platforms", { anyOf: ["rag", "llm-fine-tuning"] }];
    expect(formatRequirements(reqs)).toBe("cloud-platforms, rag | llm-fine-tuning");
    expect(parseRequirements("cloud-platforms, rag | llm-fine-tuning")).toEqual(reqs);
    expect(parseRequirements(" , a |  , b")).toEqual(["a", "b"]);
    expect(parseList(" security, governance ,")).toEqual(["security", "governance"]);
  });
});
