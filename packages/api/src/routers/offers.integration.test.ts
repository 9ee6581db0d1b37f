import { defaultCatalog } from "@paypath/catalog";
import { compareOffers, type Profile } from "@paypath/core";
import { publicRsuOffer as bigCo, startupOptionsOffer as startup } from "@paypath/core/testing";
import { seed, type DatabaseHandle } from "@paypath/db";
import { databases, insertTestUser } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createCatalogStore } from "../catalogs.js";
import { createInnerContext, type SessionUser } from "../context.js";
import { createCaller } from "../root.js";
import { MAX_SAVED_OFFERS } from "../services/offers/limits.js";
import { FieldIssuesError } from "../trpc.js";

type Caller = ReturnType<typeof createCaller>;

/** The field issues a rejected call reports (what the error formatter sends as `data.issues`). */
async function issuesOf(call: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  const error: unknown = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code: "BAD_REQUEST" });
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof FieldIssuesError) return [...cause.issues];
  expect(cause).toBeInstanceOf(ZodError);
  return (cause as ZodError).issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

const profile: Profile = { role: "ml-engineer", level: "senior", location: "us" };

describe.each(databases())("offers on %s", (factory) => {
  let handle: DatabaseHandle;
  let ada: Caller;
  let bob: Caller;

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    const catalogs = createCatalogStore(handle.db);
    const callerFor = async (email: string): Promise<Caller> => {
      const u = await insertTestUser(handle.db, { role: "professional", email, name: email });
      const user: SessionUser = { id: u.id, email: u.email, name: u.name, role: u.role };
      return createCaller(createInnerContext({ db: handle.db, user, catalogs }));
    };
    ada = await callerFor("ada@example.test");
    bob = await callerFor("bob@example.test");
  });
  afterAll(() => handle?.close());

  it("compares inline offers against the market estimate of the published catalog and names the one worth more", async () => {
    const result = await ada.offers.compare({ profile, offers: [{ name: "Startup", offer: startup }, { name: "BigCo", offer: bigCo }] });
    expect(result.catalogVersion.version).toBe(defaultCatalog.version);
    expect(result.offers).toEqual([
      { id: null, name: "Startup" },
      { id: null, name: "BigCo" },
    ]);
    expect(result.comparison).toEqual(compareOffers([startup, bigCo], profile, defaultCatalog));
    expect(result.comparison.best).toBe(1);
    const estimate = await ada.valuation.estimate(profile);
    expect(result.comparison.market.total).toEqual(estimate.estimate.total);
    // Back-loaded: 5 % of 400k vests in year 1, 40 % in year 4.
    expect(result.comparison.offers[1]!.projection.years.map((y) => y.equity.nominal)).toEqual([20_000, 60_000, 160_000, 160_000]);
    expect(result.comparison.offers[0]!.checklist.map((c) => c.id)).toContain("dilution");
  });

  it("saves, lists, updates and deletes the caller's offers, and compares saved ones by id as they were entered", async () => {
    const a = await ada.offers.create({ name: "BigCo", offer: bigCo });
    const b = await ada.offers.create({ name: "Startup", offer: startup });
    expect(a.offer).toEqual(bigCo);
    expect((await ada.offers.list()).map((o) => o.name)).toEqual(expect.arrayContaining(["BigCo", "Startup"]));

    const byId = await ada.offers.compare({ profile, ids: [b.id, a.id] });
    expect(byId.offers).toEqual([
      { id: b.id, name: "Startup" },
      { id: a.id, name: "BigCo" },
    ]);
    expect(byId.comparison.best).toBe(1);
    // Stored as entered: the unsaid bonus payout still raises the question.
    expect(byId.comparison.offers[1]!.checklist.map((c) => c.id)).toContain("bonus-payout-history");

    const revised = await ada.offers.update({ id: a.id, name: "BigCo, revised", offer: { ...bigCo, base: 150_000 } });
    expect(revised).toMatchObject({ id: a.id, name: "BigCo, revised", offer: { base: 150_000 } });
    expect((await ada.offers.compare({ profile, ids: [a.id, b.id] })).comparison.offers[0]!.projection.years[0]!.base).toBe(150_000);

    await ada.offers.delete({ id: b.id });
    expect((await ada.offers.list()).map((o) => o.id)).not.toContain(b.id);
    await expect(ada.offers.compare({ profile, ids: [a.id, b.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await ada.offers.delete({ id: a.id });
  });

  it("keeps another user's offers out of reach and unchanged", async () => {
    const mine = await bob.offers.create({ name: "Bob's offer", offer: bigCo });
    const other = await bob.offers.create({ name: "Bob's other", offer: startup });
    await expect(ada.offers.update({ id: mine.id, name: "Taken", offer: startup })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ada.offers.delete({ id: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ada.offers.compare({ profile, ids: [mine.id, other.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await ada.offers.list()).map((o) => o.id)).not.toContain(mine.id);
    expect((await bob.offers.list()).find((o) => o.id === mine.id)).toEqual(mine);
  });

  it("rejects an invalid offer naming the field, and saves nothing", async () => {
    const before = (await ada.offers.list({ limit: 200 })).length;
    expect(await issuesOf(ada.offers.create({ name: "Bad", offer: { ...bigCo, vesting: { yearlyPercent: [50, 40] } } }))).toEqual([
      { path: "offer.vesting.yearlyPercent", message: "yearly percentages sum to 90, not 100" },
    ]);
    await expect(ada.offers.create({ name: " ", offer: bigCo })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await issuesOf(ada.offers.compare({ profile, offers: [{ name: "A", offer: bigCo }, { name: "B", offer: { ...startup, company: { stage: "early" } } }] })),
    ).toEqual([{ path: "offers.1.offer.company.exits", message: "a private company's equity needs exit scenarios" }]);
    expect((await issuesOf(ada.offers.update({ id: crypto.randomUUID(), name: "x", offer: { base: -1 } }))).map((i) => i.path)).toEqual(["offer.base"]);
    const unknownStage = { ...bigCo, company: { stage: "unicorn", isPublic: true } };
    expect(await issuesOf(ada.offers.create({ name: "Unknown stage", offer: unknownStage }))).toEqual([
      { path: "offer.company.stage", message: 'unknown stage "unicorn"' },
    ]);
    expect(await issuesOf(ada.offers.compare({ profile, offers: [{ name: "A", offer: bigCo }, { name: "B", offer: unknownStage }] }))).toEqual([
      { path: "offers.1.offer.company.stage", message: 'unknown stage "unicorn"' },
    ]);
    expect((await issuesOf(ada.offers.create({ name: "Long stage", offer: { ...bigCo, company: { stage: "x".repeat(100_000), isPublic: true } } }))).map((i) => i.path)).toEqual([
      "offer.company.stage",
    ]);
    expect(await ada.offers.list({ limit: 200 })).toHaveLength(before);
  });

  it("keeps an offer's currency, prices the market in it, and refuses a currency without a rate or offers in two currencies", async () => {
    const eur = defaultCatalog.locations.find((l) => l.currency === "EUR")!;
    const inEuros = { ...bigCo, currency: "EUR" };
    const saved = await ada.offers.create({ name: "Berlin", offer: inEuros });
    expect(saved.offer.currency).toBe("EUR");
    const other = await ada.offers.create({ name: "Munich", offer: { ...startup, currency: "EUR" } });
    const byId = await ada.offers.compare({ profile, ids: [saved.id, other.id] });
    const inDollars = await ada.offers.compare({ profile, offers: [{ name: "A", offer: bigCo }, { name: "B", offer: startup }] });
    expect(byId.comparison.market.currency).toBe("EUR");
    expect(byId.comparison.market.total.p50).toBeCloseTo(inDollars.comparison.market.total.p50 * eur.fxRate.value, 4);

    const dollars = await ada.offers.create({ name: "Seattle", offer: bigCo });
    const before = (await ada.offers.list({ limit: 200 })).length;
    expect(await issuesOf(ada.offers.create({ name: "Unknown", offer: { ...bigCo, currency: "XYZ" } }))).toEqual([
      { path: "offer.currency", message: 'no exchange rate for "XYZ"' },
    ]);
    expect(await issuesOf(ada.offers.compare({ profile, offers: [{ name: "A", offer: bigCo }, { name: "B", offer: inEuros }] }))).toEqual([
      { path: "offers.1.offer.currency", message: "offers compared together must be in one currency: this one is in EUR, the first in USD" },
    ]);
    expect((await issuesOf(ada.offers.compare({ profile, ids: [dollars.id, saved.id] }))).map((i) => i.path)).toEqual(["ids.1.currency"]);
    expect(await ada.offers.list({ limit: 200 })).toHaveLength(before);
    for (const id of [saved.id, other.id, dollars.id]) await ada.offers.delete({ id });
  });

  it("compares 2 to 4 offers, given either by id or inline, against a profile the catalog can price", async () => {
    const one = [{ name: "A", offer: bigCo }];
    await expect(ada.offers.compare({ profile, offers: one })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(ada.offers.compare({ profile, offers: [...one, ...one, ...one, ...one, ...one] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const four = await ada.offers.compare({ profile, offers: [...one, ...one, ...one, { name: "D", offer: startup }] });
    expect(four.comparison.offers).toHaveLength(4);
    expect(four.comparison.best).toBe(0);

    const saved = await ada.offers.create({ name: "Saved", offer: bigCo });
    expect(await issuesOf(ada.offers.compare({ profile, ids: [saved.id, saved.id] }))).toEqual([
      { path: "ids", message: "each offer may be compared once" },
    ]);
    await expect(ada.offers.compare({ profile, ids: [saved.id, saved.id], offers: [...one, ...one] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(ada.offers.compare({ profile })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(ada.offers.compare({ profile: { ...profile, level: "wizard" }, offers: [...one, ...one] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: 'profile.level: unknown level "wizard"',
    });
    await ada.offers.delete({ id: saved.id });
  });

  it(`refuses a saved offer beyond ${MAX_SAVED_OFFERS} with a clear message`, async () => {
    const carol = createCaller(
      createInnerContext({
        db: handle.db,
        user: await insertTestUser(handle.db, { role: "professional" }).then((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role })),
        catalogs: createCatalogStore(handle.db),
      }),
    );
    for (let i = 0; i < MAX_SAVED_OFFERS; i++) await carol.offers.create({ name: `Offer ${i + 1}`, offer: { base: 100_000 + i } });
    await expect(carol.offers.create({ name: "One too many", offer: bigCo })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `You can keep at most ${MAX_SAVED_OFFERS} saved offers; delete one before saving another.`,
    });
    expect(await carol.offers.list({ limit: 200 })).toHaveLength(MAX_SAVED_OFFERS);
    // Others are not held to carol's count.
    const bobs = await bob.offers.create({ name: "Still fine", offer: bigCo });
    await bob.offers.delete({ id: bobs.id });
  });
});
