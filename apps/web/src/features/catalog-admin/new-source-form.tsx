import { SourceSchema, type Catalog, type Source } from "@paypath/core";
import { useId, useState, type FormEvent, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { friendlyMessage } from "../../lib/messages";

type Values = Record<"id" | "kind" | "title" | "citation" | "method" | "reliability", string>;

const labels: Record<keyof Values, string> = { id: "Source id", kind: "Kind", title: "Title", citation: "Citation", method: "Method", reliability: "Reliability" };

const empty: Values = { id: "", kind: "judgement", title: "", citation: "", method: "", reliability: "0.5" };

/**
 * A form that adds a source entry to the draft (validated by core's `SourceSchema`, the id not in
 * use), for the figure the admin was editing.
 */
export function NewSourceForm(props: { catalog: Catalog; figureLabel: string; onAdd: (source: Source) => void; onCancel: () => void }): ReactElement {
  const id = useId();
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = SourceSchema.safeParse({ ...values, reliability: values.reliability.trim() === "" ? Number.NaN : Number(values.reliability) });
    const next: Partial<Record<keyof Values, string>> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]) as keyof Values;
        next[key] ??= friendlyMessage(labels[key] ?? "This field", issue.message);
      }
    }
    if (props.catalog.sources.some((s) => s.id === values.id)) next.id = "This id is already in use.";
    setErrors(next);
    if (parsed.success && Object.keys(next).length === 0) props.onAdd(parsed.data);
  }

  const field = (key: keyof Values, label: string, hint?: string): ReactElement => (
    <div>
      <label htmlFor={`${id}-${key}`} className={ui.label}>
        {label}
        {hint && <span className="font-normal text-slate-500"> ({hint})</span>}
      </label>
      {key === "kind" ? (
        <select id={`${id}-${key}`} className={ui.input} value={values.kind} onChange={(e) => setValues({ ...values, kind: e.target.value })}>
          <option value="published">published</option>
          <option value="fitted">fitted</option>
          <option value="judgement">judgement</option>
        </select>
      ) : (
        <input
          id={`${id}-${key}`}
          className={ui.input}
          value={values[key]}
          inputMode={key === "reliability" ? "decimal" : undefined}
          onChange={(e) => setValues({ ...values, [key]: e.target.value })}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        />
      )}
      {errors[key] && (
        <p id={`${id}-${key}-error`} className={ui.error} role="alert">
          {errors[key]}
        </p>
      )}
    </div>
  );

  return (
    <form className="rounded-md border border-indigo-200 bg-indigo-50/50 p-3" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="font-semibold">
        New source for {props.figureLabel}
      </h3>
      <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
        {field("id", labels.id, "lower-case, dashes")}
        {field("kind", labels.kind)}
        {field("title", labels.title)}
        {field("citation", labels.citation)}
        {field("method", labels.method)}
        {field("reliability", labels.reliability, "0–1")}
      </div>
      <div className="mt-3 flex gap-2">
        <button type="submit" className={ui.button}>
          Add source
        </button>
        <button type="button" className={ui.buttonSecondary} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
