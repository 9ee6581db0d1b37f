import { appRouter } from "@paypath/api";
import type { z } from "zod";

export type ProcedureType = "query" | "mutation";

/** One tRPC procedure as the suites see it: its dotted path, how it is called and its input schema. */
export interface ProcedureInfo {
  /** Dotted path, as in the URL `/trpc/<path>` (e.g. `profiles.save`). */
  readonly path: string;
  readonly type: ProcedureType;
  /** The zod schema of `.input(…)` (the first, if it has several), or undefined for a procedure without one. */
  readonly input: z.ZodType | undefined;
}

interface ProcedureDef {
  readonly type: string;
  readonly inputs: readonly unknown[];
}

/**
 * Every procedure of a tRPC router, by path, from the router's own definition: a procedure added
 * to `appRouter` shows up here (and so in every suite) without touching this package.
 *
 * @example
 * listProcedures().find((p) => p.path === "profiles.save") // → { path: "profiles.save", type: "mutation", input: ZodObject }
 */
export function listProcedures(router: { _def: object } = appRouter): ProcedureInfo[] {
  const procedures = (router._def as { procedures: Record<string, { _def: ProcedureDef }> }).procedures;
  return Object.entries(procedures)
    .map(([path, procedure]) => {
      const def = procedure._def;
      if (def.type !== "query" && def.type !== "mutation") throw new Error(`${path}: unsupported procedure type ${def.type}`);
      const type: ProcedureType = def.type;
      return { path, type, input: def.inputs[0] as z.ZodType | undefined };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
