import type { Catalog, GapAnalysis } from "@paypath/core";
import { useId, useMemo, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { gapChecklist } from "./gap-checklist";

/** The gap between today and the target as a checklist: done items ticked, to-dos open. */
export function GapList({ gap, catalog, money }: { gap: GapAnalysis; catalog: Catalog; money: (amountInBase: number) => string }): ReactElement {
  const id = useId();
  const sections = useMemo(() => gapChecklist(gap, catalog, money), [gap, catalog, money]);
  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`} data-testid="gap">
      <h2 id={`${id}-heading`} className={ui.h2}>
        What separates you from the target
      </h2>
      <div className="mt-2 grid grid-cols-1 gap-4 md:grid-cols-2">
        {sections.map((s) => (
          <div key={s.key} className="min-w-0">
            <h3 id={`${id}-${s.key}`} className="text-sm font-semibold text-slate-800">
              {s.title}
            </h3>
            {s.items.length === 0 ? (
              <p className={`${ui.muted} mt-1`}>{s.empty}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm" aria-labelledby={`${id}-${s.key}`}>
                {s.items.map((item) => (
                  <li key={item.key} className="flex min-w-0 items-start gap-2">
                    <span
                      aria-hidden="true"
                      className={`mt-0.5 inline-flex size-4 shrink-0 items-center justify-center rounded border text-[10px] leading-none ${
                        item.done ? "border-emerald-600 bg-emerald-600 text-white" : "border-slate-400 bg-white"
                      }`}
                    >
                      {item.done ? "✓" : ""}
                    </span>
                    <span className="min-w-0 break-words">
                      <span className="sr-only">{item.done ? "Done: " : "To do: "}</span>
                      <span className="font-medium">{item.label}</span>
                      {item.detail && <span className="block text-slate-600">{item.detail}</span>}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
