import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { databases, insertTestUser } from "../testing/databases.js";
import { aggregateContributions, findOwnContributions, insertContribution, listContributions, reviewContribution, updateContribution } from "./contributions.js";
import { claimRefitJob, deleteRefitUploads, findActiveRefitJob, findRefitUploads, finishRefitJob, insertRefitJob } from "./refit.js";

const figures = { year: 2025, role: "ml-engineer", level: "senior", location: "us", country: "US", arrangement: "remote", companySize: "L", base: 200_000, bonus: 0, equity: 0 };

describe.each(databases())("refit jobs and contributions on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("queues one job at a time, keeps a large file's text whole, and lets one process claim it", async () => {
    const admin = await insertTestUser(t.db, { role: "admin" });
    const big = "x".repeat(9_000_001);
    const job = await insertRefitJob(t.db, { createdBy: admin.id, baseVersionId: null, files: [{ name: "a.csv", format: "survey", bytes: big.length, rows: 1 }, { name: "b.csv", format: "paypath", bytes: 3, rows: 1 }], contents: [big, "abc"], keepFiles: false, includeContributions: true });
    expect(job).not.toBeNull();
    expect(await insertRefitJob(t.db, { createdBy: admin.id, baseVersionId: null, files: [], contents: [], keepFiles: false, includeContributions: true })).toBeNull();
    const files = await findRefitUploads(t.db, { jobId: job!.id });
    expect(files.map((f) => [f.name, f.content.length])).toEqual([["a.csv", 9_000_001], ["b.csv", 3]]);
    const [first, second] = await Promise.all([claimRefitJob(t.db), claimRefitJob(t.db)]);
    expect([first?.id, second?.id].filter(Boolean)).toEqual([job!.id]);
    expect((await findActiveRefitJob(t.db))?.status).toBe("running");
    await finishRefitJob(t.db, { id: job!.id, status: "succeeded", result: { ok: 1 } });
    expect(await findActiveRefitJob(t.db)).toBeNull();
    expect(await deleteRefitUploads(t.db, { jobId: job!.id })).toBe(true);
    expect(await findRefitUploads(t.db, { jobId: job!.id })).toEqual([]);
  });

  it("keeps one contribution per user and year, sends an edit back to review, and aggregates only cells of five or more", async () => {
    const admin = await insertTestUser(t.db, { role: "admin" });
    const users = await Promise.all(Array.from({ length: 5 }, () => insertTestUser(t.db)));
    const mine = await insertContribution(t.db, { ownerId: users[0]!.id, figures });
    expect(await insertContribution(t.db, { ownerId: users[0]!.id, figures: { ...figures, base: 1 } })).toBeNull();
    for (const [i, u] of users.slice(1).entries()) await insertContribution(t.db, { ownerId: u.id, figures: { ...figures, base: 180_000 + i * 10_000 } });
    const queue = await listContributions(t.db, { status: "pending", limit: 100 });
    expect(queue).toHaveLength(5);
    expect(Object.keys(queue[0]!)).not.toContain("ownerId");
    for (const c of queue.slice(0, 4)) await reviewContribution(t.db, { id: c.id, status: "accepted", reason: "ok", reviewedBy: admin.id });
    expect(await aggregateContributions(t.db, { minCount: 5 })).toEqual([]);
    await reviewContribution(t.db, { id: queue[4]!.id, status: "accepted", reason: "ok", reviewedBy: admin.id });
    const [cell] = await aggregateContributions(t.db, { minCount: 5 });
    expect(cell).toMatchObject({ role: "ml-engineer", count: 5, p50: 200_000 });
    const edited = await updateContribution(t.db, { id: mine!.id, ownerId: users[0]!.id, figures: { ...figures, base: 210_000 } });
    expect(edited).toMatchObject({ status: "pending", base: 210_000 });
    expect(await updateContribution(t.db, { id: mine!.id, ownerId: users[1]!.id, figures })).toBeNull();
    expect(await aggregateContributions(t.db, { minCount: 5 })).toEqual([]);
    expect(await findOwnContributions(t.db, { ownerId: users[1]!.id })).toHaveLength(1);
  });
});
