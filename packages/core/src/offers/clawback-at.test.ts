import { describe, expect, it } from "vitest";
import { clawbackAt } from "./clawback-at.js";
import { OfferSchema } from "./schema.js";

describe("clawbackAt", () => {
  const proRata = OfferSchema.parse({ base: 1, signOn: { amount: 24_000, clawbackMonths: 12 } });
  const full = OfferSchema.parse({ base: 1, signOn: { amount: 24_000, clawbackMonths: 12, clawback: "full" } });

  it("repays the unearned part pro rata by default", () => {
    expect(proRata.signOn?.clawback).toBe("pro-rata");
    expect(clawbackAt(proRata, 0)).toBe(24_000);
    expect(clawbackAt(proRata, 3)).toBe(18_000);
    expect(clawbackAt(proRata, 7.5)).toBe(9_000);
  });

  it("repays everything within the period under a full clawback", () => {
    expect(clawbackAt(full, 11.9)).toBe(24_000);
  });

  it("repays nothing once the period is over, or without a sign-on", () => {
    expect(clawbackAt(proRata, 12)).toBe(0);
    expect(clawbackAt(full, 30)).toBe(0);
    expect(clawbackAt(OfferSchema.parse({ base: 1 }), 1)).toBe(0);
  });

  it("rejects negative months", () => {
    expect(() => clawbackAt(proRata, -1)).toThrow(RangeError);
  });
});
