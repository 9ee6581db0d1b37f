import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { databases, insertTestUser } from "../testing/databases.js";
import { testTeamMember } from "../testing/team-member.js";
import { findPreviousMembers, findPreviousRosterInfo, keepPreviousRoster } from "./team-previous-roster.js";
import { createTeam, findTeamMembers, replaceTeamMembers } from "./teams.js";

const member = testTeamMember;

describe.each(databases())("previous rosters on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("keeps the roster being replaced, row for row, and only the latest one", async () => {
    const lead = await insertTestUser(t.db, { role: "manager" });
    const { id } = await createTeam(t.db, { name: "Vision", managerId: lead.id });
    expect(await findPreviousRosterInfo(t.db, { teamId: id })).toBeNull();
    expect(await findPreviousMembers(t.db, { teamId: id })).toEqual([]);

    await replaceTeamMembers(t.db, { teamId: id, members: [member("V2", 120_500.5), member("V1")] });
    await t.db.transaction(async (tx) => {
      await keepPreviousRoster(tx, { teamId: id, revision: 2, savedBy: lead.id });
      await replaceTeamMembers(tx, { teamId: id, members: [member("V3")] });
    });
    expect(await findPreviousRosterInfo(t.db, { teamId: id })).toMatchObject({ revision: 2, savedBy: lead.id, memberCount: 2 });
    expect(await findPreviousMembers(t.db, { teamId: id })).toEqual([member("V1"), member("V2", 120_500.5)]);
    expect((await findTeamMembers(t.db, { teamId: id })).map((m) => m.employeeId)).toEqual(["V3"]);

    await keepPreviousRoster(t.db, { teamId: id, revision: 3, savedBy: null });
    expect(await findPreviousRosterInfo(t.db, { teamId: id })).toMatchObject({ revision: 3, savedBy: null, memberCount: 1 });
    expect((await findPreviousMembers(t.db, { teamId: id })).map((m) => m.employeeId)).toEqual(["V3"]);
  });

  it("keeps each team's previous roster apart", async () => {
    const lead = await insertTestUser(t.db, { role: "manager" });
    const a = await createTeam(t.db, { name: "A", managerId: lead.id });
    const b = await createTeam(t.db, { name: "B", managerId: lead.id });
    await replaceTeamMembers(t.db, { teamId: a.id, members: [member("A1")] });
    await replaceTeamMembers(t.db, { teamId: b.id, members: [member("B1"), member("B2")] });
    await keepPreviousRoster(t.db, { teamId: a.id, revision: 1, savedBy: lead.id });
    await keepPreviousRoster(t.db, { teamId: b.id, revision: 1, savedBy: lead.id });
    expect((await findPreviousMembers(t.db, { teamId: a.id })).map((m) => m.employeeId)).toEqual(["A1"]);
    expect((await findPreviousMembers(t.db, { teamId: b.id })).map((m) => m.employeeId)).toEqual(["B1", "B2"]);
  });
});
