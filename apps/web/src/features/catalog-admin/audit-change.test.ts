import { describe, expect, it } from "vitest";
import { describePath, describeValue, readableChange } from "./audit-change";

const names = new Map([["u-grace", "Grace Hopper"]]);

describe("readableChange", () => {
  it("says a publish moved a draft to published and who approved it, without JSON", () => {
    const plain = readableChange({ action: "catalog.publish", field: null, before: { status: "draft" }, after: { status: "published", approvedBy: null } }, names);
    expect(plain).toEqual({ before: "Draft", after: "Published (no approval on record)" });
    const approved = readableChange({ action: "catalog.publish", field: null, before: { status: "draft" }, after: { status: "published", approvedBy: "u-grace" } }, names);
    expect(approved.after).toBe("Published, approved by Grace Hopper");
    for (const side of [plain.before, plain.after, approved.after]) expect(side).not.toMatch(/[{}"]/);
  });

  it("says which version a rollback brought back and what an archive means", () => {
    expect(readableChange({ action: "catalog.rollback", field: null, before: { version: "2024.2" }, after: { status: "published", contentOf: "2024.1" } }, names)).toEqual({
      before: "Version 2024.2 was published",
      after: "Published again with the content of version 2024.1",
    });
    expect(readableChange({ action: "catalog.archive", field: null, before: { status: "published" }, after: { status: "archived" } }, names).after).toBe(
      "Archived: no longer used for new estimates",
    );
  });

  it("writes drafts, approvals and the four-eyes rule as sentences", () => {
    expect(readableChange({ action: "catalog.create-draft", field: null, before: null, after: { from: "2024.1", version: "2024.2" } }, names).after).toBe("New draft 2024.2 from version 2024.1");
    expect(readableChange({ action: "catalog.approve", field: null, before: null, after: { revision: 3 } }, names).after).toBe("Approved at revision 3");
    expect(readableChange({ action: "catalog.clear-approval", field: null, before: { approvedBy: "u-grace" }, after: null }, names).before).toBe("Approved by Grace Hopper");
    expect(readableChange({ action: "catalog.set-four-eyes", field: null, before: false, after: true }, names)).toEqual({ before: "Off", after: "On: publishing needs a second admin's approval" });
  });

  it("shows a field edit's old and new value, a figure with its source and lists as items", () => {
    expect(readableChange({ action: "catalog.update-draft", field: "skills.rag.premium.value", before: 0.12, after: 0.3 }, names)).toEqual({ before: "0.12", after: "0.3" });
    expect(describeValue({ value: 0.3, source: "skills-judgement", n: 12 })).toBe("0.3 (source skills-judgement, 12 observations)");
    expect(describeValue(["rag", "mlops"])).toBe("rag, mlops");
    expect(describeValue([])).toBe("none");
    expect(describeValue(null)).toBe("—");
  });
});

describe("bringing a draft up to date, in words", () => {
  it("says which versions a rebase moved between and what a replaced figure was", () => {
    expect(readableChange({ action: "catalog.rebase", field: null, before: { parentId: 1, parent: "2024.1" }, after: { parentId: 2, parent: "2024.2", replaced: 1, skipped: 0 } }, names)).toEqual({
      before: "Started from version 2024.1",
      after: "Brought up to date with version 2024.2 (1 published figure replaced by the draft's)",
    });
    expect(readableChange({ action: "catalog.rebase", field: "skills.rag.premium.value", before: 0.07, after: 0.09 }, names)).toEqual({ before: "Published: 0.07", after: "The draft's: 0.09" });
  });

  it("names a path by the editor's tab and column instead of the stored keys", () => {
    expect(describePath("skills.ai-security.premium.value")).toBe("Skills · ai-security · Premium");
    expect(describePath("skills.ai-security.premium.source")).toBe("Skills · ai-security · Premium (source)");
    expect(describePath("industries.defense")).toBe("Industries · defense");
    expect(describePath("model.skillDecay.value")).toBe("Model settings · Skill decay");
    expect(describePath("catalog.name")).toBe("Catalog · Name");
  });
});
