import type { Catalog } from "@paypath/core";

type Location = Catalog["locations"][number];

/**
 * Cities and other names people type, each with the catalog location that prices it: a metro
 * when the catalog has one, else the country. Only entries whose location is in the catalog are
 * used, so a catalog without a country simply offers nothing for its cities.
 */
const aliases: Readonly<Record<string, readonly string[]>> = {
  "us-sf-bay-area": ["san francisco", "sf", "bay area", "silicon valley", "palo alto", "mountain view", "san jose", "oakland", "berkeley", "sunnyvale", "menlo park"],
  "us-new-york": ["new york city", "nyc", "manhattan", "brooklyn", "jersey city"],
  "us-seattle": ["redmond", "bellevue", "kirkland"],
  "us-boston": ["cambridge ma", "somerville"],
  "us-los-angeles": ["la", "santa monica", "pasadena", "irvine"],
  "us-washington-dc": ["washington dc", "dc", "arlington", "alexandria", "bethesda"],
  "us-raleigh": ["durham", "chapel hill", "research triangle"],
  "us-dallas": ["fort worth", "plano"],
  us: ["usa", "america", "united states of america", "houston", "philadelphia", "phoenix", "miami", "pittsburgh", "minneapolis", "portland", "salt lake city", "detroit"],
  gb: ["uk", "britain", "great britain", "england", "scotland", "wales", "london", "manchester", "edinburgh", "cambridge", "oxford", "bristol", "glasgow", "leeds", "birmingham"],
  ch: ["zurich", "geneva", "basel", "lausanne", "bern", "zug", "schweiz", "suisse"],
  de: ["deutschland", "berlin", "munich", "munchen", "hamburg", "frankfurt", "cologne", "koln", "stuttgart"],
  fr: ["paris", "lyon", "toulouse", "grenoble", "nice"],
  nl: ["holland", "the netherlands", "amsterdam", "rotterdam", "eindhoven", "utrecht", "the hague"],
  ie: ["dublin", "cork", "galway"],
  es: ["madrid", "barcelona", "valencia", "malaga", "seville"],
  pt: ["lisbon", "lisboa", "porto"],
  it: ["milan", "milano", "rome", "roma", "turin", "torino"],
  be: ["brussels", "antwerp", "ghent", "leuven"],
  at: ["vienna", "wien", "graz"],
  se: ["stockholm", "gothenburg", "malmo"],
  dk: ["copenhagen", "aarhus"],
  pl: ["warsaw", "krakow", "wroclaw", "gdansk"],
  cz: ["czech republic", "prague", "brno"],
  hu: ["budapest"],
  ro: ["bucharest", "cluj", "cluj-napoca"],
  bg: ["sofia"],
  gr: ["athens", "thessaloniki"],
  hr: ["zagreb", "split"],
  si: ["ljubljana"],
  ee: ["tallinn", "tartu"],
  lv: ["riga"],
  lt: ["vilnius", "kaunas"],
  ua: ["kyiv", "kiev", "lviv", "kharkiv"],
  ru: ["moscow", "saint petersburg", "st petersburg"],
  tr: ["turkiye", "istanbul", "ankara"],
  ae: ["uae", "emirates", "dubai", "abu dhabi"],
  in: ["bangalore", "bengaluru", "mumbai", "delhi", "new delhi", "hyderabad", "pune", "chennai", "gurgaon", "gurugram", "noida", "kolkata"],
  pk: ["karachi", "lahore", "islamabad"],
  ph: ["manila", "cebu"],
  vn: ["ho chi minh city", "saigon", "hanoi", "da nang"],
  sg: ["singapore city"],
  jp: ["tokyo", "osaka", "kyoto", "yokohama"],
  au: ["sydney", "melbourne", "brisbane", "perth", "canberra", "adelaide"],
  nz: ["auckland", "wellington", "christchurch"],
  ca: ["toronto", "vancouver", "montreal", "ottawa", "calgary", "waterloo", "edmonton"],
  mx: ["mexico city", "guadalajara", "monterrey"],
  br: ["sao paulo", "rio de janeiro", "belo horizonte", "florianopolis"],
  ar: ["buenos aires", "cordoba"],
  co: ["bogota", "medellin"],
  ng: ["lagos", "abuja"],
  za: ["cape town", "johannesburg", "pretoria", "durban"],
  pr: ["san juan"],
};

/**
 * Text as search compares it: lower case, accents and punctuation dropped, spaces collapsed
 * ("  Zürich " → "zurich", "Raleigh–Durham" → "raleigh durham").
 *
 * @example
 * foldText("São Paulo") // → "sao paulo"
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
    .trim();
}

/** A location found by a search, and the name the search matched when it is not the location's own. */
export interface LocationHit {
  readonly location: Location;
  /** The alias typed ("zurich"), when the location was found through one. */
  readonly via: string | null;
}

/**
 * The catalog's locations that match what was typed, best first: ignoring case, accents and
 * punctuation; by name, id or country code; by a city or another name for a place (an alias,
 * priced as its metro or country); a country's metros follow the country. Empty for no match.
 *
 * @example
 * searchLocations(catalog, "Zurich") // → [{ location: Switzerland, via: "zurich" }]
 * searchLocations(catalog, "london")[0].location.id // → "gb"
 */
export function searchLocations(catalog: Catalog, query: string): LocationHit[] {
  const q = foldText(query);
  if (!q) return [];
  const byId = new Map(catalog.locations.map((l) => [l.id, l]));
  const scored: { hit: LocationHit; score: number }[] = [];
  const seen = new Set<string>();
  const add = (location: Location, score: number, via: string | null): void => {
    if (seen.has(location.id)) return;
    seen.add(location.id);
    scored.push({ hit: { location, via }, score });
  };
  for (const l of catalog.locations) {
    const name = foldText(l.name);
    if (name === q || l.id === q) add(l, 0, null);
    else if (name.startsWith(q) || name.split(" ").some((w) => w.startsWith(q))) add(l, 1, null);
    else if (l.country.toLowerCase() === q) add(l, 2, null);
  }
  for (const [id, names] of Object.entries(aliases)) {
    const location = byId.get(id);
    if (!location) continue;
    const exact = names.find((n) => n === q);
    const prefix = q.length >= 3 ? names.find((n) => n.startsWith(q)) : undefined;
    if (exact) add(location, 0.5, exact);
    else if (prefix) add(location, 2.5, prefix);
  }
  for (const l of catalog.locations) if (q.length >= 3 && foldText(l.name).includes(q)) add(l, 3, null);
  // A country found: its metros follow it.
  for (const { hit } of [...scored]) {
    if (hit.location.kind === "metro") continue;
    for (const l of catalog.locations) if (l.kind === "metro" && l.country === hit.location.country) add(l, 4, null);
  }
  return scored.sort((a, b) => a.score - b.score || a.hit.location.name.localeCompare(b.hit.location.name)).map((s) => s.hit);
}
