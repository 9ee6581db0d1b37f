import { z } from "zod";
import { encodeJson } from "./api-client.js";

/**
 * How the server must refuse a case:
 * - `invalid`: the input schema rejects it (400 with an issue on the field);
 * - `unknown-id`: the schema accepts it but names a catalog id that does not exist (400 naming the field);
 * - `unstorable`: the schema accepts it but it holds text the database cannot store, U+0000 or an
 *   unpaired UTF-16 surrogate, in a value or a key (400 naming the field);
 * - `unknown-record`: an id of no record (404, or 400 naming the field);
 * - `oversized`: a body larger than the procedure's body limit (413, before it is parsed);
 * - `oversized-url`: a URL longer than the server takes (414 or 431; Node's header limit is not
 *   exact, so a 4xx naming the field too).
 */
export type Expectation = "invalid" | "unknown-id" | "unstorable" | "unknown-record" | "oversized" | "oversized-url";

/** One generated input that the server must refuse, and the field its answer must name. */
export interface InvalidCase {
  /** What was changed, for test output: `profile.level: wrong type (12345)`. */
  readonly label: string;
  /** The field changed, dotted (`""`: the input as a whole). */
  readonly field: string;
  /**
   * The answer must name one of these: the field changed, or a field the input schema itself
   * reports for this input (removing `isPublic` makes `exits` the wrong field).
   */
  readonly fields: readonly string[];
  /** A broken file: an issue giving the line of the problem (`line 3: …`, `content.line 3`) names it too. */
  readonly file?: boolean;
  /** The input as sent; numbers may be ±Infinity (sent as ±1e999). */
  readonly input: unknown;
  readonly expect: Expectation;
}

/** What the generator knows besides the schema. */
export interface InvalidInputOptions {
  /** Ids of the published catalog: a valid field holding one is replaced by an unknown id. */
  readonly catalogIds: ReadonlySet<string>;
  /** Ids of records (users, teams, profiles, catalog versions…), as strings: a field holding one is replaced by an id of nothing. */
  readonly recordIds: ReadonlySet<string>;
  /** Queries travel in the URL, mutations in the body: sets what counts as oversized. */
  readonly type: "query" | "mutation";
  /** Length of the "huge string" cases (default 100,000 characters; 6,000 for queries, which travel in the URL). */
  readonly hugeString?: number;
  /**
   * Longest URL the server takes and largest body it takes for this procedure (defaults: 12,000
   * characters and 2 MiB). A mutation also gets one case just past the body limit.
   */
  readonly maxUrlLength?: number;
  readonly maxBodyBytes?: number;
  /**
   * At most this many cases (default 200): changes two levels deep or less are all kept, deeper
   * ones are sampled evenly (a whole catalog document has thousands of fields).
   */
  readonly maxCases?: number;
}

type Json = { [key: string]: unknown };
type Path = readonly (string | number)[];

