import type { OfferInput } from "@paypath/core";
import { describe, expect, it } from "vitest";
import { blankOffer, checkOffer, fromOfferInput, offerFieldOf, privateExitsMessage, privateRsuPriceMessage, rsuSharesOf, type OfferValues } from "./offer-values";

const bigCo: OfferValues = {
  ...blankOffer("BigCo"),
  base: "200,000",
  bonusTargetPercent: "15",
  equityKind: "rsu",
  rsuBy: "shares",
  shares: "1000",
  sharePrice: "400",
  vesting: "back-loaded",
  stage: "public",
  isPublic: true,
};

const startup: OfferValues = {
  ...blankOffer("Startup"),
  base: "170000",
  equityKind: "options",
  shares: "40000",
  strike: "1",
  fairMarketValue: "1",
  preferredPrice: "4",
  liquidityDiscountPercent: "30",
  dilutionPerRoundPercent: "15",
  roundsPerYear: "0.5",
  exits: [
    { probabilityPercent: "60", pricePerShare: "0" },
    { probabilityPercent: "30", pricePerShare: "5" },
    { probabilityPercent: "10", pricePerShare: "30" },
  ],
  taxRatePercent: "7",
};

describe("checkOffer", () => {
  it("builds the offer from the fields filled in and leaves the blank ones out", () => {
    expect(checkOffer(bigCo)).toEqual({
      offer: {
        base: 200_000,
        bonus: { targetPercent: 15 },
        equity: { kind: "rsu", shares: 1_000, sharePrice: 400 },
        vesting: { cliffMonths: 12, frequency: "monthly", yearlyPercent: "back-loaded" },
        company: { stage: "public", isPublic: true },
      },
      errors: {},
    });
    expect(checkOffer({ ...blankOffer("Cash only"), base: "150000" })).toEqual({ offer: { base: 150_000 }, errors: {} });
    expect(checkOffer({ ...blankOffer("In euros", "EUR"), base: "90000" })).toEqual({ offer: { base: 90_000, currency: "EUR" }, errors: {} });
  });

  it("turns the percentages of fractions into fractions", () => {
    const { offer, errors } = checkOffer(startup);
    expect(errors).toEqual({});
    expect(offer?.company).toEqual({
      liquidityDiscount: 0.3,
      dilutionPerRound: 0.15,
      roundsPerYear: 0.5,
      exits: [
        { probability: 0.6, pricePerShare: 0 },
        { probability: 0.3, pricePerShare: 5 },
        { probability: 0.1, pricePerShare: 30 },
      ],
    });
    expect(offer?.location).toEqual({ taxRate: 0.07 });
  });

  it("names the field of a blank or unreadable number and builds no offer", () => {
    expect(checkOffer(blankOffer("Empty"))).toEqual({ offer: null, errors: { base: "Enter the base salary." } });
    const { offer, errors } = checkOffer({ ...startup, base: "lots", strike: "", exits: [{ probabilityPercent: "100", pricePerShare: "" }] });
    expect(offer).toBeNull();
    expect(errors).toEqual({ base: "Enter a number.", strike: "Required.", "exits.0.pricePerShare": "Required." });
  });

  it("puts core's schema issues on the form field they concern", () => {
    expect(checkOffer({ ...bigCo, vesting: "custom", customYearlyPercent: "50, 40" }).errors).toEqual({
      customYearlyPercent: "yearly percentages sum to 90, not 100",
    });
    expect(checkOffer({ ...startup, exits: [] }).errors).toEqual({ exits: privateExitsMessage });
    const tooLikely = checkOffer({ ...startup, exits: [{ probabilityPercent: "20", pricePerShare: "1" }, { probabilityPercent: "180", pricePerShare: "2" }] });
    expect(tooLikely.errors["exits.1.probabilityPercent"]).toMatch(/expected number to be <=1/);
    expect(checkOffer({ ...bigCo, cliffMonths: "6.5" }).errors).toEqual({ cliffMonths: expect.stringMatching(/int/) });
    expect(checkOffer({ ...bigCo, vesting: "custom", customYearlyPercent: "a lot" }).errors).toEqual({
      customYearlyPercent: "Enter one percentage a year, e.g. 10, 20, 30, 40.",
    });
  });
});

