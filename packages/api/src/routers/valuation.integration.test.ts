import { defaultCatalog } from "@paypath/catalog";
import { marketYearsOf, type Profile } from "@paypath/core";
import { seed, type DatabaseHandle } from "@paypath/db";
import { databases, insertTestUser } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createCatalogStore } from "../catalogs.js";
import { createInnerContext } from "../context.js";
import { createCaller } from "../root.js";

/** The field issues a rejected call reports (what the error formatter sends as `data.issues`). */
async function issuesOf(call: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  const error: unknown = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code: "BAD_REQUEST" });
  const cause = (error as { cause?: unknown }).cause;
  expect(cause).toBeInstanceOf(ZodError);
  return (cause as ZodError).issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

const profile: Profile = { role: "ml-engineer", level: "senior", location: "us" };
const years = marketYearsOf(defaultCatalog);
const catalogRange = `must be a year from ${years.first} to ${years.last} (the catalog's market years)`;

describe.each(databases())("estimates on %s", (factory) => {
  let handle: DatabaseHandle;
  let anyone: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    anyone = createCaller(createInnerContext({ db: handle.db, user: null, catalogs: createCatalogStore(handle.db) }));
  });
  afterAll(() => handle?.close());

  it("refuses a year no catalog can price in the input, naming the field and the range", async () => {
    for (const year of [-5, 99_999_999_999, 3000, 2024.5]) {
      expect(await issuesOf(anyone.valuation.estimate({ ...profile, year }))).toEqual([{ path: "year", message: "must be a whole year from 2000 to 2100" }]);
    }
    expect(await issuesOf(anyone.valuation.estimate({ ...profile, year: "2024" as unknown as number }))).toEqual([
      { path: "year", message: "must be a whole year from 2000 to 2100" },
    ]);
  });

  it("refuses a year outside the published catalog's market years, naming the field and the catalog's range", async () => {
    await expect(anyone.valuation.estimate({ ...profile, year: years.last + 1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `year: ${catalogRange}, not ${years.last + 1}`,
    });
    await expect(anyone.valuation.estimate({ ...profile, year: years.first - 1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `year: ${catalogRange}, not ${years.first - 1}`,
    });
  });

  it("labels a year after the salary data a projection and trusts it less", async () => {
    const data = (await anyone.valuation.estimate({ ...profile, year: years.lastData })).estimate;
    const projected = (await anyone.valuation.estimate({ ...profile, year: years.lastData + 3 })).estimate;
    expect(data.warnings).toEqual([]);
    expect(projected.warnings[0]).toMatch(new RegExp(`^${years.lastData + 3} is a projection: the salary data end in ${years.lastData}`));
    expect(projected.confidence.score).toBeLessThan(data.confidence.score);
  });

  it("prices a role guessed from a title with low confidence and a wider range, and checks the mapping's shape", async () => {
    const chosen = (await anyone.valuation.estimate(profile)).estimate;
    const guessed = (await anyone.valuation.estimate({ ...profile, roleMatch: { confidence: 0.4, fallback: true } })).estimate;
    expect(guessed.confidence).toMatchObject({ label: "low" });
    expect(guessed.confidence.score).toBeLessThanOrEqual(0.45);
    expect(guessed.total.p50).toBe(chosen.total.p50);
    expect(guessed.total.p25).toBeLessThan(chosen.total.p25);
    expect(guessed.total.p75).toBeGreaterThan(chosen.total.p75);
    expect(guessed.warnings).toContainEqual(expect.stringMatching(/^the job title names no role the catalog knows/));
    expect(await issuesOf(anyone.valuation.estimate({ ...profile, roleMatch: { confidence: 7, fallback: true } }))).toEqual([
      { path: "roleMatch.confidence", message: "must be from 0 to 1" },
    ]);
  });

  it("names the profile of a batch whose year the catalog cannot price", async () => {
    const u = await insertTestUser(handle.db, { role: "professional", email: "batch@example.test", name: "Batch" });
    const user = { id: u.id, email: u.email, name: u.name, role: u.role };
    const signedIn = createCaller(createInnerContext({ db: handle.db, user, catalogs: createCatalogStore(handle.db) }));
    await expect(signedIn.valuation.batch({ profiles: [profile, { ...profile, year: years.last + 1 }] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `profiles.1.year: ${catalogRange}, not ${years.last + 1}`,
    });
  });
});
