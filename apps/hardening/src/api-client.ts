import { listProcedures, type ProcedureType } from "./procedures.js";

/** One answer of the server, its body parsed as JSON when it is JSON. */
export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly body: unknown;
}

/** The error part of a tRPC error answer. */
export interface ApiError {
  readonly message: string;
  readonly code: number;
  readonly data: { readonly code: string; readonly httpStatus: number; readonly issues: readonly { path: string; message: string }[] | null };
}

/** Calls tRPC procedures over HTTP as one caller (a session cookie, or none for anonymous). */
export interface ApiClient {
  readonly baseUrl: string;
  readonly cookie: string | undefined;
  /** Calls `path` the way tRPC's client does: a query as GET `?input=`, a mutation as a POST body. */
  call(path: string, input: unknown): Promise<ApiResponse>;
  /** Sends an already encoded input (JSON text, possibly invalid) to `path`. */
  callEncoded(path: string, type: ProcedureType, encoded: string | undefined): Promise<ApiResponse>;
  /** The result of a call that must succeed; throws with the status and body otherwise. */
  data<T = unknown>(path: string, input?: unknown): Promise<T>;
}

const nonFinite = "__hardening_non_finite__";

/**
 * JSON text for a value, keeping non-finite numbers: `Infinity` becomes `1e999` and `-Infinity`
 * `-1e999`, which JSON parsers read back as ±Infinity (JSON itself has no way to say NaN, so NaN
 * is sent as `null`, as `JSON.stringify` does).
 *
 * @example
 * encodeJson({ base: Infinity }) // → '{"base":1e999}'
 */
export function encodeJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "number" && !Number.isNaN(v) && !Number.isFinite(v) ? `${nonFinite}${v > 0 ? "+" : "-"}` : v,
  );
  return text.replaceAll(`"${nonFinite}+"`, "1e999").replaceAll(`"${nonFinite}-"`, "-1e999");
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The `error` of a tRPC error answer, or undefined. */
export function errorOf(response: ApiResponse): ApiError | undefined {
  const body = response.body as { error?: ApiError } | undefined;
  return body && typeof body === "object" ? body.error : undefined;
}

let procedureTypes: Map<string, ProcedureType> | undefined;

/**
 * A client for the server at `baseUrl`. `origin` is sent on every request, as a browser on the
 * app's own page would (state-changing requests from another origin are refused).
 *
 * @example
 * const ada = createApiClient("http://127.0.0.1:4100", { cookie, origin: "http://paypath.localhost" });
 * const { id } = await ada.data<{ id: string }>("profiles.save", { name: "Now", profile });
 */
export function createApiClient(baseUrl: string, options: { cookie?: string | undefined; origin: string }): ApiClient {
  procedureTypes ??= new Map(listProcedures().map((p) => [p.path, p.type]));
  const types = procedureTypes;
  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({
    origin: options.origin,
    ...(options.cookie ? { cookie: options.cookie } : {}),
    ...extra,
  });

  const callEncoded = async (path: string, type: ProcedureType, encoded: string | undefined): Promise<ApiResponse> => {
    const response =
      type === "query"
        ? await fetch(`${baseUrl}/trpc/${path}${encoded === undefined ? "" : `?input=${encodeURIComponent(encoded)}`}`, { headers: headers() })
        : await fetch(`${baseUrl}/trpc/${path}`, {
            method: "POST",
            headers: headers({ "content-type": "application/json" }),
            ...(encoded === undefined ? {} : { body: encoded }),
          });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: parseBody(text) };
  };

  const call = (path: string, input: unknown): Promise<ApiResponse> => {
    const type = types.get(path);
    if (!type) throw new Error(`no procedure ${path}`);
    return callEncoded(path, type, input === undefined ? undefined : encodeJson(input));
  };

  return {
    baseUrl,
    cookie: options.cookie,
    call,
    callEncoded,
    async data<T>(path: string, input?: unknown): Promise<T> {
      const response = await call(path, input);
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${response.text.slice(0, 500)}`);
      return (response.body as { result: { data: T } }).result.data;
    },
  };
}
