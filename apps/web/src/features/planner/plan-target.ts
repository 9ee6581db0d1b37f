import type { Catalog, PlanTargetInput } from "@paypath/core";

/** The target as the picker holds it: a catalog preset, or any role at a level. */
export type TargetChoice = { readonly kind: "preset"; readonly preset: string } | { readonly kind: "custom"; readonly role: string; readonly level: string };

/**
 * The picker's first choice: the catalog's first preset, else the first role at the next level.
 *
 * @example
 * initialTarget(catalog) // → { kind: "preset", preset: "ai-security" }
 */
export function initialTarget(catalog: Catalog): TargetChoice {
  const preset = catalog.planPresets[0];
  if (preset) return { kind: "preset", preset: preset.id };
  return { kind: "custom", role: catalog.roles[0]?.id ?? "", level: "next" };
}

/**
 * The planner's target for a choice.
 *
 * @example
 * toPlanTarget({ kind: "custom", role: "mlops-engineer", level: "next" }) // → { role: "mlops-engineer", level: "next" }
 */
export function toPlanTarget(choice: TargetChoice): PlanTargetInput {
  return choice.kind === "preset" ? { preset: choice.preset } : { role: choice.role, level: choice.level };
}

/**
 * The picker's choice for a saved target (requirements and emphasis of a custom target are not
 * shown by the picker and are dropped).
 *
 * @example
 * targetChoiceOf({ preset: "ai-security" }) // → { kind: "preset", preset: "ai-security" }
 */
export function targetChoiceOf(target: PlanTargetInput): TargetChoice {
  return "preset" in target ? { kind: "preset", preset: target.preset } : { kind: "custom", role: target.role, level: target.level ?? "current" };
}

/**
 * A short name for a target: the preset's name, or "Role, level".
 *
 * @example
 * targetName({ preset: "ai-security" }, catalog) // → "AI security"
 * targetName({ role: "mlops-engineer", level: "next" }, catalog) // → "MLOps engineer, next level"
 */
export function targetName(target: PlanTargetInput, catalog: Catalog): string {
  if ("preset" in target) return catalog.planPresets.find((p) => p.id === target.preset)?.name ?? target.preset;
  const role = catalog.roles.find((r) => r.id === target.role)?.name ?? target.role;
  const level = target.level ?? "current";
  const levelName = level === "next" ? "next level" : level === "current" ? "current level" : (catalog.levels.find((l) => l.id === level)?.name ?? level);
  return `${role}, ${levelName}`;
}
