import type { Catalog } from "../catalog/schema.js";

/** A free-text title placed on a catalog role, with a level hint and how sure the match is. */
export interface TitleMatch {
  /** The catalog role id; null only for an empty title. */
  readonly role: string | null;
  /** A catalog level id suggested by a seniority word in the title, or null. */
  readonly level: string | null;
  /**
   * 0–1: 0.95 for a title that is exactly a known phrase, less for each word left unexplained;
   * 0.4 for a fallback from a word of the title, 0.25 for one from no known word at all.
   */
  readonly confidence: number;
  /**
   * Present (true) when the title names no role and `role` is only the likeliest guess, from the
   * catalog's `model.titleFallbacks`: price it with low confidence and a wider range.
   */
  readonly fallback?: true;
  /** Why the title could not be placed exactly, or what lowered the confidence, for people. */
  readonly reason?: string;
}

/** The confidence of a fallback from a word of the title ("Engineer" → software engineer). */
export const wordFallbackConfidence = 0.4;
/** The confidence of a fallback for a title with no known word at all. */
export const defaultFallbackConfidence = 0.25;

/** Abbreviations expanded before matching (token → words). */
const expansions: Record<string, string> = {
  sr: "senior",
  snr: "senior",
  jr: "junior",
  jnr: "junior",
  mgr: "manager",
  eng: "engineer",
  engr: "engineer",
  ml: "machine learning",
  mle: "machine learning engineer",
  dl: "deep learning",
  cv: "computer vision",
  swe: "software engineer",
  sde: "software development engineer",
  bi: "business intelligence",
  vp: "vice president",
  llm: "llm",
  genai: "generative ai",
  infosec: "information security",
  sec: "security",
  ops: "operations",
  mlops: "mlops",
  devops: "devops",
  architecht: "architect",
};

/** Seniority words and the level id they hint at; the first found wins, most senior first. */
const levelWords: readonly (readonly [string, string])[] = [
  ["chief", "director"],
  ["vice", "director"],
  ["director", "director"],
  ["head", "director"],
  ["distinguished", "principal"],
  ["fellow", "principal"],
  ["principal", "principal"],
  ["staff", "staff"],
  ["lead", "staff"],
  ["manager", "manager"],
  ["senior", "senior"],
  ["junior", "junior"],
  ["entry", "junior"],
  ["graduate", "junior"],
  ["intern", "junior"],
  ["trainee", "junior"],
];
const levelWordSet = new Set(levelWords.map(([w]) => w));
const noise = new Set(["of", "and", "the", "for", "in", "at", "to", "a", "an", "level", "i", "ii", "iii", "iv", "president"]);

/** Lower-cases, strips punctuation and expands abbreviations into a list of words. */
function tokenize(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0);
  const out: string[] = [];
  for (const w of words) {
    const expanded = expansions[w];
    if (expanded) out.push(...expanded.split(" "));
    else out.push(w);
  }
  return out;
}

interface Phrase {
  readonly role: string;
  readonly tokens: readonly string[];
  readonly loose: boolean;
}

/** The highest confidence a loose title (see `Role.looseTitles`) can reach. */
const looseConfidence = 0.55;

const phraseCache = new WeakMap<Catalog, readonly Phrase[]>();

function phrasesOf(catalog: Catalog): readonly Phrase[] {
  let phrases = phraseCache.get(catalog);
  if (!phrases) {
    const list: Phrase[] = [];
    for (const role of catalog.roles) {
      for (const title of role.titles) list.push({ role: role.id, tokens: tokenize(title), loose: false });
    }
    for (const role of catalog.roles) {
      for (const title of role.looseTitles) list.push({ role: role.id, tokens: tokenize(title), loose: true });
    }
    phrases = list.filter((p) => p.tokens.length > 0);
    phraseCache.set(catalog, phrases);
  }
  return phrases;
}

/** The role a catalog prices a title as when the title has no word its fallback table knows. */
function otherwiseOf(catalog: Catalog): { role: string; note: string } {
  const table = catalog.model.titleFallbacks;
  if (table) return table.otherwise;
  const role = catalog.roles.find((r) => r.reference) ?? catalog.roles[0]!;
  return { role: role.id, note: "the catalog's first reference role; the catalog states no fallback" };
}

function roleName(catalog: Catalog, id: string): string {
  return catalog.roles.find((r) => r.id === id)?.name ?? id;
}

