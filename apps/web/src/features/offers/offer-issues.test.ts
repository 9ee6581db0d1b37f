import { describe, expect, it } from "vitest";
import { placeIssues } from "./offer-issues";
import { blankOffer } from "./offer-values";

const offers = [blankOffer("A"), { ...blankOffer("B"), vesting: "custom" as const }];

describe("placeIssues", () => {
  it("puts each offer's issues on its form fields", () => {
    const placed = placeIssues(
      [
        { path: "offers.0.offer.base", message: "Too small" },
        { path: "offers.1.offer.company.exits.2.probability", message: "Too big" },
        { path: "offers.1.offer.vesting.yearlyPercent", message: "sums to 90" },
        { path: "offers.1.name", message: "Too short" },
        { path: "offers.0.offer.base", message: "Not a number" },
      ],
      offers,
    );
    expect(placed.offers).toEqual([
      { base: "Too small; Not a number" },
      { "exits.2.probabilityPercent": "Too big", customYearlyPercent: "sums to 90", name: "Too short" },
    ]);
    expect(placed.other).toEqual([]);
  });

  it("puts the job's issues on the profile fields and keeps the rest as messages", () => {
    const placed = placeIssues(
      [
        { path: "profile.level", message: 'unknown level "wizard"' },
        { path: "offers", message: "Too small: expected array to have >=2 items" },
        { path: "offers.7.offer.base", message: "no such offer on screen" },
        { path: "", message: "Sign in first." },
      ],
      offers,
    );
    expect(placed.profile).toEqual({ level: 'unknown level "wizard"' });
    expect(placed.offers).toEqual([{}, {}]);
    expect(placed.other).toEqual(["offers: Too small: expected array to have >=2 items", "offers.7.offer.base: no such offer on screen", "Sign in first."]);
  });

  it("keeps an issue with the offer as a whole on the offer", () => {
    expect(placeIssues([{ path: "offers.0.offer", message: "Invalid input" }], offers).offers[0]).toEqual({ "": "Invalid input" });
  });
});