interface Candidate {
  readonly path: Path;
  /** The field the answer must name, when it is not `path` (extra keys). */
  readonly field?: Path;
  readonly what: string;
  readonly value?: unknown;
  /** Delete the key at `path` instead of setting a value. */
  readonly remove?: boolean;
  /** Set the key at `path` as an own property even when it is `__proto__`. */
  readonly ownKey?: boolean;
  /** The value is built when the case is, from the body limit (a string just past it). */
  readonly pastBodyLimit?: boolean;
  readonly expect: "invalid" | "unknown-id" | "unstorable" | "unknown-record";
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A well-formed version 4 UUID that no record has. */
export const unknownUuid = "00000000-0000-4000-8000-00000000dead";
const badFormat = "Not valid! <\u0000>";

/**
 * Nesting of the "deeply nested" cases: far past any schema, within what the client's JSON
 * encoder (recursive, with a replacer) takes and what fits in a URL.
 */
const deepNesting = 1_000;

/** `depth` arrays, one inside the other: `[[[…]]]`. */
function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

/** `text` with `insert` in its middle (never inside a surrogate pair), or between "a" and "b" when there is no text. */
function withInside(text: unknown, insert: string): string {
  const into = typeof text === "string" && text.length > 0 ? text : "ab";
  let middle = Math.floor(into.length / 2);
  const before = into.charCodeAt(middle - 1);
  if (before >= 0xd800 && before <= 0xdbff) middle++;
  return `${into.slice(0, middle)}${insert}${into.slice(middle)}`;
}

/** A copy of `root` with the value at `path` replaced (or deleted), creating objects on the way. */
function withValue(root: unknown, path: Path, change: { value?: unknown; remove?: boolean; ownKey?: boolean }): unknown {
  if (path.length === 0) return change.value;
  const [head, ...rest] = path;
  const container: unknown = root ?? (typeof head === "number" ? [] : {});
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[head as number] = withValue(copy[head as number], rest, change);
    return copy;
  }
  if (typeof container !== "object" || container === null) return container;
  const copy: Json = { ...(container as Json) };
  if (rest.length === 0 && change.remove) delete copy[head as string];
  // An own `__proto__` key, as JSON.parse makes one (assignment would set the prototype).
  else if (change.ownKey) Object.defineProperty(copy, head as string, { value: withValue(copy[head as string], rest, change), enumerable: true, writable: true, configurable: true });
  else copy[head as string] = withValue(copy[head as string], rest, change);
  return copy;
}

function typesOf(node: Json): string[] {
  if (typeof node.type === "string") return [node.type];
  if (Array.isArray(node.type)) return node.type as string[];
  if (node.const !== undefined || Array.isArray(node.enum)) {
    const values = (node.const !== undefined ? [node.const] : (node.enum as unknown[])) as unknown[];
    return [...new Set(values.map((v) => (v === null ? "null" : typeof v)))];
  }
  return [];
}

function jsonTypeOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** The union branch that `value` most plausibly took. */
function branchFor(branches: Json[], value: unknown): Json | undefined {
  const type = jsonTypeOf(value);
  return branches.find((branch) => {
    const types = typesOf(branch);
    if (types.length > 0 && type !== undefined && !types.includes(type) && !(type === "integer" && types.includes("number"))) return false;
    if (branch.const !== undefined) return branch.const === value;
    if (Array.isArray(branch.enum)) return (branch.enum as unknown[]).includes(value);
    if (type === "object" && branch.properties) {
      const properties = branch.properties as Json;
      const required = (branch.required as string[] | undefined) ?? [];
      const keys = Object.keys(value as Json);
      if (!required.every((k) => keys.includes(k))) return false;
      if (branch.additionalProperties === false && !keys.every((k) => k in properties)) return false;
      return Object.entries(properties).every(([k, p]) => {
        const sub = (value as Json)[k];
        const c = (p as Json).const;
        return sub === undefined || c === undefined || c === sub;
      });
    }
    return true;
  });
}

/** Values of another JSON type than `types` (or than the value's own type, when the schema does not say). */
function alienValues(types: readonly string[]): { what: string; value: unknown }[] {
  const all = [
    { type: "string", what: "wrong type (string)", value: "12" },
    { type: "number", what: "wrong type (number)", value: 12345 },
    { type: "boolean", what: "wrong type (boolean)", value: true },
    { type: "array", what: "wrong type (array)", value: [] },
    { type: "object", what: "wrong type (object)", value: {} },
    { type: "null", what: "null", value: null },
  ];
  const own = new Set(types.flatMap((t) => (t === "integer" ? ["number"] : [t])));
  // Two or three aliens per field keep the case count proportional to the schema.
  const preferred: Record<string, string[]> = {
    string: ["number", "null"],
    number: ["string", "null"],
    boolean: ["string"],
    array: ["object", "string"],
    object: ["string", "array", "null"],
  };
  const picks = types.length === 0 ? ["string", "null"] : [...new Set(types.flatMap((t) => preferred[t === "integer" ? "number" : t] ?? []))];
  return all.filter((a) => picks.includes(a.type) && !own.has(a.type)).map(({ what, value }) => ({ what, value }));
}

