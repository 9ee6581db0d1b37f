import { IdSchema, type Catalog } from "@paypath/core";
import { useId, useState, type FormEvent, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { BooleanCell, FigureCell, ListCell, NumberCell, SelectCell, TextCell } from "./cells";
import { issuesAt, type DraftIssue } from "./draft-work";
import { cellPath, getIn, rowKeys, type Column, type SectionSpec } from "./sections";

/** What a table asks the editor to do. */
export interface TableActions {
  readonly onFigureValue: (row: number, path: readonly string[], value: number | string | undefined) => void;
  readonly onFigureSource: (row: number, path: readonly string[], source: string) => void;
  readonly onNewSource: (row: number, path: readonly string[]) => void;
  readonly onField: (row: number, path: readonly string[], value: unknown) => void;
  readonly onAdd: (key: string) => void;
  readonly onRemove: (row: number) => void;
}

function rowName(entity: Record<string, unknown>, key: string): string {
  return typeof entity.name === "string" && entity.name.trim() !== "" ? entity.name : key;
}

/** The key of a new row: an id (lower-case letters, digits, dashes) or a year, not in use. */
function keyProblem(spec: SectionSpec, catalog: Catalog, key: string): string | null {
  if (spec.table === "marketIndex") {
    if (!/^\d{4}$/.test(key)) return "Enter a year such as 2026.";
  } else if (!IdSchema.safeParse(key).success) return "Use lower-case letters, digits and dashes.";
  return rowKeys(catalog, spec).includes(key) ? "This key is already in use." : null;
}

/**
 * One section of the catalog as an editable table: a row per entity, a cell per column, each
 * cell's problems under it. Wide tables scroll sideways inside their card on a phone.
 */
export function SectionTable(props: {
  spec: SectionSpec;
  catalog: Catalog;
  issues: readonly DraftIssue[];
  actions: TableActions;
  /** A changed figure that still cites its saved source: the value before and that source. */
  sourceReminder?: (row: number, path: readonly string[]) => { before: unknown; source: string } | null;
}): ReactElement {
  const { spec, catalog, actions } = props;
  const id = useId();
  const entities = catalog[spec.table] as unknown as Record<string, unknown>[];
  const keys = rowKeys(catalog, spec);
  const [newKey, setNewKey] = useState("");
  const [keyError, setKeyError] = useState<string | null>(null);

  function add(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const key = newKey.trim();
    const problem = keyProblem(spec, catalog, key);
    setKeyError(problem);
    if (problem) return;
    actions.onAdd(key);
    setNewKey("");
  }

  const cell = (column: Column, row: number): ReactElement => {
    const entity = entities[row]!;
    const label = `${column.label}, ${rowName(entity, keys[row]!)}`;
    const errors = issuesAt(props.issues, cellPath(spec, row, column));
    const value = getIn(entity, column.path);
    switch (column.kind) {
      case "figure":
      case "optional-figure":
        return (
          <FigureCell
            figure={value as { value: unknown; source: string } | undefined}
            optional={column.kind === "optional-figure"}
            label={label}
            catalog={catalog}
            errors={errors}
            reminder={props.sourceReminder?.(row, column.path) ?? null}
            onValue={(v) => actions.onFigureValue(row, column.path, v)}
            onSource={(s) => actions.onFigureSource(row, column.path, s)}
            onNewSource={() => actions.onNewSource(row, column.path)}
          />
        );
      case "number":
      case "integer":
        return <NumberCell value={value} label={label} errors={errors} onChange={(v) => actions.onField(row, column.path, v)} />;
      case "select":
        return <SelectCell value={value} options={column.options?.(catalog) ?? []} label={label} errors={errors} onChange={(v) => actions.onField(row, column.path, v)} />;
      case "boolean":
        return <BooleanCell value={value} label={label} onChange={(v) => actions.onField(row, column.path, v)} />;
      case "list":
      case "requirements":
        return (
          <ListCell value={value} requirements={column.kind === "requirements"} label={label} errors={errors} onChange={(v) => actions.onField(row, column.path, v)} />
        );
      case "text":
        return <TextCell value={value} label={label} errors={errors} wide={column.key === "citation" || column.key === "method"} onChange={(v) => actions.onField(row, column.path, v)} />;
    }
  };

  return (
    <div className="space-y-3">
      <div className="relative overflow-x-auto rounded border border-slate-200" data-testid={`section-${spec.id}`}>
        <table className="min-w-full text-sm">
          <caption className="sr-only">{spec.title}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={`${ui.th} sticky left-0 z-10 bg-slate-50`}>
                Entry
              </th>
              {spec.columns.map((c) => (
                <th key={c.key} scope="col" className={ui.th}>
                  {c.label}
                  {c.hint && <span className="block font-normal normal-case tracking-normal text-slate-500">{c.hint}</span>}
                </th>
              ))}
              {spec.create && (
                <th scope="col" className={ui.th}>
                  <span className="sr-only">Remove</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {entities.map((entity, row) => {
              const issuesOfRow = issuesAt(props.issues, `${spec.table}.${row}`).length > 0;
              return (
                <tr key={`${keys[row]}-${row}`} className={`border-t border-slate-100 ${issuesOfRow ? "bg-red-50/40" : ""}`}>
                  <th scope="row" className={`${ui.td} sticky left-0 z-10 max-w-[9rem] bg-white text-left font-medium break-words`}>
                    {rowName(entity, keys[row]!)}
                    <span className="block text-xs font-normal text-slate-500">{keys[row]}</span>
                  </th>
                  {spec.columns.map((c) => (
                    <td key={c.key} className={ui.td}>
                      {cell(c, row)}
                    </td>
                  ))}
                  {spec.create && (
                    <td className={ui.td}>
                      <button type="button" className="text-sm text-red-700 underline" aria-label={`Remove ${rowName(entity, keys[row]!)}`} onClick={() => actions.onRemove(row)}>
                        Remove
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {spec.create && (
        <form className="flex flex-wrap items-end gap-2" onSubmit={add} noValidate>
          <div>
            <label htmlFor={`${id}-key`} className={ui.label}>
              New row: {spec.keyLabel.toLowerCase()}
            </label>
            <input
              id={`${id}-key`}
              className={ui.input}
              value={newKey}
              onChange={(e) => setNewKey(e.target.value)}
              aria-invalid={keyError ? true : undefined}
              aria-describedby={keyError ? `${id}-key-error` : undefined}
            />
          </div>
          <button type="submit" className={ui.buttonSecondary}>
            Add row
          </button>
          {keyError && (
            <p id={`${id}-key-error`} className={`${ui.error} w-full`} role="alert">
              {keyError}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
