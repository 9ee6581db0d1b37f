import type { Catalog } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import {
  addRow,
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
  it("asks for the source of a figure whose value changed, until the admin picks one", () => {
    const work = editFigureValue(startWork(1, 1, fixtureCatalog), skills, aiSecurity, ["premium"], 0.2);
    expect(work.document.skills[aiSecurity]!.premium).toEqual({ value: 0.2, source: "" });
    expect(issuesAt(draftIssues(work.document), `skills.${aiSecurity}.premium`)).toEqual(["Choose a source."]);

    const sourced = editFigureSource(work, skills, aiSecurity, ["premium"], "judge");
    expect(draftIssues(sourced.document)).toEqual([]);
    // Once chosen, further edits of the value keep the source.
    const again = editFigureValue(sourced, skills, aiSecurity, ["premium"], 0.25);
    expect(again.document.skills[aiSecurity]!.premium).toEqual({ value: 0.25, source: "judge" });
    expect(pendingChanges(again).map((c) => [c.field, c.after])).toEqual([["premium.value", 0.25]]);
  });

  it("shows a value that is not a number as a field error, and a level that pays less than the one below", () => {
    const typo = editFigureSource(editFigureValue(startWork(1, 1, fixtureCatalog), skills, 0, ["premium"], "lots"), skills, 0, ["premium"], "fit");
    expect(issuesAt(draftIssues(typo.document), "skills.0.premium")).toEqual(["Enter a number."]);
    const staff = fixtureCatalog.levels.findIndex((l) => l.id === "staff");
    const lower = editFigureSource(editFigureValue(startWork(1, 1, fixtureCatalog), levels, staff, ["multiplier"], 0.5), levels, staff, ["multiplier"], "fit");
    expect(issuesAt(draftIssues(lower.document), `levels.${staff}.multiplier`)).toEqual(["staff (rank 4) must not be below senior (rank 3)"]);
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