/**
 * Walks a JSON-schema node together with the valid value at the same place and proposes changes
 * that break it: wrong types, missing and extra fields (also an own `__proto__` and a key holding
 * U+0000), strings and arrays past their limits, strings holding U+0000 or an unpaired surrogate,
 * a string just past the body limit, deeply nested arrays, numbers out of range, fractional,
 * negative and non-finite, formats and choices that do not match, and unknown ids. Where the
 * schema says nothing (a custom zod check), the value's own shape drives the changes; the caller
 * keeps only those the real schema rejects, or that it must refuse anyway (unknown ids,
 * unstorable text).
 */
function propose(node: Json, value: unknown, path: Path, options: InvalidInputOptions, out: Candidate[], depth: number): void {
  if (depth > 12) return;
  const add = (c: Omit<Candidate, "path"> & { path?: Path }): void => void out.push({ path, ...c });
  const present = value !== undefined;
  const branches = (node.anyOf ?? node.oneOf) as Json[] | undefined;
  if (branches) {
    for (const alien of alienValues([...new Set(branches.flatMap(typesOf))])) add({ ...alien, expect: "invalid" });
    const branch = present ? branchFor(branches, value) : undefined;
    if (branch) propose(branch, value, path, options, out, depth + 1);
    return;
  }
  if (Array.isArray(node.allOf)) {
    for (const part of node.allOf as Json[]) propose(part, value, path, options, out, depth + 1);
    return;
  }

  const declared = typesOf(node);
  const types = declared.length > 0 ? declared : present ? [jsonTypeOf(value)!] : [];
  for (const alien of alienValues(types)) add({ ...alien, expect: "invalid" });
  // Odd JSON, for the input and its top-level fields: nesting no schema expects.
  if (path.length <= 1 && !types.includes("array")) {
    add({ what: `deeply nested (${deepNesting})`, value: nestedArrays(deepNesting), expect: "invalid" });
  }
  if (node.const !== undefined || Array.isArray(node.enum)) {
    add({ what: "not one of the choices", value: "not-a-choice", expect: "invalid" });
    return;
  }

  const huge = options.hugeString ?? (options.type === "query" ? 6_000 : 100_000);
  if (types.includes("string")) {
    const maxLength = node.maxLength as number | undefined;
    const minLength = node.minLength as number | undefined;
    if (maxLength !== undefined) add({ what: `longer than ${maxLength}`, value: "x".repeat(maxLength + 1), expect: "invalid" });
    if (maxLength === undefined || maxLength < huge) add({ what: `huge string (${huge})`, value: "x".repeat(huge), expect: "invalid" });
    if (minLength !== undefined && minLength > 0) add({ what: "empty", value: "", expect: "invalid" });
    if (node.pattern !== undefined || node.format !== undefined) add({ what: "bad format", value: badFormat, expect: "invalid" });
    // Text the database cannot store, inside an otherwise valid value.
    add({ what: "U+0000 inside", value: withInside(value, "\u0000"), expect: "unstorable" });
    add({ what: "unpaired high surrogate inside", value: withInside(value, "\ud800"), expect: "unstorable" });
    add({ what: "unpaired low surrogate at the end", value: `${typeof value === "string" ? value : "a"}\udfff`, expect: "unstorable" });
    if (options.type === "mutation" && path.length === 1) add({ what: "past the body limit", pastBodyLimit: true, expect: "invalid" });
    // A catalog id under a key `id` defines the id (a catalog document's entry), it does not refer to one.
    if (typeof value === "string" && options.catalogIds.has(value) && path.at(-1) !== "id") {
      add({ what: "unknown id", value: `no-such-${String(path.at(-1) ?? "id")}`.toLowerCase().replace(/[^a-z0-9-]/g, "-"), expect: "unknown-id" });
      add({ what: `unknown id, huge (${huge})`, value: "x".repeat(huge), expect: "unknown-id" });
    }
    if (typeof value === "string" && options.recordIds.has(value)) {
      add({ what: "id of no record", value: uuidPattern.test(value) ? unknownUuid : "no-such-record", expect: "unknown-record" });
    }
  }
  if (types.includes("number") || types.includes("integer")) {
    const minimum = (node.minimum ?? node.exclusiveMinimum) as number | undefined;
    const maximum = (node.maximum ?? node.exclusiveMaximum) as number | undefined;
    if (minimum === undefined || minimum >= 0) add({ what: "negative", value: -1, expect: "invalid" });
    if (minimum !== undefined && minimum > Number.MIN_SAFE_INTEGER) add({ what: `below ${minimum}`, value: minimum - 1, expect: "invalid" });
    if (maximum !== undefined && maximum < Number.MAX_SAFE_INTEGER) add({ what: `above ${maximum}`, value: maximum + 1, expect: "invalid" });
    add({ what: "huge number", value: 1e308, expect: "invalid" });
    if (types.includes("integer") && !types.includes("number")) add({ what: "fractional", value: (typeof value === "number" ? value : minimum ?? 1) + 0.5, expect: "invalid" });
    if (typeof value === "number" && /^id$|Id$/.test(String(path.at(-1))) && options.recordIds.has(String(value))) {
      add({ what: "id of no record", value: 2_000_000_000, expect: "unknown-record" });
    }
    add({ what: "Infinity", value: Infinity, expect: "invalid" });
    add({ what: "-Infinity", value: -Infinity, expect: "invalid" });
  }
  if (types.includes("array")) {
    const items = Array.isArray(value) ? value : [];
    const maxItems = node.maxItems as number | undefined;
    const minItems = node.minItems as number | undefined;
    if (maxItems !== undefined && items.length > 0) {
      add({ what: `more than ${maxItems} items`, value: Array.from({ length: maxItems + 1 }, (_, i) => items[i % items.length]), expect: "invalid" });
    }
    if (minItems !== undefined && minItems > 0) add({ what: "empty array", value: [], expect: "invalid" });
    const itemNode = (Array.isArray(node.items) ? node.items[0] : node.items) as Json | undefined;
    if (items.length > 0) propose(itemNode ?? {}, items[0], [...path, 0], options, out, depth + 1);
  }
  if (types.includes("object")) {
    const object = value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined;
    const properties = (node.properties as Json | undefined) ?? {};
    add({ path: [...path, "unexpected"], field: [...path, "unexpected"], what: "extra field", value: 1, expect: "invalid" });
    add({ path: [...path, "bad\u0000key"], field: [...path, "bad\u0000key"], what: "extra field named with U+0000", value: 1, expect: "unstorable" });
    add({ path: [...path, "__proto__"], field: [...path, "__proto__"], what: "extra field __proto__", value: { role: "admin" }, ownKey: true, expect: "invalid" });
    if (object) {
      for (const key of Object.keys(object)) add({ path: [...path, key], what: "missing", remove: true, expect: "invalid" });
    }
    const keys = new Set([...Object.keys(properties), ...Object.keys(object ?? {})]);
    for (const key of keys) {
      const sub = object?.[key];
      // Fields the valid input leaves out are broken one level down only, to keep the cases bounded.
      if (sub === undefined && !present) continue;
      propose((properties[key] as Json | undefined) ?? {}, sub, [...path, key], options, out, depth + 1);
    }
  }
}

