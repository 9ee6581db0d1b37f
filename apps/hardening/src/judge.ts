import { errorOf, type ApiError, type ApiResponse } from "./api-client.js";
import type { InvalidCase } from "./invalid-inputs.js";

/**
 * Whether an error answer names `field` (dotted): an issue's path is the field, contains it or is
 * inside it (`content` for `content.line 3.base`), or is the field's tail (a nested profile's
 * `level` for `profile.level`), or a message mentions the field's last name. The input as a whole
 * (`""`) is named by any issue.
 *
 * @example
 * namesField({ message: "…", data: { issues: [{ path: "profile.level", message: "…" }] } }, "profile.level") // → true
 */
export function namesField(error: Pick<ApiError, "message" | "data">, field: string): boolean {
  const issues = error.data?.issues ?? [];
  if (field === "") return issues.length > 0 || error.message.length > 0;
  const last = field.split(".").at(-1)!;
  const mentions = (text: string): boolean => !/^\d+$/.test(last) && text.includes(last);
  return (
    issues.some(
      (i) =>
        i.path === field ||
        (i.path !== "" && (field.startsWith(`${i.path}.`) || i.path.startsWith(`${field}.`) || field.endsWith(`.${i.path}`))) ||
        mentions(i.message),
    ) || error.message.includes(field)
  );
}

/** True when a body shows a stack trace or source location. */
export function leaksStack(text: string): boolean {
  return /"stack"\s*:/.test(text) || /\bat .+\.(?:ts|js|mjs|cjs):\d+/.test(text);
}

/**
 * What is wrong with the server's answer to an invalid case, or null when it is right: never a
 * 5xx or a stack trace; a body past the procedure's limit 413, before it is parsed; a URL past the
 * server's limit 414 or 431 (or a 4xx naming the field); an id of no record 404 (or a 4xx naming
 * the field); anything else (a schema's refusal, an unknown catalog id, text the database cannot
 * store) a 4xx other than 401, 403 and 404 whose error names the field (for a broken file, the
 * field or the line of the problem).
 *
 * @example
 * judgeInvalidCase(c, response) // → null, or "answered 500"
 */
export function judgeInvalidCase(c: InvalidCase, response: ApiResponse): string | null {
  if (response.status >= 500) return `answered ${response.status}: ${response.text.slice(0, 200)}`;
  if (leaksStack(response.text)) return "the answer shows a stack trace";
  if (c.expect === "oversized") return response.status === 413 ? null : `answered ${response.status} to a body past the limit, not 413: ${response.text.slice(0, 200)}`;
  if (c.expect === "oversized-url" && [414, 431].includes(response.status)) return null;
  if (response.status < 400) return `accepted it (${response.status})`;
  if (c.expect === "unknown-record" && response.status === 404) return null;
  if ([401, 403, 404].includes(response.status)) return `answered ${response.status}`;
  const error = errorOf(response);
  if (!error) return `answered ${response.status} without a tRPC error: ${response.text.slice(0, 200)}`;
  const givesLine = c.file === true && (error.data?.issues ?? []).some((i) => /\bline \d+/.test(`${i.path} ${i.message}`));
  if (!givesLine && !c.fields.some((f) => namesField(error, f))) {
    return `answered ${response.status} without naming ${c.fields.join(" or ")}: ${JSON.stringify(error.data?.issues ?? error.message).slice(0, 300)}`;
  }
  return null;
}