describe("checkOffer: a private company's RSUs given as a value", () => {
  const privateRsu: OfferValues = {
    ...blankOffer("Scale-up"),
    base: "180000",
    equityKind: "rsu",
    rsuBy: "value",
    grantValue: "100,000",
    stage: "late",
    exits: [
      { probabilityPercent: "70", pricePerShare: "40" },
      { probabilityPercent: "30", pricePerShare: "0" },
    ],
  };

  it("asks for the price per share instead of refusing the value", () => {
    const { offer, errors } = checkOffer({ ...privateRsu, sharePrice: "" });
    expect(offer).toBeNull();
    expect(errors).toEqual({ sharePrice: privateRsuPriceMessage });
  });

  it("turns the value into whole shares at the stated price", () => {
    const { offer, errors } = checkOffer({ ...privateRsu, sharePrice: "40" });
    expect(errors).toEqual({});
    expect(offer?.equity).toEqual({ kind: "rsu", shares: 2_500, sharePrice: 40 });
    expect(rsuSharesOf(100_000, 30)).toEqual({ shares: 3_333, sharePrice: 30 });
  });

  it("guides toward exit scenarios when there are none, and takes the value as it is at a public company", () => {
    expect(checkOffer({ ...privateRsu, sharePrice: "40", exits: [] }).errors).toEqual({ exits: privateExitsMessage });
    expect(checkOffer({ ...privateRsu, isPublic: true, exits: [] })).toMatchObject({ offer: { equity: { kind: "rsu", grantValue: 100_000 } }, errors: {} });
  });
});

describe("offerFieldOf", () => {
  it("maps issue paths to the form's fields", () => {
    expect(offerFieldOf("base", bigCo)).toBe("base");
    expect(offerFieldOf("currency", bigCo)).toBe("currency");
    expect(offerFieldOf("location.taxRate", bigCo)).toBe("taxRatePercent");
    expect(offerFieldOf("equity.sharePrice", bigCo)).toBe("sharePrice");
    expect(offerFieldOf("equity", bigCo)).toBe("equityKind");
    expect(offerFieldOf("company.exits.2.pricePerShare", bigCo)).toBe("exits.2.pricePerShare");
    expect(offerFieldOf("vesting.yearlyPercent", bigCo)).toBe("vesting");
    expect(offerFieldOf("vesting.yearlyPercent.1", { vesting: "custom" })).toBe("customYearlyPercent");
    expect(offerFieldOf("name", bigCo)).toBe("name");
    expect(offerFieldOf("somewhere.else", bigCo)).toBe("");
  });
});

describe("fromOfferInput", () => {
  it("shows an offer so that checking the form gives the same offer back", () => {
    const offers: OfferInput[] = [
      checkOffer(bigCo).offer!,
      checkOffer(startup).offer!,
      {
        base: 180_000,
        bonus: { targetPercent: 10, payoutPercent: 80 },
        signOn: { amount: 30_000, clawbackMonths: 24, clawback: "full" },
        equity: { kind: "rsu", grantValue: 300_000 },
        vesting: { cliffMonths: 0, frequency: "quarterly", yearlyPercent: [10, 20, 30, 40] },
        refresher: { value: 50_000 },
        company: { isPublic: true },
        benefits: { retirementMatchPercent: 4, learningBudget: 2_000, otherCash: 1_000 },
        location: { costOfLivingIndex: 120, taxRate: 0.32 },
      },
    ];
    offers.push({ base: 4_500_000, currency: "INR" });
    for (const offer of offers) expect(checkOffer(fromOfferInput("Saved", offer))).toEqual({ offer, errors: {} });
    expect(fromOfferInput("Saved", offers[3]!).currency).toBe("INR");
    expect(fromOfferInput("Saved", offers[0]!).currency).toBe("");
    expect(fromOfferInput("Saved", offers[2]!)).toMatchObject({ name: "Saved", vesting: "custom", customYearlyPercent: "10, 20, 30, 40", taxRatePercent: "32" });
  });
});
