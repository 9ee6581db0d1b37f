import type { z } from "zod";
import { inputSchemaJson } from "./invalid-inputs.js";

type Json = { [key: string]: unknown };

/** A field of an input that takes record ids (UUIDs): one, or a list of `min` to `max`. */
export interface IdField {
  readonly path: readonly string[];
  readonly list?: { readonly min: number; readonly max: number };
}

function isUuid(node: Json | undefined): boolean {
  return node?.type === "string" && node.format === "uuid";
}

/**
 * The fields of a procedure's input that take record ids, found in its input schema (UUID
 * strings, and arrays of them), at any depth of plain objects.
 *
 * @example
 * idFields(CompareOffersInputSchema) // → [{ path: ["ids"], list: { min: 2, max: 4 } }]
 */
export function idFields(schema: z.ZodType): IdField[] {
  const found: IdField[] = [];
  const visit = (node: Json, path: string[]): void => {
    for (const [key, value] of Object.entries((node.properties as Json | undefined) ?? {})) {
      const child = value as Json;
      if (isUuid(child)) found.push({ path: [...path, key] });
      else if (child.type === "array" && isUuid(child.items as Json | undefined)) {
        found.push({ path: [...path, key], list: { min: (child.minItems as number | undefined) ?? 1, max: (child.maxItems as number | undefined) ?? 4 } });
      } else if (child.type === "object") visit(child, [...path, key]);
    }
  };
  visit(inputSchemaJson(schema), []);
  return found;
}

/**
 * Inputs that point `field` at `ids` (a list field takes as many as it allows), starting from a
 * valid input: once as is, and once with the optional top-level fields left out (so that an
 * alternative such as offers given inline does not stand in the way of ids).
 *
 * @example
 * inputsWithIds({ profile, offers }, { path: ["ids"], list: { min: 2, max: 4 } }, [a, b], ["profile"])
 * // → [{ profile, offers, ids: [a, b] }, { profile, ids: [a, b] }]
 */
export function inputsWithIds(base: unknown, field: IdField, ids: readonly string[], required: readonly string[]): unknown[] {
  const value = field.list ? ids.slice(0, field.list.max) : ids[0];
  if (field.list && ids.length < field.list.min) return [];
  const set = (root: unknown, path: readonly string[]): unknown => {
    const [head, ...rest] = path;
    const object = root !== null && typeof root === "object" ? (root as Json) : {};
    return { ...object, [head!]: rest.length === 0 ? value : set(object[head!], rest) };
  };
  const withIds = set(base, field.path) as Json;
  const trimmed = Object.fromEntries(Object.entries(withIds).filter(([key]) => required.includes(key) || key === field.path[0]));
  return JSON.stringify(trimmed) === JSON.stringify(withIds) ? [withIds] : [withIds, trimmed];
}

/**
 * The required top-level fields of a procedure's input.
 *
 * @example
 * requiredFields(CompareOffersInputSchema) // → ["profile"]
 */
export function requiredFields(schema: z.ZodType): string[] {
  return ((inputSchemaJson(schema).required as string[] | undefined) ?? []).slice();
}
