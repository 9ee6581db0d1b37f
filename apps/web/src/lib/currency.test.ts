import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { formatRate, loadCurrencyChoice, localCurrencyOf, storeCurrencyChoice } from "./currency";
import type { StorageLike } from "./session-json";

function memory(): StorageLike {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe("local currency", () => {
  it("takes the location's currency and the catalog's rate, and none for a base-currency location", () => {
    const uk = fixtureCatalog.locations.find((l) => l.id === "gb")!;
    const local = localCurrencyOf(fixtureCatalog, "gb");
    expect(local).toMatchObject({ currency: "GBP", rate: uk.fxRate.value });
    expect(local?.sourceTitle).toBe(fixtureCatalog.sources.find((s) => s.id === uk.fxRate.source)!.title);
    expect(localCurrencyOf(fixtureCatalog, "us-sf")).toBeNull();
    expect(localCurrencyOf(fixtureCatalog, "nowhere")).toBeNull();
  });

  it("writes the rate with the digits it needs", () => {
    expect(formatRate("USD", "EUR", 0.93)).toBe("1 USD = 0.93 EUR");
    expect(formatRate("USD", "INR", 83.3)).toBe("1 USD = 83.3 INR");
    expect(formatRate("USD", "JPY", 151.234)).toBe("1 USD = 151.2 JPY");
  });

  it("remembers the choice, local unless the base currency was chosen", () => {
    const storage = memory();
    expect(loadCurrencyChoice(storage)).toBe("local");
    storeCurrencyChoice("base", storage);
    expect(loadCurrencyChoice(storage)).toBe("base");
    storeCurrencyChoice("local", storage);
    expect(loadCurrencyChoice(storage)).toBe("local");
  });
});
