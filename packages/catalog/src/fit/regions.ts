/**
 * Region groups of the fit: a country with few survey rows is shrunk toward its region's pooled
 * pay level, and the evaluation reports range coverage per region. Regions group countries whose
 * tech pay levels are alike, by geography and income level (World Bank income groups), so that a
 * thin country borrows from neighbours with a comparable labour market.
 */
export interface Region {
  readonly id: string;
  readonly name: string;
  /** ISO 3166 alpha-2 codes, upper-case. */
  readonly countries: readonly string[];
}

export const regions: readonly Region[] = [
  { id: "north-america", name: "North America", countries: ["US", "CA", "PR"] },
  {
    id: "western-europe",
    name: "Western and Northern Europe",
    countries: ["GB", "IE", "DE", "FR", "NL", "BE", "LU", "AT", "CH", "DK", "SE", "NO", "FI", "IS", "LI", "MC", "JE", "GG", "IM"],
  },
  { id: "southern-europe", name: "Southern Europe", countries: ["ES", "PT", "IT", "GR", "MT", "CY", "AD", "SM", "GI"] },
  {
    id: "eastern-europe",
    name: "Eastern Europe and Central Asia",
    countries: [
      "PL", "CZ", "SK", "HU", "RO", "BG", "HR", "SI", "EE", "LV", "LT", "RS", "BA", "ME", "MK", "AL", "XK",
      "UA", "BY", "MD", "RU", "GE", "AM", "AZ", "KZ", "UZ", "KG", "TJ", "TM",
    ],
  },
  { id: "middle-east-high-income", name: "Israel and the Gulf", countries: ["IL", "AE", "SA", "QA", "KW", "BH", "OM"] },
  {
    id: "middle-east-north-africa",
    name: "Türkiye, the Levant and North Africa",
    countries: ["TR", "EG", "JO", "LB", "IR", "IQ", "SY", "YE", "PS", "MA", "DZ", "TN", "LY"],
  },
  {
    id: "sub-saharan-africa",
    name: "Sub-Saharan Africa",
    countries: [
      "NG", "KE", "ZA", "GH", "UG", "TZ", "ET", "RW", "CM", "SN", "CI", "ZM", "ZW", "MU", "BW", "NA", "MZ", "AO", "CD",
      "CG", "BJ", "TG", "ML", "BF", "NE", "MW", "MG", "SD", "SO", "SL", "LR", "GM", "GN", "GA", "ER", "DJ", "SZ", "LS", "CV", "SC",
    ],
  },
  { id: "south-asia", name: "South Asia", countries: ["IN", "PK", "BD", "LK", "NP", "AF", "MV", "BT"] },
  { id: "east-asia-high-income", name: "Japan, Korea, Singapore, Hong Kong, Taiwan", countries: ["JP", "KR", "SG", "HK", "TW", "MO", "BN"] },
  {
    id: "east-asia-emerging",
    name: "China and emerging East and Southeast Asia",
    countries: ["CN", "MY", "TH", "VN", "PH", "ID", "KH", "MM", "LA", "MN"],
  },
  { id: "oceania", name: "Australia and New Zealand", countries: ["AU", "NZ", "FJ", "PG"] },
  {
    id: "latin-america",
    name: "Latin America and the Caribbean",
    countries: [
      "MX", "BR", "AR", "CO", "CL", "PE", "EC", "UY", "PY", "BO", "VE", "CR", "PA", "GT", "HN", "SV", "NI", "DO", "CU",
      "JM", "TT", "BS", "BB", "HT", "GY", "SR", "BZ",
    ],
  },
];

/** Countries the table does not list. */
export const otherRegion: Region = { id: "other", name: "Other countries", countries: [] };

const byCountry = new Map<string, Region>(regions.flatMap((r) => r.countries.map((c) => [c, r] as const)));

/**
 * The region group of a country (ISO alpha-2, any case); `otherRegion` for one the table lacks.
 *
 * @example
 * regionOf("bg").id // → "eastern-europe"
 */
export function regionOf(country: string): Region {
  return byCountry.get(country.toUpperCase()) ?? otherRegion;
}
