import type { Catalog } from "@paypath/core";
import { formatMoney, formatSignedMoney } from "./format";
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

/** How figures are shown: the currency, and units of it per unit of the catalog's base currency. */
export interface DisplayCurrency {
  readonly currency: string;
  readonly rate: number;
}

/**
 * The currency figures are shown in: the location's own at the catalog's rate when it has one and
 * the user has not chosen the base currency, else the base currency at rate 1.
 *
 * @example
 * displayCurrencyOf("USD", { currency: "EUR", rate: 0.9, sourceTitle: "…" }, "local") // → { currency: "EUR", rate: 0.9 }
 * displayCurrencyOf("USD", null, "local") // → { currency: "USD", rate: 1 }
 */
export function displayCurrencyOf(base: string, local: LocalCurrency | null, choice: CurrencyChoice): DisplayCurrency {
  return local && choice === "local" ? { currency: local.currency, rate: local.rate } : { currency: base, rate: 1 };
}

/**
 * Units of each currency the catalog knows per unit of its base currency (the base at 1; a
 * currency's rate is the first location's that uses it).
 *
 * @example
 * ratesOf(catalog).get("EUR") // → 0.9
 */
export function ratesOf(catalog: Catalog): ReadonlyMap<string, number> {
  const rates = new Map<string, number>([[catalog.baseCurrency, 1]]);
  for (const l of catalog.locations) if (!rates.has(l.currency)) rates.set(l.currency, l.fxRate.value);
  return rates;
}

/**
 * An amount in `from` converted into `to` through the base currency at the catalog's rates, or
 * null when either currency has no rate (the amount must then be shown in its own currency).
 *
 * @example
 * convertAmount(1000, "USD", "EUR", rates) // → 900
 * convertAmount(900, "EUR", "USD", rates) // → 1000
 */
export function convertAmount(amount: number, from: string, to: string, rates: ReadonlyMap<string, number>): number | null {
  if (from === to) return amount;
  const fromRate = rates.get(from);
  const toRate = rates.get(to);
  if (fromRate === undefined || toRate === undefined) return null;
  return (amount / fromRate) * toRate;
}

type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * Subscribes to changes of the stored choice: on this page (every screen's toggle) and from
 * other tabs (the storage event).
 *
 * @example
 * const stop = subscribeCurrencyChoice(() => render());
 */
export function subscribeCurrencyChoice(listener: Listener): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent): void => {
    if (e.key === choiceKey) listener();
  };
  if (typeof window !== "undefined") window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    if (typeof window !== "undefined") window.removeEventListener("storage", onStorage);
  };
}

/**
 * Stores the choice and tells every subscriber on the page.
 *
 * @example
 * chooseCurrency("base");
 */
export function chooseCurrency(choice: CurrencyChoice, storage: StorageLike | null = localStore()): void {
  storeCurrencyChoice(choice, storage);
  for (const l of listeners) l();
}

/** Money formatting for a screen: amounts in the base currency (or another) shown in the chosen currency. */
export interface MoneyDisplay extends DisplayCurrency {
  readonly base: string;
  /** The location's own currency, or null when it prices in the base currency (no choice to offer). */
  readonly local: LocalCurrency | null;
  readonly choice: CurrencyChoice;
  /** An amount in the base currency, in the shown currency (unrounded). */
  readonly convert: (amountInBase: number) => number;
  /** An amount in the base currency, formatted in the shown currency. */
  readonly money: (amountInBase: number) => string;
  /** The same with an explicit sign. */
  readonly signedMoney: (amountInBase: number) => string;
  /** An amount in `from`, formatted in the shown currency, or in `from` itself when the catalog has no rate for it. */
  readonly moneyFrom: (amount: number, from: string) => string;
  /** The currency an amount in `from` is shown in: the shown one, or `from` when the catalog has no rate for it. */
  readonly currencyFor: (from: string) => string;
}

/**
 * The money formatting of a screen for a location and the stored choice.
 *
 * @example
 * moneyDisplayOf(catalog, localCurrencyOf(catalog, "de"), "local").money(100_000) // → "€90,000"
 * moneyDisplayOf(catalog, localCurrencyOf(catalog, "de"), "base").money(100_000) // → "$100,000"
 */
export function moneyDisplayOf(catalog: Catalog, local: LocalCurrency | null, choice: CurrencyChoice): MoneyDisplay {
  const shown = displayCurrencyOf(catalog.baseCurrency, local, choice);
  const rates = ratesOf(catalog);
  const convert = (n: number): number => n * shown.rate;
  return {
    ...shown,
    base: catalog.baseCurrency,
    local,
    choice,
    convert,
    money: (n) => formatMoney(convert(n), shown.currency),
    signedMoney: (n) => formatSignedMoney(convert(n), shown.currency),
    currencyFor: (from) => (convertAmount(1, from, shown.currency, rates) === null ? from : shown.currency),
    moneyFrom: (n, from) => {
      const converted = convertAmount(n, from, shown.currency, rates);
      return converted === null ? formatMoney(n, from) : formatMoney(converted, shown.currency);
    },
  };
}

/**
 * The rates that take an amount from one currency to another through the base currency, as a
 * sentence part.
 *
 * @example
 * conversionText("USD", "EUR", rates, "USD") // → "1 USD = 0.9 EUR"
 * conversionText("EUR", "USD", rates, "USD") // → "1 USD = 0.9 EUR"
 * conversionText("EUR", "INR", rates, "USD") // → "1 USD = 0.9 EUR and 1 USD = 83.3 INR"
 */
export function conversionText(from: string, to: string, rates: ReadonlyMap<string, number>, base: string): string {
  return [from, to]
    .filter((c) => c !== base && rates.has(c))
    .map((c) => formatRate(base, c, rates.get(c)!))
    .join(" and ");
}
