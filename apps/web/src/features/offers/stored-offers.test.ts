import { afterEach, describe, expect, it } from "vitest";
import { blankOffer } from "./offer-values";
import { initialSlots, loadSlots, storedOffersKey, storeSlots, type OfferSlot } from "./stored-offers";

afterEach(() => sessionStorage.clear());

describe("stored offers", () => {
  it("round-trips the offers being entered", () => {
    const slots: OfferSlot[] = [
      { savedId: "0b7f7c52-8f0e-4f5e-9a57-7d0e8b7c9a11", values: { ...blankOffer("BigCo"), base: "200000", equityKind: "rsu", isPublic: true } },
      { savedId: null, values: { ...blankOffer("Startup"), base: "170000", exits: [{ probabilityPercent: "60", pricePerShare: "0" }] } },
      { savedId: null, values: { ...blankOffer("Third", "INR"), vesting: "custom", customYearlyPercent: "10, 20, 30, 40" } },
    ];
    storeSlots(slots);
    expect(loadSlots()).toEqual(slots);
  });

  it("starts afresh when nothing usable is stored", () => {
    expect(loadSlots()).toBeNull();
    sessionStorage.setItem(storedOffersKey, JSON.stringify({ offers: [] }));
    expect(loadSlots()).toBeNull();
    expect(initialSlots().map((s) => s.values.name)).toEqual(["Offer A", "Offer B"]);
    expect(initialSlots("EUR").map((s) => s.values.currency)).toEqual(["EUR", "EUR"]);
  });

  it("checks each stored field, keeps at most four offers and at least two", () => {
    sessionStorage.setItem(
      storedOffersKey,
      JSON.stringify([{ savedId: 7, values: { name: "Odd", currency: "euros", base: 5, equityKind: "bitcoin", vesting: "sideways", isPublic: "yes", exits: [null, { probabilityPercent: "50" }] } }]),
    );
    expect(loadSlots()).toEqual([
      { savedId: null, values: { ...blankOffer("Odd"), exits: [{ probabilityPercent: "50", pricePerShare: "" }] } },
      { savedId: null, values: blankOffer("Offer B") },
    ]);
    storeSlots(Array.from({ length: 6 }, (_, i) => ({ savedId: null, values: blankOffer(`O${i}`) })));
    expect(loadSlots()?.map((s) => s.values.name)).toEqual(["O0", "O1", "O2", "O3"]);
  });
});
