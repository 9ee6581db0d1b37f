import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { demoRoster } from "./demo-roster.js";
import { TeamMemberInputSchema } from "./queries/teams.js";

describe("demoRoster", () => {
  it("prices 25 valid roster rows with ids the catalog knows", () => {
    const roster = demoRoster(fixtureCatalog);
    expect(roster).toHaveLength(25);
    expect(new Set(roster.map((m) => m.employeeId)).size).toBe(25);
    for (const member of roster) {
      expect(() => TeamMemberInputSchema.parse(member)).not.toThrow();
      expect(fixtureCatalog.roles.some((r) => r.id === member.roleId)).toBe(true);
      expect(fixtureCatalog.levels.some((l) => l.id === member.levelId)).toBe(true);
      expect(fixtureCatalog.locations.some((l) => l.id === member.locationId)).toBe(true);
    }
  });

  it("pays a reference-profile person at the role's benchmark times their position in band", () => {
    const daniel = demoRoster(fixtureCatalog).find((m) => m.employeeId === "AAI-006")!;
    // applied-scientist is not in the fixture: falls back to its first role (ml-engineer, 200k); senior × 1; boston → us (1).
    expect(daniel).toMatchObject({ roleId: "ml-engineer", levelId: "senior", locationId: "us", base: 200_000, bonus: 20_000, equity: 40_000 });
  });
});