/**
 * The JSON schema of a zod input schema, as a caller writes the input (defaults not applied);
 * custom checks zod cannot express become `{}` (anything). `{}` when the export fails.
 *
 * @example
 * inputSchemaJson(z.object({ id: z.uuid() }).strict()) // → { type: "object", properties: { id: { type: "string", format: "uuid", … } }, … }
 */
export function inputSchemaJson(schema: z.ZodType): Json {
  try {
    return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  } catch {
    return {};
  }
}

/** The paths the schema reports for `input` (null: it accepts the input). */
function issuePaths(schema: z.ZodType, input: unknown): string[] | null {
  try {
    const result = schema.safeParse(input);
    return result.success ? null : result.error.issues.map((i) => i.path.map(String).join("."));
  } catch {
    return []; // a schema that throws is refused as bad input by tRPC too
  }
}

/** All of `items` when they fit in `max`, else the first `keep` and an even sample of the rest. */
function sample<T>(items: readonly T[], max: number, keep: (item: T) => boolean): T[] {
  if (items.length <= max) return [...items];
  const kept = items.filter(keep);
  const rest = items.filter((i) => !keep(i));
  const room = Math.max(0, max - kept.length);
  const step = rest.length / Math.max(1, room);
  const picked = Array.from({ length: Math.min(room, rest.length) }, (_, i) => rest[Math.floor(i * step)]!);
  return [...kept, ...picked];
}

