const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats an annual amount as whole currency units.
 *
 * @example
 * formatMoney(182_345.6, "USD") // → "$182,346"
 */
export function formatMoney(amount: number, currency: string): string {
  let f = formatters.get(currency);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 });
    formatters.set(currency, f);
  }
  return f.format(amount);
}

/**
 * Formats an amount with an explicit sign, for contributions.
 *
 * @example
 * formatSignedMoney(-1200, "USD") // → "−$1,200"
 */
export function formatSignedMoney(amount: number, currency: string): string {
  const abs = formatMoney(Math.abs(amount), currency);
  return amount < 0 ? `−${abs}` : `+${abs}`;
}

/**
 * Formats a fraction as a percentage.
 *
 * @example
 * formatPercent(0.1934) // → "19.3 %"
 */
export function formatPercent(fraction: number, digits = 1): string {
  return formatPercentValue(fraction * 100, digits);
}

/**
 * Formats a figure that is already in percent (a raise rate, a pay gap).
 *
 * @example
 * formatPercentValue(3.125, 2) // → "3.13 %"
 */
export function formatPercentValue(percent: number, digits = 1): string {
  return `${percent.toFixed(digits)} %`;
}
