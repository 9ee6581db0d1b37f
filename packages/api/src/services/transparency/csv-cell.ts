/**
 * Text as a spreadsheet will not run it: a cell starting with = + - @ or a tab or carriage return
 * gets a leading apostrophe (formula injection).
 *
 * @example
 * safeCell("=HYPERLINK(…)") // → "'=HYPERLINK(…)"
 */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A file-name-safe slug of a team's name.
 *
 * @example
 * slugOf("Applied AI") // → "applied-ai"
 */
export function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "team";
}