/**
 * Invalid inputs for a procedure, derived from its zod input schema (through zod's JSON-schema
 * export) and one valid input `base`: each case changes one field. Only cases that are certainly
 * refused are kept: the schema itself rejects them, or they swap a catalog id for an unknown one
 * or a record id for an id of nothing. Duplicates are dropped; the order is stable.
 *
 * @example
 * invalidInputs(DeleteProfileInputSchema, { id }, { catalogIds, recordIds: new Set([id]), type: "mutation" })
 * // → [{ label: "id: wrong type (number)", field: "id", fields: ["id"], input: { id: 12345 }, expect: "invalid" }, …]
 */
export function invalidInputs(schema: z.ZodType, base: unknown, options: InvalidInputOptions): InvalidCase[] {
  const candidates: Candidate[] = [];
  propose(inputSchemaJson(schema), base, [], options, candidates, 0);
  const maxUrl = options.maxUrlLength ?? 12_000;
  const maxBody = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const seen = new Set<string>();
  const cases: (InvalidCase & { depth: number })[] = [];
  // One case past the body limit per procedure is enough (it may be 16 MiB).
  const pastLimit = candidates.find((c) => c.pastBodyLimit);
  for (const c of candidates.filter((c) => !c.pastBodyLimit || c === pastLimit)) {
    const value = c.pastBodyLimit ? "x".repeat(maxBody + 1) : c.value;
    const input = withValue(base, c.path, { value, remove: c.remove ?? false, ownKey: c.ownKey ?? false });
    const encoded = encodeJson(input);
    // Keys of the big cases would hold megabytes: they are unique anyway.
    const key = encoded.length > 100_000 ? `${c.path.join(".")}:${c.what}` : encoded;
    if (seen.has(key)) continue;
    const size = options.type === "query" ? encodeURIComponent(encoded).length + 200 : Buffer.byteLength(encoded);
    const oversized = size > (options.type === "query" ? maxUrl : maxBody);
    // A body past the limit must be refused before it is parsed, whatever the schema says of it.
    const reported = oversized && options.type === "mutation" ? [] : issuePaths(schema, input);
    if (c.expect === "invalid" && reported === null) continue;
    const expect: Expectation = oversized ? (options.type === "query" ? "oversized-url" : "oversized") : reported ? "invalid" : c.expect;
    seen.add(key);
    const field = (c.field ?? c.path).join(".");
    const fields = [field, ...(reported ?? []).filter((p) => p !== field)];
    cases.push({ label: `${field || "(input)"}: ${c.what}`, field, fields, input, expect, depth: c.path.length });
  }
  return sample(cases, options.maxCases ?? 200, (c) => c.depth <= 2).map(({ depth: _depth, ...c }) => c);
}

/**
 * Every catalog id in a catalog document (the `id` of every entry, at any depth).
 *
 * @example
 * collectIds(defaultCatalog).has("ml-engineer") // → true
 */
export function collectIds(document: unknown): Set<string> {
  const ids = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "id" && typeof value === "string") ids.add(value);
        else visit(value);
      }
    }
  };
  visit(document);
  return ids;
}
