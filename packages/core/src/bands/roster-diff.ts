import type { RosterMember } from "./schema.js";

/** The roster fields a change is reported on, in the order they are listed. */
export const rosterDiffFields = [
  "name",
  "title",
  "roleId",
  "levelId",
  "locationId",
  "base",
  "bonus",
  "equity",
  "performanceRating",
  "hireDate",
  "managerEmployeeId",
  "gender",
] as const satisfies readonly (keyof RosterMember)[];
export type RosterDiffField = (typeof rosterDiffFields)[number];

/** A person as a roster summary names them. */
export interface RosterPerson {
  readonly employeeId: string;
  readonly name: string;
}

/** A person on both rosters whose row differs, and the fields that do. */
export interface RosterChange extends RosterPerson {
  readonly fields: readonly RosterDiffField[];
}

/**
 * What replacing one roster with another does: how many people are added, removed, changed and
 * unchanged (matched by employee id), and the first few of each, by employee id.
 */
export interface RosterDiff {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly examples: {
    readonly added: readonly RosterPerson[];
    readonly removed: readonly RosterPerson[];
    readonly changed: readonly RosterChange[];
  };
}

/** A field's value with "not given" as null (a roster row may leave optional fields out). */
const valueOf = (m: RosterMember, field: RosterDiffField): unknown => m[field] ?? null;

const byEmployeeId = (a: RosterPerson, b: RosterPerson): number => (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0);

/** Keeps the `max` smallest people by employee id seen so far (a roster may be long; examples are few). */
function keepFirst<T extends RosterPerson>(list: T[], item: T, max: number): void {
  if (max <= 0) return;
  if (list.length === max && byEmployeeId(item, list[max - 1]!) >= 0) return;
  list.push(item);
  list.sort(byEmployeeId);
  if (list.length > max) list.pop();
}

/**
 * Compares the roster a team has with the one that would replace it, by employee id, in one
 * pass over each (a map of the first): people only in `after` are added, only in `before`
 * removed, in both with any differing field (`rosterDiffFields`; a missing optional value equals
 * null) changed. Lists at most `maxExamples` of each kind, lowest employee ids first.
 *
 * @example
 * diffRosters([ada, lin], [{ ...ada, base: 190_000 }, sam])
 * // → { added: 1, removed: 1, changed: 1, unchanged: 0, examples: { added: [{ employeeId: "E3", name: "Sam" }], removed: [lin], changed: [{ employeeId: "E1", name: "Ada", fields: ["base"] }] } }
 */
export function diffRosters(before: readonly RosterMember[], after: readonly RosterMember[], maxExamples = 5): RosterDiff {
  const old = new Map<string, RosterMember>();
  for (const m of before) old.set(m.employeeId, m);
  const seen = new Set<string>();
  const added: RosterPerson[] = [];
  const removed: RosterPerson[] = [];
  const changed: RosterChange[] = [];
  let addedCount = 0;
  let changedCount = 0;
  let unchanged = 0;
  for (const m of after) {
    seen.add(m.employeeId);
    const was = old.get(m.employeeId);
    if (!was) {
      addedCount++;
      keepFirst(added, { employeeId: m.employeeId, name: m.name }, maxExamples);
      continue;
    }
    let fields: RosterDiffField[] | null = null;
    for (const f of rosterDiffFields) {
      if (valueOf(was, f) !== valueOf(m, f)) (fields ??= []).push(f);
    }
    if (fields === null) {
      unchanged++;
    } else {
      changedCount++;
      keepFirst(changed, { employeeId: m.employeeId, name: m.name, fields }, maxExamples);
    }
  }
  let removedCount = 0;
  for (const m of before) {
    if (seen.has(m.employeeId)) continue;
    removedCount++;
    keepFirst(removed, { employeeId: m.employeeId, name: m.name }, maxExamples);
  }
  return { added: addedCount, removed: removedCount, changed: changedCount, unchanged, examples: { added, removed, changed } };
}
