import type { Context } from "../../context.js";

export interface PresetSummary {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly role: string;
  readonly level: string;
}

/**
 * The planner's target presets in the published catalog.
 *
 * @example
 * const { presets } = await listPresets(ctx); // → [{ id: "ai-security", name: "AI security", … }]
 */
export async function listPresets(
  ctx: Pick<Context, "catalogs">,
): Promise<{ catalogVersion: { id: number; version: string }; presets: PresetSummary[] }> {
  const { id, version, catalog } = await ctx.catalogs.published();
  const presets = catalog.planPresets.map((p) => ({ id: p.id, name: p.name, description: p.description, role: p.role, level: p.level }));
  return { catalogVersion: { id, version }, presets };
}
