import { diffCatalogs, type CatalogChange } from "@paypath/core";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { requireVersion } from "./require-version.js";

/** Two versions as a diff names them. */
export interface DiffSide {
  readonly id: number;
  readonly version: string;
  readonly status: string;
}

/**
 * Compares two versions entity by entity and field by field (core's `diffCatalogs`): `toId`
 * against `fromId`, or against its parent when `fromId` is left out. Drafts are admins' only.
 *
 * @example
 * const { changes } = await diffCatalogVersions(ctx, { toId: draft.id });
 * // → [{ kind: "changed", section: "skills", id: "ai-security", field: "premium.value", before: 0.12, after: 0.18 }]
 */
export async function diffCatalogVersions(
  ctx: AuthedContext,
  params: { fromId?: number | undefined; toId: number },
): Promise<{ from: DiffSide; to: DiffSide; changes: CatalogChange[] }> {
  const to = await requireVersion(ctx, { id: params.toId });
  const fromId = params.fromId ?? to.parentId;
  if (fromId === null) throw new TRPCError({ code: "BAD_REQUEST", message: `fromId: version ${to.version} has no parent; choose a version to compare with` });
  const from = await requireVersion(ctx, { id: fromId });
  const side = (v: typeof to): DiffSide => ({ id: v.id, version: v.version, status: v.status });
  // The label always differs between two versions: leave it out of the field list.
  const changes = diffCatalogs(from.document, to.document).filter((c) => !(c.section === "catalog" && c.field === "version"));
  return { from: side(from), to: side(to), changes };
}
