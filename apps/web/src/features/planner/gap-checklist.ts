import type { Catalog, GapAnalysis, MissingRequirement, RequirementOrigin } from "@paypath/core";
import { formatMoney, formatPercent } from "../../lib/format";

/** One line of the checklist: done when the profile already has it. */
export interface ChecklistItem {
  readonly key: string;
  readonly label: string;
  readonly detail: string;
  readonly done: boolean;
}

/** A group of the checklist, with what to say when it has no items. */
export interface ChecklistSection {
  readonly key: "move" | "required" | "prerequisites" | "transferable" | "premium";
  readonly title: string;
  readonly empty: string;
  readonly items: readonly ChecklistItem[];
}

const origins: Record<RequirementOrigin, string> = {
  role: "required by the target role",
  level: "required at the target level",
  preset: "required by the target",
  include: "you asked to include it",
  promotion: "needed for a promotion",
};

/**
 * The gap between a profile and a target as a checklist: the role and level moves, the required
 * skills not held, their prerequisites, the skills held that transfer, and the premium skills
 * worth adding (with what each adds to total p50 today).
 *
 * @example
 * gapChecklist(plan.gap, catalog).map((s) => [s.key, s.items.length])
 * // → [["move", 1], ["required", 2], ["prerequisites", 3], ["transferable", 0], ["premium", 3]]
 */
export function gapChecklist(gap: GapAnalysis, catalog: Catalog, money: (amountInBase: number) => string = (n) => formatMoney(n, catalog.baseCurrency)): ChecklistSection[] {
  const skill = (id: string): string => catalog.skills.find((s) => s.id === id)?.name ?? id;
  const role = (id: string): string => catalog.roles.find((r) => r.id === id)?.name ?? id;
  const level = (id: string): string => catalog.levels.find((l) => l.id === id)?.name ?? id;
  const list = (ids: readonly string[], joiner: string): string => ids.map(skill).join(joiner);

  const move: ChecklistItem[] = [
    gap.role.changes
      ? { key: "role", label: `Change role: ${role(gap.role.from)} → ${role(gap.role.to)}`, detail: "once the role's required skills are held", done: false }
      : { key: "role", label: `Role: ${role(gap.role.to)}`, detail: "you are already in the target role", done: true },
  ];
  if (gap.level.promotions.length === 0) {
    move.push({ key: "level", label: `Level: ${level(gap.level.from)}`, detail: "at or above the target level", done: true });
  } else {
    for (const p of gap.level.promotions) {
      const needs = p.requires.map((alts) => list(alts, " or ")).join("; ");
      const parts = [`${p.months} months in level`, needs && `needs ${needs}`, p.scope].filter(Boolean);
      move.push({ key: `promotion-${p.from}-${p.to}`, label: `Promotion: ${level(p.from)} → ${level(p.to)}`, detail: parts.join(" · "), done: false });
    }
  }

  const required = gap.missingRequired.map((r: MissingRequirement, i): ChecklistItem => ({
    key: `required-${i}-${r.skills.join("+")}`,
    label: r.anyOf && r.skills.length > 1 ? `One of: ${list(r.skills, ", ")}` : list(r.skills, ", "),
    detail: origins[r.origin],
    done: false,
  }));

  return [
    { key: "move", title: "Role and level", empty: "", items: move },
    { key: "required", title: "Required skills to learn", empty: "You hold every skill the target requires.", items: required },
    {
      key: "prerequisites",
      title: "Prerequisites to learn first",
      empty: "No prerequisites missing.",
      items: gap.missingPrerequisites.map((id) => ({ key: `prereq-${id}`, label: skill(id), detail: "a prerequisite of a required skill", done: false })),
    },
    {
      key: "transferable",
      title: "Skills you have that transfer",
      empty: "None of your skills carries a premium in the target role yet.",
      items: gap.transferable.map((t) => ({
        key: `transfer-${t.skill}`,
        label: skill(t.skill),
        detail: `relevance ${formatPercent(t.relevance, 0)} · ${formatPercent(t.premium)} on base`,
        done: true,
      })),
    },
    {
      key: "premium",
      title: "Premium skills worth adding",
      empty: "No further premium skills for this target.",
      items: gap.premium.map((p) => ({
        key: `premium-${p.skill}`,
        label: skill(p.skill),
        detail: `+${money(p.gain)} a year today (${formatPercent(p.premium)} on base)${p.emphasised ? " · emphasised by the target" : ""}`,
        done: false,
      })),
    },
  ];
}
