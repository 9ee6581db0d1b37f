import type { RosterDiff, RosterDiffField } from "@paypath/core";

/** How each compared roster field reads on screen. */
const fieldNames: Readonly<Record<RosterDiffField, string>> = {
  name: "name",
  title: "title",
  roleId: "role",
  levelId: "level",
  locationId: "location",
  base: "base",
  bonus: "bonus",
  equity: "equity",
  performanceRating: "rating",
  hireDate: "hire date",
  managerEmployeeId: "manager",
  gender: "gender",
};

/**
 * A roster change summary in one sentence: how many people are added, removed and changed.
 *
 * @example
 * changesSentence({ added: 1, removed: 14, changed: 2, unchanged: 9, examples }) // → "1 person added, 14 removed, 2 changed, 9 unchanged."
 */
export function changesSentence(diff: Pick<RosterDiff, "added" | "removed" | "changed" | "unchanged">): string {
  const people = (n: number): string => `${n} ${n === 1 ? "person" : "people"}`;
  return `${people(diff.added)} added, ${diff.removed} removed, ${diff.changed} changed, ${diff.unchanged} unchanged.`;
}

/**
 * The fields of a change in words, e.g. "base, level".
 *
 * @example
 * changedFieldsText(["levelId", "base"]) // → "level, base"
 */
export function changedFieldsText(fields: readonly RosterDiffField[]): string {
  return fields.map((f) => fieldNames[f]).join(", ");
}
