import type { Catalog } from "@paypath/core";
import { loadJson, storeJson, type StorageLike } from "./session-json";

/** A location's own currency and the catalog's rate for it, with the rate's source. */
export interface LocalCurrency {
  readonly currency: string;
  /** Units of `currency` per unit of the catalog's base currency. */
  readonly rate: number;
  readonly sourceTitle: string;
}

/** Which currency figures are shown in: the location's own, or the catalog's base currency. */
export type CurrencyChoice = "local" | "base";

const choiceKey = "paypath.currency-choice";

/** Local storage (the choice outlives the tab), or null where it is disabled. */
function localStore(): StorageLike | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The local currency of a catalog location and the catalog's rate for it, or null when the
 * location prices in the base currency (or is unknown). The rate is the location's own `fxRate`
 * figure; its source is named for the screen.
 *
 * @example
 * localCurrencyOf(catalog, "de") // → { currency: "EUR", rate: 0.9, sourceTitle: "Salary surveys' yearly average exchange rates" }
 * localCurrencyOf(catalog, "us-seattle") // → null
 */
export function localCurrencyOf(catalog: Catalog, locationId: string): LocalCurrency | null {
  const location = catalog.locations.find((l) => l.id === locationId);
  if (!location || location.currency === catalog.baseCurrency) return null;
  const source = catalog.sources.find((s) => s.id === location.fxRate.source);
  return { currency: location.currency, rate: location.fxRate.value, sourceTitle: source?.title ?? location.fxRate.source };
}

/**
 * The exchange rate as a sentence part, with as many digits as the rate needs.
 *
 * @example
 * formatRate("USD", "EUR", 0.93) // → "1 USD = 0.93 EUR"
 * formatRate("USD", "INR", 83.3) // → "1 USD = 83.3 INR"
 */
export function formatRate(base: string, currency: string, rate: number): string {
  const digits = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 }).format(rate);
  return `1 ${base} = ${digits} ${currency}`;
}

/**
 * The currency choice kept on this device; local currency unless the user chose the base one.
 *
 * @example
 * loadCurrencyChoice() // → "local"
 */
export function loadCurrencyChoice(storage: StorageLike | null = localStore()): CurrencyChoice {
  return loadJson(choiceKey, storage) === "base" ? "base" : "local";
}

/**
 * Remembers the currency choice on this device.
 *
 * @example
 * storeCurrencyChoice("base");
 */
export function storeCurrencyChoice(choice: CurrencyChoice, storage: StorageLike | null = localStore()): void {
  storeJson(choiceKey, choice, storage);
}
