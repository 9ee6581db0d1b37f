import type { FieldIssue } from "./api-errors";

/** Field names by the key a path or form uses (`base` → "Base salary"). */
export type FieldLabels = Readonly<Record<string, string>>;

const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** A number as zod writes it in a bound (`0.5`, `1e-7`, `100000`), as a person reads it (years stay as they are). */
function readable(bound: string): string {
  const n = Number(bound);
  if (!Number.isFinite(n)) return bound;
  return Math.abs(n) < 10_000 ? String(n) : n.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

type Rule = readonly [RegExp, (label: string, match: RegExpMatchArray) => string];

/**
 * What zod 4's default messages, core's schema messages and the server's field messages say,
 * each in words that name the field. Order matters: the first rule that matches wins.
 */
const rules: readonly Rule[] = [
  [/^Too small: expected (?:number|bigint) to be >=\s*(\S+)$/, (l, m) => `${l} must be ${readable(m[1]!)} or more`],
  [/^Too small: expected (?:number|bigint) to be >\s*(\S+)$/, (l, m) => `${l} must be more than ${readable(m[1]!)}`],
  [/^Too big: expected (?:number|bigint) to be <=\s*(\S+)$/, (l, m) => `${l} must be ${readable(m[1]!)} or less`],
  [/^Too big: expected (?:number|bigint) to be <\s*(\S+)$/, (l, m) => `${l} must be less than ${readable(m[1]!)}`],
  [/^Too small: expected string to have >=\s*1 characters?$/, (l) => `${l} is required`],
  [/^Too small: expected string to have >=\s*(\d+) characters?$/, (l, m) => `${l} must be at least ${m[1]} characters`],
  [/^Too big: expected string to have <=\s*(\d+) characters?$/, (l, m) => `${l} must be at most ${m[1]} characters`],
  [/^Too small: expected array to have >=\s*(\d+) items?$/, (l, m) => `${l}: choose at least ${m[1]}`],
  [/^Too big: expected array to have <=\s*(\d+) items?$/, (l, m) => `${l}: choose at most ${m[1]}`],
  [/expected int\b|must be an integer|whole number/i, (l) => `${l} must be a whole number`],
  [/received undefined$|^Required\.?$/i, (l) => `${l} is required`],
  [/expected number|^Enter a number\.?$|Not a number/i, (l) => `${l} must be a number`],
  [/^Invalid option|^Invalid enum value/i, (l) => `${l}: choose one of the options`],
  [/^must not be negative$/, (l) => `${l} must be 0 or more`],
  [/^must be positive$/, (l) => `${l} must be more than 0`],
  [/^unknown [\w -]+ "(.*)"$/, (l, m) => `${l} "${m[1]}" is not one the catalog knows: choose one from the list`],
  [/^(must|is|cannot|should) /, (l, m) => `${l} ${m.input!}`],
  [/^Invalid (?:input|string|format)/i, (l) => `${l} is not valid`],
];

/**
 * A validation message (zod's, core's or the server's) as one sentence that names the field in a
 * person's words. A message that already speaks to a person is kept, prefixed by the field's name
 * unless it starts with it.
 *
 * @example
 * friendlyMessage("Base salary", "Too small: expected number to be >=0") // → "Base salary must be 0 or more."
 * friendlyMessage("Premium", "must not be negative") // → "Premium must be 0 or more."
 * friendlyMessage("Location", 'unknown location "xx"') // → 'Location "xx" is not one the catalog knows: choose one from the list.'
 */
export function friendlyMessage(label: string, message: string): string {
  const text = message.trim();
  for (const [pattern, write] of rules) {
    const match = text.match(pattern);
    if (match) return sentence(write(label, match));
  }
  if (text.toLowerCase().startsWith(label.toLowerCase())) return sentence(text);
  return sentence(`${label}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`);
}

/**
 * A field's name for a path such as `offers.0.offer.base` or `profile.location`: the label of the
 * first segment `labels` knows (last first: the most precise), else the last word-like segment
 * written as words ("remotePolicy" → "Remote policy").
 *
 * @example
 * labelOfPath("offers.0.offer.base", { base: "Base salary" }) // → "Base salary"
 * labelOfPath("document.skills.7.premium.value", {}) // → "Premium"
 */
export function labelOfPath(path: string, labels: FieldLabels): string {
  const parts = path.split(".").filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    if (labels[part] !== undefined) return labels[part];
  }
  // A figure's `value` is named by the figure ("skills.7.premium.value" → "Premium").
  const last = [...parts].reverse().find((p) => !/^\d+$/.test(p) && !p.startsWith("line ") && p !== "value") ?? "This field";
  const words = last.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The server's field issues as friendly messages keyed by the form's field each one names (the
 * first of `fields` in its path; `""` for none), several issues of one field joined.
 *
 * @example
 * friendlyIssuesByField([{ path: "profile.year", message: "Too small: expected number to be >=2020" }], ["year"], { year: "Year" })
 * // → { year: "Year must be 2020 or more." }
 */
export function friendlyIssuesByField(issues: readonly FieldIssue[], fields: readonly string[], labels: FieldLabels): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.split(".").find((p) => fields.includes(p)) ?? "";
    const text = issue.path === "" ? sentence(issue.message) : friendlyMessage(labelOfPath(issue.path, labels), issue.message);
    out[field] = out[field] ? `${out[field]} ${text}` : text;
  }
  return out;
}
