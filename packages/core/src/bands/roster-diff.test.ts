import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffRosters } from "./roster-diff.js";
import { RosterMemberSchema, type RosterMember, type RosterMemberInput } from "./schema.js";

const member = (input: Partial<RosterMemberInput> & { employeeId: string }): RosterMember =>
  RosterMemberSchema.parse({ name: input.employeeId, roleId: "ml-engineer", levelId: "senior", locationId: "us", base: 150_000, ...input });

describe("diffRosters", () => {
  const ada = member({ employeeId: "E1", name: "Ada", performanceRating: 4 });
  const lin = member({ employeeId: "E2", name: "Lin" });
  const sam = member({ employeeId: "E3", name: "Sam" });

  it("counts people added, removed, changed and unchanged, naming the fields that changed", () => {
    const diff = diffRosters([ada, lin, sam], [{ ...ada, base: 160_000, levelId: "staff" }, sam, member({ employeeId: "E4", name: "Kim" })]);
    expect(diff).toEqual({
      added: 1,
      removed: 1,
      changed: 1,
      unchanged: 1,
      examples: {
        added: [{ employeeId: "E4", name: "Kim" }],
        removed: [{ employeeId: "E2", name: "Lin" }],
        changed: [{ employeeId: "E1", name: "Ada", fields: ["levelId", "base"] }],
      },
    });
  });

  it("treats a left-out optional value as equal to null, and a newly given one as a change", () => {
    const { performanceRating: _dropped, ...noRating } = ada;
    expect(diffRosters([ada], [ada]).unchanged).toBe(1);
    expect(diffRosters([noRating], [{ ...noRating }]).changed).toBe(0);
    expect(diffRosters([noRating], [ada]).examples.changed).toEqual([{ employeeId: "E1", name: "Ada", fields: ["performanceRating"] }]);
  });

  it("lists at most maxExamples of each kind, the lowest employee ids", () => {
    const many = Array.from({ length: 30 }, (_, i) => member({ employeeId: `N${String(29 - i).padStart(2, "0")}` }));
    const diff = diffRosters([], many, 3);
    expect(diff.added).toBe(30);
    expect(diff.examples.added.map((p) => p.employeeId)).toEqual(["N00", "N01", "N02"]);
  });

  it("always accounts for everyone: added + changed + unchanged is the new roster, removed + changed + unchanged the old", () => {
    const ids = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 });
    fc.assert(
      fc.property(ids, ids, fc.integer({ min: 0, max: 3 }), (a, b, bump) => {
        const before = a.map((i) => member({ employeeId: `E${i}`, base: 100_000 + i }));
        const after = b.map((i) => member({ employeeId: `E${i}`, base: 100_000 + i + (i % 4 === bump ? 1 : 0) }));
        const d = diffRosters(before, after);
        expect(d.added + d.changed + d.unchanged).toBe(after.length);
        expect(d.removed + d.changed + d.unchanged).toBe(before.length);
      }),
    );
  });
});
