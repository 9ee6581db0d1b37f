import type { ReactElement } from "react";
import { chooseCurrency, formatRate, type CurrencyChoice, type MoneyDisplay } from "../lib/currency";
import { ui } from "./ui";

/**
 * Local currency or the catalog's base currency, one click apart; says which rate converts and
 * where it comes from. Nothing when the location prices in the base currency. The choice is
 * stored once for every screen.
 *
 * @example
 * <CurrencyToggle display={useMoneyDisplay(catalog, profile.location)} />
 */
export function CurrencyToggle({ display, className = ui.card }: { display: MoneyDisplay; className?: string }): ReactElement | null {
  const { base, local, choice } = display;
  if (!local) return null;
  const button = (value: CurrencyChoice, label: string): ReactElement => (
    <button
      type="button"
      aria-pressed={choice === value}
      className={`rounded-md px-3 py-1 text-sm font-medium ${choice === value ? "bg-indigo-600 text-white" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
      onClick={() => chooseCurrency(value)}
    >
      {label}
    </button>
  );
  return (
    <div className={`${className} flex flex-wrap items-center gap-2`} role="group" aria-label="Currency" data-testid="currency-toggle">
      <span className="text-sm font-medium text-slate-700">Show figures in</span>
      {button("local", local.currency)}
      {button("base", base)}
      <p className="w-full text-sm text-slate-600" data-testid="currency-rate">
        {choice === "local" ? "Converted" : `${local.currency} figures are converted`} at {formatRate(base, local.currency, local.rate)} ({local.sourceTitle}, the catalog&apos;s rate).
      </p>
    </div>
  );
}
