/**
 * A copy of `value` without any `token` field, at any depth.
 *
 * @example
 * withoutTokens({ token: "abc", user: { id: "u1" } }) // → { user: { id: "u1" } }
 * withoutTokens([{ id: "s1", token: "abc" }]) // → [{ id: "s1" }]
 */
export function withoutTokens(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTokens);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "token").map(([key, v]) => [key, withoutTokens(v)]));
}

function isJson(response: Response): boolean {
  return response.headers.get("content-type")?.toLowerCase().startsWith("application/json") ?? false;
}

function withBody(response: Response, body: string): Response {
  const headers = new Headers(response.headers); // Set-Cookie headers stay separate
  headers.delete("content-length");
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * An answer of the auth library made fit for a browser:
 * - session tokens stay in the HttpOnly cookie: sign-in, sign-up, `get-session` and
 *   `list-sessions` also put them in the JSON body, where any script on the page could read them,
 *   so every `token` field is removed from a successful JSON answer;
 * - the library's refusal of an untrusted origin (a bare "Invalid origin") says what to do
 *   instead (`untrustedOrigin`, e.g. where to open PayPath).
 * Any other answer is returned as it is.
 *
 * @example
 * const response = await browserSafeAuthResponse(await auth.handler(request), "Open PayPath at http://localhost:3000.");
 */
export async function browserSafeAuthResponse(response: Response, untrustedOrigin: string): Promise<Response> {
  const ok = response.status >= 200 && response.status < 300;
  if (!isJson(response) || !(ok || response.status === 403)) return response;
  const text = await response.text();
  const body = parseJson(text);
  if (ok) return withBody(response, body === undefined ? text : JSON.stringify(withoutTokens(body)));
  const code = (body as { code?: unknown } | null | undefined)?.code;
  return withBody(response, code === "INVALID_ORIGIN" ? JSON.stringify({ code, message: untrustedOrigin }) : text);
}
