import type { ReactElement, ReactNode } from "react";
import { ui } from "./ui";

/**
 * The header cells of a table's head row, one per column.
 *
 * @example
 * <tr><ColumnHeaders columns={["Name", "Base", <span className="sr-only">Actions</span>]} /></tr>
 */
export function ColumnHeaders({ columns }: { columns: readonly ReactNode[] }): ReactElement {
  return (
    <>
      {columns.map((column, i) => (
        <th key={i} scope="col" className={ui.th}>
          {column}
        </th>
      ))}
    </>
  );
}

/**
 * A labelled table with one head row that scrolls sideways inside its card on a narrow screen;
 * `boxed` sets it in a bordered box with a tinted head. The rows are its children.
 *
 * @example
 * <ScrollTable label="Audit entries" columns={["When", "Who"]} className="mt-2">{rows}</ScrollTable>
 */
export function ScrollTable(props: { label: string; columns: readonly ReactNode[]; boxed?: boolean; className?: string; children: ReactNode }): ReactElement {
  const box = props.boxed ? "rounded border border-slate-200" : "";
  return (
    <div className={["relative overflow-x-auto", box, props.className].filter(Boolean).join(" ")}>
      <table className="min-w-full text-sm" aria-label={props.label}>
        <thead className={props.boxed ? "bg-slate-50" : undefined}>
          <tr className={props.boxed ? undefined : "border-b border-slate-200"}>
            <ColumnHeaders columns={props.columns} />
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
