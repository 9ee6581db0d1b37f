import type { BandStatus } from "@paypath/core";
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_equals,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ColumnFiltersState,
  type ColumnVisibilityState,
  type FilterFn,
  type SortingState,
} from "@tanstack/react-table";
import { useId, useMemo, useRef, useState, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { formatMoney } from "../../lib/format";
import { statusLabels, type RosterRow } from "./roster-rows";
import { SpacerRow, useVirtualRows } from "./virtual-rows";

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  columnVisibilityFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { equals: filterFn_equals },
});
type Features = typeof features;

/** The search box: a row matches when its employee id, name, title, role, level or location contains every word. */
const matchesSearch: FilterFn<Features, RosterRow> = (row, _columnId, value: string) => {
  const r = row.original;
  const haystack = `${r.employeeId} ${r.name} ${r.title} ${r.role} ${r.level} ${r.location}`.toLowerCase();
  return value
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
};

const statusClass: Readonly<Record<BandStatus, string>> = {
  below: "bg-red-50 text-red-800 ring-red-200",
  in: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  above: "bg-amber-50 text-amber-900 ring-amber-200",
};

/** A band status as a small badge. */
export function StatusBadge({ status }: { status: BandStatus | null }): ReactElement {
  if (!status) return <span className="text-slate-400">—</span>;
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${statusClass[status]}`}>{statusLabels[status]}</span>;
}

const rowHeight = 37;

/** The name column stays in view while the table scrolls sideways. */
const stickyCell = "sticky left-0 z-[1] shadow-[1px_0_0_rgb(226_232_240)]";

/**
 * Columns a manager can bring back with the column chooser; hidden at first so the band figures
 * fit a laptop screen. Name, compa-ratio, band position and status cannot be hidden.
 */
const defaultHidden: ColumnVisibilityState = { title: false, employeeId: false };

/**
 * The team's roster: sortable by any column, filtered by a search box and by band status, with
 * each person's compa-ratio, band position and status next to their name, role, level, location
 * and base (title and employee id behind the column chooser; the name column stays put when the
 * table scrolls sideways). Only the rows in view are rendered (a 2,000-person roster scrolls
 * smoothly); on a phone the table scrolls sideways.
 */
export function RosterTable(props: { rows: readonly RosterRow[]; currency: string }): ReactElement {
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [sorting, setSorting] = useState<SortingState>([{ id: "compaRatio", desc: false }]);
  const [globalFilter, setGlobalFilter] = useState("");
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(defaultHidden);
  const status = (columnFilters.find((f) => f.id === "status")?.value as BandStatus | undefined) ?? "";

  const columns = useMemo<ColumnDef<Features, RosterRow>[]>(
    () => [
      {
        accessorKey: "name",
        header: "Name",
        sortFn: "alphanumeric",
        enableHiding: false,
        cell: (c) => <span className="font-medium">{c.row.original.name}</span>,
      },
      { accessorKey: "role", header: "Role", sortFn: "alphanumeric" },
      { accessorKey: "level", header: "Level", sortFn: "alphanumeric" },
      { accessorKey: "location", header: "Location", sortFn: "alphanumeric" },
      {
        accessorKey: "base",
        header: "Base",
        sortFn: "basic",
        cell: (c) => formatMoney(c.row.original.base, props.currency),
      },
      {
        accessorKey: "compaRatio",
        header: "Compa-ratio",
        enableHiding: false,
        sortFn: "basic",
        sortUndefined: "last",
        cell: (c) => (c.row.original.compaRatio === null ? "—" : c.row.original.compaRatio.toFixed(2)),
      },
      {
        accessorKey: "penetration",
        header: "Band position",
        enableHiding: false,
        sortFn: "basic",
        sortUndefined: "last",
        cell: (c) => (c.row.original.penetration === null ? "—" : `${Math.round(c.row.original.penetration * 100)} %`),
      },
      {
        accessorKey: "status",
        header: "Status",
        enableHiding: false,
        sortFn: "alphanumeric",
        filterFn: "equals",
        cell: (c) => <StatusBadge status={c.row.original.status} />,
      },
      {
        accessorKey: "total",
        header: "Total pay",
        sortFn: "basic",
        cell: (c) => formatMoney(c.row.original.total, props.currency),
      },
      { accessorKey: "rating", header: "Rating", sortFn: "basic", sortUndefined: "last", cell: (c) => c.row.original.rating ?? "—" },
      { accessorKey: "title", header: "Title", sortFn: "alphanumeric" },
      { accessorKey: "employeeId", header: "Employee id", sortFn: "alphanumeric" },
    ],
    [props.currency],
  );

  const table = useTable({
    features,
    columns,
    data: props.rows as RosterRow[],
    getRowId: (row) => row.employeeId,
    state: { sorting, globalFilter, columnFilters, columnVisibility },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnFiltersChange: setColumnFilters,
    onColumnVisibilityChange: setColumnVisibility,
    globalFilterFn: matchesSearch,
  });
  const rows = table.getRowModel().rows;
  const { items, paddingTop, paddingBottom } = useVirtualRows(rows.length, scrollRef, rowHeight, 12);
  const columnCount = table.getVisibleLeafColumns().length;
  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());

  return (
    <div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-search`} className={ui.label}>
            Search
          </label>
          <input
            id={`${id}-search`}
            type="search"
            className={ui.input}
            placeholder="Name, title, role, location…"
            value={globalFilter}
            onChange={(e) => setGlobalFilter(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-status`} className={ui.label}>
            Status
          </label>
          <select
            id={`${id}-status`}
            className={ui.input}
            value={status}
            onChange={(e) => setColumnFilters(e.target.value ? [{ id: "status", value: e.target.value }] : [])}
          >
            <option value="">Everyone</option>
            <option value="below">{statusLabels.below}</option>
            <option value="in">{statusLabels.in}</option>
            <option value="above">{statusLabels.above}</option>
          </select>
        </div>
        <details className="relative pb-2">
          <summary className="cursor-pointer text-sm font-medium text-indigo-700">Columns</summary>
          <fieldset className="absolute z-20 mt-1 w-56 space-y-1 rounded border border-slate-200 bg-white p-2 text-sm shadow-lg">
            <legend className="sr-only">Columns shown</legend>
            {hideable.map((column) => (
              <label key={column.id} className="flex items-center gap-2">
                <input type="checkbox" className="accent-indigo-600" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                {String(column.columnDef.header)}
              </label>
            ))}
          </fieldset>
        </details>
        <p className={`${ui.muted} pb-2`} aria-live="polite" data-testid="roster-count">
          {rows.length === props.rows.length ? `${rows.length} people` : `${rows.length} of ${props.rows.length} people`}
        </p>
      </div>
      <div ref={scrollRef} className="mt-3 max-h-[28rem] overflow-auto rounded border border-slate-200" tabIndex={0} aria-label="Roster, scrollable">
        <table className="w-full text-sm whitespace-nowrap" aria-rowcount={rows.length + 1}>
          <thead className="sticky top-0 z-10 bg-slate-50 shadow-[0_1px_0_rgb(226_232_240)]">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={header.column.id === "name" ? `${ui.th} ${stickyCell} bg-slate-50` : ui.th}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
                    >
                      <button type="button" className="inline-flex items-center gap-1 uppercase" onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="text-slate-400">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            <SpacerRow height={paddingTop} colSpan={columnCount} />
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: rowHeight }} data-testid="roster-row">
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={cell.column.id === "name" ? `${ui.td} ${stickyCell} bg-white` : ui.td}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            <SpacerRow height={paddingBottom} colSpan={columnCount} />
          </tbody>
        </table>
        {rows.length === 0 && <p className={`${ui.muted} p-3`}>Nobody matches.</p>}
      </div>
    </div>
  );
}
