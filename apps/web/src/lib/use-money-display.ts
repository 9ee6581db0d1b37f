import type { Catalog } from "@paypath/core";
import { useMemo, useSyncExternalStore } from "react";
import { loadCurrencyChoice, localCurrencyOf, moneyDisplayOf, subscribeCurrencyChoice, type CurrencyChoice, type MoneyDisplay } from "./currency";

const serverChoice = (): "local" => "local";

/**
 * The money formatting for a screen showing figures for `locationId`: its local currency at the
 * catalog's rate unless the user chose the base currency. Every screen reads the one stored
 * choice, and a toggle on any of them updates all.
 *
 * @example
 * const display = useMoneyDisplay(catalog, values.location);
 * display.money(estimate.total.p50) // → "€164,000"
 */
export function useMoneyDisplay(catalog: Catalog, locationId: string): MoneyDisplay {
  const choice = useCurrencyChoice();
  return useMemo(() => moneyDisplayOf(catalog, localCurrencyOf(catalog, locationId), choice), [catalog, locationId, choice]);
}

/**
 * The stored currency choice, kept in step with every toggle on the page.
 *
 * @example
 * const choice = useCurrencyChoice(); // → "local"
 */
export function useCurrencyChoice(): CurrencyChoice {
  return useSyncExternalStore(subscribeCurrencyChoice, () => loadCurrencyChoice(), serverChoice);
}
