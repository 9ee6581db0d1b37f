import { publicRsuOffer as bigCo, startupOptionsOffer as startup } from "@paypath/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { databases, insertTestUser } from "../testing/databases.js";
import { deleteOffer, findOffers, findOffersByIds, insertOffer, updateOffer } from "./offers.js";

describe.each(databases())("offers on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("stores the offer as entered and shows it only to its owner", async () => {
    const alice = await insertTestUser(t.db);
    const bob = await insertTestUser(t.db);
    const saved = await insertOffer(t.db, { ownerId: alice.id, name: "BigCo", offer: bigCo, limit: 50 });
    expect(saved).toMatchObject({ name: "BigCo", offer: bigCo });
    expect(await findOffers(t.db, { ownerId: alice.id, limit: 10 })).toEqual([saved]);
    expect(await findOffers(t.db, { ownerId: bob.id, limit: 10 })).toEqual([]);
    expect(await findOffersByIds(t.db, { ownerId: bob.id, ids: [saved!.id] })).toEqual([]);
  });

  it("lists the newest first and finds offers by id in the order asked, leaving out others' offers", async () => {
    const alice = await insertTestUser(t.db);
    const bob = await insertTestUser(t.db);
    const a = await insertOffer(t.db, { ownerId: alice.id, name: "A", offer: bigCo, limit: 50, now: new Date("2026-01-01T00:00:00Z") });
    const b = await insertOffer(t.db, { ownerId: alice.id, name: "B", offer: startup, limit: 50, now: new Date("2026-01-02T00:00:00Z") });
    const theirs = await insertOffer(t.db, { ownerId: bob.id, name: "Bob's", offer: bigCo, limit: 50 });
    expect((await findOffers(t.db, { ownerId: alice.id, limit: 10 })).map((o) => o.name)).toEqual(["B", "A"]);
    expect((await findOffers(t.db, { ownerId: alice.id, limit: 1 })).map((o) => o.name)).toEqual(["B"]);
    const found = await findOffersByIds(t.db, { ownerId: alice.id, ids: [a!.id, theirs!.id, b!.id] });
    expect(found.map((o) => o.name)).toEqual(["A", "B"]);
    expect(await findOffersByIds(t.db, { ownerId: alice.id, ids: [] })).toEqual([]);
  });

  it("lets only the owner update or delete an offer", async () => {
    const alice = await insertTestUser(t.db);
    const bob = await insertTestUser(t.db);
    const saved = await insertOffer(t.db, { ownerId: alice.id, name: "BigCo", offer: bigCo, limit: 50 });
    expect(await updateOffer(t.db, { ownerId: bob.id, id: saved!.id, name: "Mine now", offer: startup })).toBeNull();
    expect(await deleteOffer(t.db, { ownerId: bob.id, id: saved!.id })).toBe(false);
    expect(await findOffersByIds(t.db, { ownerId: alice.id, ids: [saved!.id] })).toEqual([saved]);

    const later = new Date(saved!.updatedAt.getTime() + 60_000);
    const updated = await updateOffer(t.db, { ownerId: alice.id, id: saved!.id, name: "BigCo, revised", offer: startup, now: later });
    expect(updated).toEqual({ ...saved, name: "BigCo, revised", offer: startup, updatedAt: later });
    expect(await deleteOffer(t.db, { ownerId: alice.id, id: saved!.id })).toBe(true);
    expect(await deleteOffer(t.db, { ownerId: alice.id, id: saved!.id })).toBe(false);
    expect(await findOffers(t.db, { ownerId: alice.id, limit: 10 })).toEqual([]);
  });

  it("refuses an insert beyond the owner's limit, counting only their own offers, even when inserts race", async () => {
    const alice = await insertTestUser(t.db);
    const bob = await insertTestUser(t.db);
    await insertOffer(t.db, { ownerId: bob.id, name: "Bob's", offer: bigCo, limit: 50 });
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => insertOffer(t.db, { ownerId: alice.id, name: `Offer ${i}`, offer: bigCo, limit: 3 })),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(3);
    expect(await findOffers(t.db, { ownerId: alice.id, limit: 10 })).toHaveLength(3);
    expect(await insertOffer(t.db, { ownerId: alice.id, name: "One more", offer: bigCo, limit: 3 })).toBeNull();

    const [first] = await findOffers(t.db, { ownerId: alice.id, limit: 1 });
    await deleteOffer(t.db, { ownerId: alice.id, id: first!.id });
    expect(await insertOffer(t.db, { ownerId: alice.id, name: "After a delete", offer: bigCo, limit: 3 })).not.toBeNull();
  });
});