/**
 * The answer for a title no phrase matches: the role of the first fallback word found in it
 * (`model.titleFallbacks.words`, in table order), else the table's `otherwise`, flagged as a
 * fallback with low confidence and a reason naming the role and why.
 */
function fallbackOf(catalog: Catalog, title: string, tokens: readonly string[], present: ReadonlySet<string>, level: string | null): TitleMatch {
  for (const entry of catalog.model.titleFallbacks?.words ?? []) {
    if (!present.has(entry.word)) continue;
    const name = roleName(catalog, entry.role);
    const bare = tokens.every((t) => t === entry.word || levelWordSet.has(t) || noise.has(t));
    const reason = bare
      ? `"${title}"${tokens.length === 1 ? " alone" : ""} does not say which kind of role; priced as the likeliest, ${name} (${entry.note}), with low confidence and a wider range`
      : `no role matches "${title}"; "${entry.word}" points to ${name} (${entry.note}), priced with low confidence and a wider range`;
    return { role: entry.role, level, confidence: wordFallbackConfidence, fallback: true, reason };
  }
  const otherwise = otherwiseOf(catalog);
  const name = roleName(catalog, otherwise.role);
  const reason = `no role matches "${title}"; priced as ${name} (${otherwise.note}), with low confidence and a wider range`;
  return { role: otherwise.role, level, confidence: defaultFallbackConfidence, fallback: true, reason };
}

/**
 * Places a free-text job title on a catalog role. Every word of one of the role's known title
 * phrases (`role.titles`, then `role.looseTitles`) must appear in the title; the longest such
 * phrase wins (then one whose words stand together, then exact titles before loose ones). A loose title's confidence is
 * at most 0.55. Seniority words outside the phrase give a level hint.
 *
 * Every non-empty title gets an answer: one that matches no phrase — a bare "Engineer" or
 * "Analyst", or a title the catalog does not know — falls back to the role the catalog's
 * `model.titleFallbacks` gives for the first of its words found in the title (confidence 0.4),
 * else to the table's `otherwise` role (0.25), with `fallback: true` and a reason saying which
 * role and why. Only an empty title has `role: null`.
 *
 * @example
 * normalizeTitle("Sr. ML Engineer", catalog)
 * // → { role: "ml-engineer", level: "senior", confidence: 0.95 }
 * normalizeTitle("Engineer", catalog)
 * // → { role: "data-engineer", level: null, confidence: 0.4, fallback: true,
 * //     reason: '"Engineer" alone does not say which kind of role; priced as the likeliest, Data engineer (…), with low confidence and a wider range' }
 */
export function normalizeTitle(text: string, catalog: Catalog): TitleMatch {
  const tokens = tokenize(text);
  if (tokens.length === 0) return { role: null, level: null, confidence: 0, reason: "empty title" };
  const present = new Set(tokens);

  // Longest phrase first; among equally long ones, a phrase whose words stand together in the
  // title beats one whose words are scattered; then exact titles before loose ones (list order).
  const joined = ` ${tokens.join(" ")} `;
  let best: Phrase | undefined;
  let bestScore = 0;
  for (const phrase of phrasesOf(catalog)) {
    if (phrase.tokens.length * 2 + 1 <= bestScore) continue;
    if (!phrase.tokens.every((t) => present.has(t))) continue;
    const score = phrase.tokens.length * 2 + (joined.includes(` ${phrase.tokens.join(" ")} `) ? 1 : 0);
    if (score > bestScore) {
      best = phrase;
      bestScore = score;
    }
  }

  const used = new Set(best?.tokens ?? []);
  let level: string | null = null;
  for (const [word, id] of levelWords) {
    if (present.has(word) && !used.has(word)) {
      level = id;
      break;
    }
  }
  if (!best) return fallbackOf(catalog, text.trim(), tokens, present, level);

  const unexplained = tokens.filter((t) => !used.has(t) && !levelWordSet.has(t) && !noise.has(t));
  let confidence = Math.max(0.5, 0.95 - 0.1 * unexplained.length);
  const reasons: string[] = [];
  if (unexplained.length > 0) reasons.push(`unexplained words: ${unexplained.join(", ")}`);
  if (best.loose) {
    confidence = Math.min(confidence, looseConfidence);
    reasons.push(`a general title; ${best.role} is the closest role`);
  }
  return reasons.length === 0 ? { role: best.role, level, confidence } : { role: best.role, level, confidence, reason: reasons.join("; ") };
}
