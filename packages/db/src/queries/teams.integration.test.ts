import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { databases, insertTestUser } from "../testing/databases.js";
import { testTeamMember } from "../testing/team-member.js";
import {
  advanceTeamRevision,
  createTeam,
  findTeam,
  findTeamMembers,
  findTeamSummaries,
  replaceTeamMembers,
  type TeamMemberInput,
} from "./teams.js";

const member = testTeamMember;

describe.each(databases())("teams on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("shows a team only to its manager, and every team when no manager is given", async () => {
    const lead = await insertTestUser(t.db, { role: "manager" });
    const other = await insertTestUser(t.db, { role: "manager" });
    const { id } = await createTeam(t.db, { name: "Research", managerId: lead.id });
    await replaceTeamMembers(t.db, { teamId: id, members: [member("R1"), member("R2")] });

    expect(await findTeam(t.db, { teamId: id, managerId: lead.id })).toMatchObject({ id, name: "Research", revision: 1, memberCount: 2, bandPolicy: null });
    expect(await findTeam(t.db, { teamId: id, managerId: other.id })).toBeNull();
    expect(await findTeam(t.db, { teamId: id })).toMatchObject({ id, memberCount: 2 });
    expect((await findTeamSummaries(t.db, { managerId: lead.id, limit: 10 })).map((s) => s.id)).toEqual([id]);
    expect(await findTeamSummaries(t.db, { managerId: other.id, limit: 10 })).toEqual([]);
    expect((await findTeamSummaries(t.db, { limit: 100 })).map((s) => s.id)).toContain(id);
  });

  it("moves the revision only from the revision the caller started from", async () => {
    const lead = await insertTestUser(t.db, { role: "manager" });
    const { id } = await createTeam(t.db, { name: "Platform", managerId: lead.id });
    const policy = { midpointPercentile: 60 };
    expect(await advanceTeamRevision(t.db, { teamId: id, revision: 1, bandPolicy: policy })).toMatchObject({ revision: 2 });
    expect(await advanceTeamRevision(t.db, { teamId: id, revision: 1, bandPolicy: { midpointPercentile: 40 } })).toBeNull();
    expect(await findTeam(t.db, { teamId: id })).toMatchObject({ revision: 2, bandPolicy: policy });
    // Without a policy only the revision moves.
    expect(await advanceTeamRevision(t.db, { teamId: id, revision: 2 })).toMatchObject({ revision: 3 });
    expect(await findTeam(t.db, { teamId: id })).toMatchObject({ revision: 3, bandPolicy: policy });
  });

  it("replaces a roster whole, and keeps the old one when a row fails", async () => {
    const lead = await insertTestUser(t.db, { role: "manager" });
    const { id } = await createTeam(t.db, { name: "Inference", managerId: lead.id });
    await replaceTeamMembers(t.db, { teamId: id, members: [member("A"), member("B")] });
    expect(await replaceTeamMembers(t.db, { teamId: id, members: [member("C", 170_000)] })).toBe(1);
    expect(await findTeamMembers(t.db, { teamId: id })).toEqual([expect.objectContaining({ employeeId: "C", base: 170_000 })]);

    // A duplicate employee id breaks the unique key: nothing of the new roster is kept.
    await expect(replaceTeamMembers(t.db, { teamId: id, members: [member("D"), member("D")] })).rejects.toThrow();
    expect((await findTeamMembers(t.db, { teamId: id })).map((m) => m.employeeId)).toEqual(["C"]);
  });

  it("inserts a roster larger than one statement's parameter limit", async () => {
    const lead = await insertTestUser(t.db, { role: "manager" });
    const { id } = await createTeam(t.db, { name: "Large", managerId: lead.id });
    const members = Array.from({ length: 5001 }, (_, i) => member(`E${String(i).padStart(5, "0")}`, 100_000 + i));
    expect(await replaceTeamMembers(t.db, { teamId: id, members })).toBe(5001);
    const rows = await findTeamMembers(t.db, { teamId: id, managerId: lead.id });
    expect(rows).toHaveLength(5001);
    expect(rows.at(-1)).toMatchObject({ employeeId: "E05000", base: 105_000 });
  });

  it("takes the roster from a generator, lets the event loop run between chunks, and keeps the old roster when a late chunk fails", async () => {
    const lead = await insertTestUser(t.db, { role: "manager" });
    const { id } = await createTeam(t.db, { name: "Streamed", managerId: lead.id });
    await replaceTeamMembers(t.db, { teamId: id, members: [member("OLD")] });
    function* people(n: number, duplicateLast = false): Generator<TeamMemberInput> {
      for (let i = 0; i < n; i++) yield member(`G${String(duplicateLast && i === n - 1 ? 0 : i).padStart(5, "0")}`, 100_000 + i);
    }

    // Timers and I/O are served while the rows go in, not only after.
    let ticks = 0;
    let ticking = true;
    const tick = (): void => {
      ticks++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const inserted = await replaceTeamMembers(t.db, { teamId: id, members: people(2_100) });
    ticking = false;
    expect(inserted).toBe(2_100);
    expect(ticks).toBeGreaterThanOrEqual(21); // at least once before each of the 21 chunks
    expect(await findTeamMembers(t.db, { teamId: id })).toHaveLength(2_100);

    // A duplicate in the last chunk undoes the chunks already inserted.
    await expect(replaceTeamMembers(t.db, { teamId: id, members: people(1_200, true) })).rejects.toThrow();
    const kept = await findTeamMembers(t.db, { teamId: id });
    expect(kept).toHaveLength(2_100);
    expect(kept.some((m) => m.employeeId === "G01100")).toBe(true);
  });

  it("reads a roster in pages with the same rows, in order, letting the event loop run between pages", async () => {
    const lead = await insertTestUser(t.db, { role: "manager" });
    const other = await insertTestUser(t.db, { role: "manager" });
    const { id } = await createTeam(t.db, { name: "Paged", managerId: lead.id });
    const members = Array.from({ length: 1_001 }, (_, i) => member(`P${String(1_000 - i).padStart(4, "0")}`, 100_000 + i));
    await replaceTeamMembers(t.db, { teamId: id, members });
    const whole = await findTeamMembers(t.db, { teamId: id });

    let ticks = 0;
    let ticking = true;
    const tick = (): void => {
      ticks++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const paged = await findTeamMembers(t.db, { teamId: id, pageSize: 200 });
    ticking = false;
    expect(paged).toEqual(whole);
    expect(paged.map((m) => m.employeeId).slice(0, 2)).toEqual(["P0000", "P0001"]);
    expect(ticks).toBeGreaterThanOrEqual(5); // at least once between each of the six pages
    expect(await findTeamMembers(t.db, { teamId: id, managerId: lead.id, pageSize: 200 })).toEqual(whole);
    expect(await findTeamMembers(t.db, { teamId: id, managerId: other.id, pageSize: 200 })).toEqual([]);
    await expect(findTeamMembers(t.db, { teamId: id, pageSize: 0 })).rejects.toThrow("pageSize must be a positive whole number");
  });
});
