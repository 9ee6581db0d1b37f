import { loadJson, storeJson } from "../../lib/session-json";
import { blankOffer, vestingChoices, type ExitValues, type OfferValues } from "./offer-values";

/** Where the offers being compared are kept for this tab. */
export const storedOffersKey = "paypath.offers";

/** Most offers one comparison takes. */
export const maxOffers = 4;
/** Fewest offers one comparison takes. */
export const minOffers = 2;

/** An offer on the screen: its form values and, once saved, its id. */
export interface OfferSlot {
  readonly savedId: string | null;
  readonly values: OfferValues;
}

/**
 * The two empty offers a first visit starts with, their amounts in `currency` ("" = the
 * catalog's base currency).
 *
 * @example
 * initialSlots().map((s) => s.values.name) // → ["Offer A", "Offer B"]
 */
export function initialSlots(currency = ""): OfferSlot[] {
  return [
    { savedId: null, values: blankOffer("Offer A", currency) },
    { savedId: null, values: blankOffer("Offer B", currency) },
  ];
}

/**
 * Keeps the offers being entered for this tab, so nothing typed is lost on a reload or a visit
 * to another screen. Storage errors (full, disabled) are ignored.
 *
 * @example
 * storeSlots(slots);
 */
export function storeSlots(slots: readonly OfferSlot[]): void {
  storeJson(storedOffersKey, slots);
}

const str = (v: unknown, or = ""): string => (typeof v === "string" ? v : or);
const oneOf = <T extends string>(v: unknown, options: readonly T[], or: T): T => (options.includes(v as T) ? (v as T) : or);

function valuesOf(raw: unknown, name: string): OfferValues {
  const blank = blankOffer(name);
  if (raw === null || typeof raw !== "object") return blank;
  const r = raw as Record<string, unknown>;
  const exits: ExitValues[] = Array.isArray(r.exits)
    ? r.exits
        .filter((e): e is Record<string, unknown> => e !== null && typeof e === "object")
        .slice(0, 20)
        .map((e) => ({ probabilityPercent: str(e.probabilityPercent), pricePerShare: str(e.pricePerShare) }))
    : [];
  const texts = Object.fromEntries(
    (Object.keys(blank) as (keyof OfferValues)[]).filter((k) => typeof blank[k] === "string").map((k) => [k, str(r[k], blank[k] as string)]),
  ) as Partial<OfferValues>;
  return {
    ...blank,
    ...texts,
    signOnClawback: oneOf(r.signOnClawback, ["pro-rata", "full"], blank.signOnClawback),
    equityKind: oneOf(r.equityKind, ["none", "rsu", "options"], blank.equityKind),
    rsuBy: oneOf(r.rsuBy, ["value", "shares"], blank.rsuBy),
    vesting: oneOf(
      r.vesting,
      vestingChoices.map((c) => c.value),
      blank.vesting,
    ),
    frequency: oneOf(r.frequency, ["monthly", "quarterly", "annual"], blank.frequency),
    refresherKind: oneOf(r.refresherKind, ["none", "percent", "value"], blank.refresherKind),
    currency: typeof r.currency === "string" && /^[A-Z]{3}$/.test(r.currency) ? r.currency : blank.currency,
    isPublic: r.isPublic === true,
    exits,
  };
}

/**
 * The stored offers, each field checked (unknown choices fall back to the blank offer's, missing
 * text is blank), 2 to 4 of them. Null when nothing usable is stored.
 *
 * @example
 * loadSlots() // → [{ savedId: null, values: { name: "BigCo", base: "200000", … } }, …] or null
 */
export function loadSlots(): OfferSlot[] | null {
  const raw = loadJson(storedOffersKey);
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const slots = raw.slice(0, maxOffers).map((item: unknown, i): OfferSlot => {
    const r = item !== null && typeof item === "object" ? (item as Record<string, unknown>) : {};
    return { savedId: typeof r.savedId === "string" ? r.savedId : null, values: valuesOf(r.values, `Offer ${"ABCD"[i]}`) };
  });
  const fill = initialSlots();
  while (slots.length < minOffers) slots.push({ savedId: null, values: blankOffer(fill[slots.length]!.values.name) });
  return slots;
}
