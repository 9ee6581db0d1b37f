import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import {
  chooseCurrency,
  conversionText,
  convertAmount,
  displayCurrencyOf,
  formatRate,
  loadCurrencyChoice,
  localCurrencyOf,
  moneyDisplayOf,
  ratesOf,
  storeCurrencyChoice,
  subscribeCurrencyChoice,
} from "./currency";
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

describe("money display", () => {
  const gb = fixtureCatalog.locations.find((l) => l.id === "gb")!;
  const local = localCurrencyOf(fixtureCatalog, "gb");

  it("shows the local currency at the catalog's rate unless the base one is chosen, and the base one where there is no local one", () => {
    expect(displayCurrencyOf("USD", local, "local")).toEqual({ currency: "GBP", rate: gb.fxRate.value });
    expect(displayCurrencyOf("USD", local, "base")).toEqual({ currency: "USD", rate: 1 });
    expect(displayCurrencyOf("USD", null, "local")).toEqual({ currency: "USD", rate: 1 });
  });

  it("converts between any two currencies the catalog has a rate for, through the base one", () => {
    const rates = ratesOf(fixtureCatalog);
    expect(rates.get("USD")).toBe(1);
    expect(rates.get("GBP")).toBe(gb.fxRate.value);
    expect(convertAmount(1000, "USD", "GBP", rates)).toBeCloseTo(1000 * gb.fxRate.value, 9);
    expect(convertAmount(1000 * gb.fxRate.value, "GBP", "USD", rates)).toBeCloseTo(1000, 9);
    expect(convertAmount(5, "GBP", "GBP", rates)).toBe(5);
    expect(convertAmount(5, "XXX", "USD", rates)).toBeNull();
    expect(convertAmount(5, "USD", "XXX", rates)).toBeNull();
    const inr = rates.get("INR")!;
    expect(conversionText("USD", "GBP", rates, "USD")).toBe(formatRate("USD", "GBP", gb.fxRate.value));
    expect(conversionText("GBP", "USD", rates, "USD")).toBe(formatRate("USD", "GBP", gb.fxRate.value));
    expect(conversionText("GBP", "INR", rates, "USD")).toBe(`${formatRate("USD", "GBP", gb.fxRate.value)} and ${formatRate("USD", "INR", inr)}`);
  });

  it("formats base amounts in the shown currency, and an amount in a currency without a rate in its own", () => {
    const inPounds = moneyDisplayOf(fixtureCatalog, local, "local");
    const expected = new Intl.NumberFormat("en-US", { style: "currency", currency: "GBP", maximumFractionDigits: 0 }).format(100_000 * gb.fxRate.value);
    expect(inPounds.money(100_000)).toBe(expected);
    expect(inPounds.convert(100_000)).toBeCloseTo(100_000 * gb.fxRate.value, 9);
    expect(inPounds.signedMoney(-100_000)).toBe(`−${expected}`);
    expect(inPounds.moneyFrom(100_000, "USD")).toBe(expected);
    expect(inPounds.moneyFrom(100_000 * gb.fxRate.value, "GBP")).toBe(expected);
    expect(inPounds.moneyFrom(1234, "XXX")).toContain("1,234");
    expect(inPounds.currencyFor("USD")).toBe("GBP");
    expect(inPounds.currencyFor("XXX")).toBe("XXX");
    const inDollars = moneyDisplayOf(fixtureCatalog, local, "base");
    expect(inDollars.money(100_000)).toBe("$100,000");
    expect(inDollars.moneyFrom(100_000 * gb.fxRate.value, "GBP")).toBe("$100,000");
  });

  it("tells every subscriber when the choice changes, and stops when unsubscribed", () => {
    const storage = memory();
    let calls = 0;
    const stop = subscribeCurrencyChoice(() => calls++);
    chooseCurrency("base", storage);
    expect(loadCurrencyChoice(storage)).toBe("base");
    expect(calls).toBe(1);
    stop();
    chooseCurrency("local", storage);
    expect(calls).toBe(1);
    expect(loadCurrencyChoice(storage)).toBe("local");
  });
});
