import type { Catalog } from "@paypath/core";
import { useId, type ReactElement } from "react";
import { ui } from "../../components/ui";
import type { TargetChoice } from "./plan-target";

/** Where to go: one of the catalog's presets, or any role at a level (radio buttons). */
export function TargetPicker(props: { catalog: Catalog; value: TargetChoice; onChange: (value: TargetChoice) => void }): ReactElement {
  const { catalog, value, onChange } = props;
  const id = useId();
  const custom = value.kind === "custom" ? value : null;
  const roleOf = (roleId: string): string => catalog.roles.find((r) => r.id === roleId)?.name ?? roleId;
  const levels = [...catalog.levels].sort((a, b) => a.rank - b.rank);
  const radio = "mt-0.5 size-4 shrink-0 accent-indigo-600";
  const option = "flex min-w-0 cursor-pointer items-start gap-2 rounded-md border border-slate-200 p-2 text-sm has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50";

  return (
    <fieldset>
      <legend className={ui.h2}>Target</legend>
      <p className={ui.muted}>Choose a direction, or any role and level.</p>
      <div className="mt-2 grid grid-cols-1 gap-2" role="radiogroup" aria-label="Target">
        {catalog.planPresets.map((p) => (
          <label key={p.id} className={option}>
            <input
              type="radio"
              name={`${id}-target`}
              value={p.id}
              checked={value.kind === "preset" && value.preset === p.id}
              onChange={() => onChange({ kind: "preset", preset: p.id })}
              aria-describedby={`${id}-${p.id}-desc`}
              className={radio}
            />
            <span className="min-w-0">
              <span className="font-medium">{p.name}</span>
              <span id={`${id}-${p.id}-desc`} className="block text-slate-600 break-words">
                {roleOf(p.role)} · {p.description}
              </span>
            </span>
          </label>
        ))}
        <label className={option}>
          <input
            type="radio"
            name={`${id}-target`}
            value="custom"
            checked={custom !== null}
            onChange={() => onChange({ kind: "custom", role: catalog.roles[0]?.id ?? "", level: "next" })}
            className={radio}
          />
          <span className="font-medium">Another role and level</span>
        </label>
      </div>
      {custom && (
        <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-role`} className={ui.label}>
              Target role
            </label>
            <select id={`${id}-role`} value={custom.role} onChange={(e) => onChange({ ...custom, role: e.target.value })} className={ui.input}>
              {catalog.roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-level`} className={ui.label}>
              Target level
            </label>
            <select id={`${id}-level`} value={custom.level} onChange={(e) => onChange({ ...custom, level: e.target.value })} className={ui.input}>
              <option value="current">My current level</option>
              <option value="next">The next level</option>
              {levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </fieldset>
  );
}
