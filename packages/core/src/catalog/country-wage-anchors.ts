/**
 * Public cross-country wage figures: each country's average annual wage relative to the United
 * States at market exchange rates. They are anchors for location factors (a prior to shrink a
 * thin sample toward, and the plausibility suite's orderings and bands), never location factors
 * themselves: pay in technical jobs differs less between countries than average pay does.
 *
 * Figures are typed in from the published tables with their year; the ratio is computed from
 * them here, so a reader can check each one against its table. EU countries come from one table
 * (Eurostat's full-time adjusted salaries, 2023); six others from their national statistics
 * office, whose concept differs somewhat (each note says which). A country is absent when no
 * official figure was at hand: the Netherlands (not in Eurostat's table, which uses a different
 * method there) and every other country outside the EU not listed below.
 */

/** A country's average annual wage relative to the US average (US = 1), with its source. */
export interface CountryWageAnchor {
  /** Country average ÷ US average, both per full-time employee, in US dollars at market exchange rates. */
  readonly value: number;
  /** Id of the entry in the catalog's `sources` that cites the tables. */
  readonly source: string;
  /** The published figures behind the ratio and its year. */
  readonly note: string;
  /**
   * How the average was measured: a national-accounts wage bill per full-time equivalent employee
   * (Eurostat, OECD) or a survey of employees by a national statistics office. Ratios on different
   * bases compare less well (absent: treated as comparable to nothing).
   */
  readonly basis?: "national-accounts" | "survey";
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

/** US average annual wage per full-time equivalent employee, 2022 (same OECD series, 2022 prices). */
export const usAverageAnnualWage2022 = 77_463;

/**
 * Average pay from national statistics offices, for countries outside Eurostat's table: the
 * annual figure in local currency, the yearly average market rate (units per US dollar) and the
 * US average it is compared with (the nearest year of the OECD series).
 */
const nationalFigures: readonly {
  readonly country: string;
  readonly annual: number;
  readonly currency: string;
  readonly perUsd: number;
  readonly usAverage: number;
  readonly what: string;
}[] = [
  {
    country: "IN",
    annual: 21_103 * 12,
    currency: "INR",
    perUsd: 83.7,
    usAverage: usAverageAnnualWage2023,
    what:
      "MoSPI Periodic Labour Force Survey, April–June 2024: average monthly earnings of regular wage/salaried employees " +
      "INR 21,103 × 12, at 83.7 INR/USD (2024 average), ÷ the US 2023 average (a year earlier, so slightly high)",
  },
  {
    country: "PK",
    annual: 39_042 * 12,
    currency: "PKR",
    perUsd: 279,
    usAverage: usAverageAnnualWage2023,
    what:
      "Pakistan Bureau of Statistics, Labour Force Survey 2024-25: average monthly wage of paid employees PKR 39,042 × 12, " +
      "at 279 PKR/USD (2024 average), ÷ the US 2023 average (a year earlier, so slightly high)",
  },
  {
    country: "PH",
    annual: 18_423 * 12,
    currency: "PHP",
    perUsd: 54.5,
    usAverage: usAverageAnnualWage2022,
    what:
      "Philippine Statistics Authority, Occupational Wages Survey 2022: average monthly wage rate of full-time time-rated workers " +
      "(establishments with 20 or more workers) PHP 18,423 × 12, at 54.5 PHP/USD (2022 average), ÷ the US 2022 average",
  },
  {
    country: "GB",
    annual: 34_963,
    currency: "GBP",
    perUsd: 1 / 1.2435,
    usAverage: usAverageAnnualWage2023,
    what:
      "ONS Annual Survey of Hours and Earnings, April 2023: median gross annual earnings of full-time employees GBP 34,963 " +
      "(a median, so below the mean), at 1.2435 USD/GBP (2023 average), ÷ the US 2023 average",
  },
  {
    country: "AU",
    annual: 1_888.8 * 52,
    currency: "AUD",
    perUsd: 1 / 0.6645,
    usAverage: usAverageAnnualWage2023,
    what:
      "ABS Average Weekly Earnings, November 2023: full-time adult average weekly ordinary time earnings AUD 1,888.80 × 52 " +
      "(seasonally adjusted), at 0.6645 USD/AUD (2023 average), ÷ the US 2023 average",
  },
  {
    country: "JP",
    annual: 329_777 * 12,
    currency: "JPY",
    perUsd: 140.5,
    usAverage: usAverageAnnualWage2023,
    what:
      "MHLW Monthly Labour Survey, 2023: average monthly total cash earnings (establishments with 5 or more employees, " +
      "part-time included, so low) JPY 329,777 × 12, at 140.5 JPY/USD (2023 average), ÷ the US 2023 average",
  },
];

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function anchorFromEurostat(eur: number): CountryWageAnchor {
  const usd = eur * usdPerEur2023;
  return {
    value: round3(usd / usAverageAnnualWage2023),
    source: countryWageAnchorSource,
    basis: "national-accounts",
    note:
      `2023: Eurostat nama_10_fte EUR ${eur.toLocaleString("en-US")} × ${usdPerEur2023} USD/EUR ` +
      `÷ US USD ${usAverageAnnualWage2023.toLocaleString("en-US")} (OECD AV_AN_WAGE)`,
  };
}

/**
 * Average annual wage of each country relative to the United States (US = 1), keyed by
 * ISO 3166-1 alpha-2 code, in US dollars at market exchange rates, 2022–2024 (each note gives
 * the year and the figures). The United States is included as the reference (1 by definition).
 * Values are rounded to three decimals.
 *
 * @example
 * countryWageAnchors.DE.value // → 0.688 (Germany's average wage is about 69 % of the US average)
 * countryWageAnchors.BG.value // → 0.182
 */
export const countryWageAnchors: Readonly<Record<string, CountryWageAnchor>> = {
  US: { value: 1, source: countryWageAnchorSource, note: "reference country: 1 by definition", basis: "national-accounts" },
  ...Object.fromEntries(
    Object.entries(eurostatFullTimeSalary2023Eur).map(([country, eur]) => [country, anchorFromEurostat(eur)]),
  ),
  ...Object.fromEntries(
    nationalFigures.map((f) => [
      f.country,
      { value: round3(f.annual / f.perUsd / f.usAverage), source: countryWageAnchorSource, note: f.what, basis: "survey" as const },
    ]),
  ),
};
