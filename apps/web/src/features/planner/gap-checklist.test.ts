import { analyzeGap } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { gapChecklist } from "./gap-checklist";

describe("gapChecklist", () => {
  it("lists the role change, promotions, missing skills and prerequisites as to-dos", () => {
    const gap = analyzeGap({ role: "ml-engineer", level: "mid", location: "us" }, { preset: "ai-security" }, fixtureCatalog);
    const sections = gapChecklist(gap, fixtureCatalog);
    expect(sections.map((s) => s.key)).toEqual(["move", "required", "prerequisites", "transferable", "premium"]);
    const move = sections[0]!.items;
    expect(move[0]).toMatchObject({ label: "Change role: ML engineer → Data scientist", done: false });
    const required = sections[1]!.items.map((i) => i.label);
    expect(required.join(" ")).toContain("AI security");
    expect(sections[1]!.items.every((i) => !i.done)).toBe(true);
  });

  it("marks held, transferable skills done and prices premium skills", () => {
    const gap = analyzeGap({ role: "ml-engineer", level: "junior", location: "us", skills: ["prompt-engineering"] }, { role: "ml-engineer", level: "senior" }, fixtureCatalog);
    const sections = gapChecklist(gap, fixtureCatalog);
    const move = sections.find((s) => s.key === "move")!.items;
    expect(move[0]).toMatchObject({ label: "Role: ML engineer", done: true });
    expect(move.slice(1).map((i) => i.label)).toEqual(["Promotion: Junior → Mid", "Promotion: Mid → Senior"]);
    expect(move[1]!.detail).toContain("months in level");
    const transfer = sections.find((s) => s.key === "transferable")!.items;
    expect(transfer).toEqual([expect.objectContaining({ label: "Prompt engineering", done: true })]);
    for (const item of sections.find((s) => s.key === "premium")!.items) expect(item.detail).toMatch(/^\+\$[\d,]+ a year today/);
  });
});
