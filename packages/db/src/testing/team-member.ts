import type { TeamMemberInput } from "../queries/teams.js";

/**
 * A roster row for tests: a mid-level ML engineer in the US with the given employee id and base pay.
 *
 * @example
 * testTeamMember("R1", 120_000) // → { employeeId: "R1", name: "Person R1", base: 120000, bonus: 15000, … }
 */
export function testTeamMember(employeeId: string, base = 150_000): TeamMemberInput {
  return {
    employeeId,
    name: `Person ${employeeId}`,
    title: "Machine Learning Engineer",
    roleId: "ml-engineer",
    levelId: "mid",
    locationId: "us",
    base,
    bonus: 15_000,
    equity: 20_000,
    performanceRating: 3,
    hireDate: "2022-04-01",
    managerEmployeeId: null,
    gender: null,
  };
}
