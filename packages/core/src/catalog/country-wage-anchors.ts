/**
 * Public cross-country wage figures: each country's average annual wage relative to the United
 * States at market exchange rates. They are anchors for location factors (a prior to shrink a
 * thin sample toward, and the plausibility suite's orderings and bands), never location factors
 * themselves: pay in technical jobs differs less between countries than average pay does.
 *
 * Figures are typed in from the published tables with their year; the ratio is computed from
 * them here, so a reader can check each one against its table. A country is absent when no
 * official figure of the same concept was at hand (the Netherlands is not published in Eurostat's
 * table, which uses a different method there; countries outside the EU are not in it).
 */

/** A country's average annual wage relative to the US average (US = 1), with its source. */
export interface CountryWageAnchor {
  /** Country average ÷ US average, both per full-time employee, in US dollars at market exchange rates. */
  readonly value: number;
  /** Id of the entry in the catalog's `sources` that cites the tables. */
  readonly source: string;
  /** The published figures behind the ratio and its year. */
  readonly note: string;
}

/** Id of the catalog source entry that cites the tables behind `countryWageAnchors`. */
export const countryWageAnchorSource = "cross-country-wages";

/**
 * US average annual wage per full-time equivalent employee, 2023, in US dollars:
 * OECD Average annual wages (AV_AN_WAGE), United States, 2023 (the series in 2023 prices and
 * 2023 US-dollar PPPs, which for the United States are current US dollars).
 */
export const usAverageAnnualWage2023 = 80_115;

/** ECB euro reference rate, 2023 annual average: US dollars per euro. */
export const usdPerEur2023 = 1.0813;

/**
 * Eurostat "Average annual full-time adjusted salary per employee" (dataset nama_10_fte),
 * 2023, in euros (non-euro countries converted by Eurostat), as published in November 2024.
 */
const eurostatFullTimeSalary2023Eur: Readonly<Record<string, number>> = {
  AT: 54_508,
  BE: 57_989,
  BG: 13_503,
  HR: 21_523,
  CZ: 23_454,
  DK: 67_604,
  EE: 24_899,
  FR: 42_662,
  DE: 50_998,
  GR: 17_013,
  HU: 16_895,
  IE: 58_679,
  IT: 32_749,
  LV: 22_293,
  LT: 27_178,
  PL: 18_054,
  PT: 22_933,
  RO: 17_739,
  SI: 33_081,
  ES: 32_587,
  SE: 44_619,
};

function anchorFromEurostat(eur: number): CountryWageAnchor {
  const usd = eur * usdPerEur2023;
  return {
    value: Math.round((usd / usAverageAnnualWage2023) * 1000) / 1000,
    source: countryWageAnchorSource,
    note:
      `2023: Eurostat nama_10_fte EUR ${eur.toLocaleString("en-US")} × ${usdPerEur2023} USD/EUR ` +
      `÷ US USD ${usAverageAnnualWage2023.toLocaleString("en-US")} (OECD AV_AN_WAGE)`,
  };
}

/**
 * Average annual wage of each country relative to the United States (US = 1), keyed by
 * ISO 3166-1 alpha-2 code, in US dollars at market exchange rates, 2023. The United States is
 * included as the reference (1 by definition). Values are rounded to three decimals.
 *
 * @example
 * countryWageAnchors.DE.value // → 0.688 (Germany's average wage is about 69 % of the US average)
 * countryWageAnchors.BG.value // → 0.182
 */
export const countryWageAnchors: Readonly<Record<string, CountryWageAnchor>> = {
  US: { value: 1, source: countryWageAnchorSource, note: "reference country: 1 by definition" },
  ...Object.fromEntries(
    Object.entries(eurostatFullTimeSalary2023Eur).map(([country, eur]) => [country, anchorFromEurostat(eur)]),
  ),
};
