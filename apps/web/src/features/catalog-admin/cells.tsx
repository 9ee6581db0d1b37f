import type { Catalog } from "@paypath/core";
import { useEffect, useId, useState, type ReactElement } from "react";
import { formatRequirements, parseList, parseRequirements } from "./sections";

const field =
  "block rounded border border-slate-300 bg-white px-2 py-1 text-sm focus:border-indigo-500 focus:ring-1 focus:ring-indigo-500 focus:outline-none aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50";
const input = `${field} w-full min-w-0`;

/** The option of a source select that opens the new-source form. */
export const newSourceOption = "__new__";

/** The errors of a cell, under it, referenced by the input's `aria-describedby`. */
function CellErrors(props: { id: string; errors: readonly string[] }): ReactElement | null {
  if (props.errors.length === 0) return null;
  return (
    <p id={props.id} className="mt-0.5 text-xs text-red-700" role="alert">
      {props.errors.join(" ")}
    </p>
  );
}

/** Reads typed text as a number when it is one; otherwise keeps the text so the field shows its error. */
function readNumber(text: string): number | string {
  const trimmed = text.trim();
  const n = Number(trimmed);
  return trimmed !== "" && Number.isFinite(n) ? n : text;
}

/**
 * A text field that edits a number: what is typed stays as typed ("0." while typing "0.5"); the
 * number is committed when the text reads as one, else the text itself (shown as an error).
 */
export function NumberInput(props: {
  value: unknown;
  label: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (value: number | string) => void;
  className?: string;
}): ReactElement {
  const shown = typeof props.value === "number" ? String(props.value) : typeof props.value === "string" ? props.value : "";
  const [text, setText] = useState(shown);
  // Follow changes from outside (a reload, a reapplied edit) unless the text already means the value.
  useEffect(() => {
    setText((t) => (readNumber(t) === props.value ? t : shown));
  }, [props.value, shown]);
  return (
    <input
      type="text"
      inputMode="decimal"
      aria-label={props.label}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      className={`${field} ${props.className ?? "w-24"} shrink-0 tabular-nums`}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        props.onChange(readNumber(e.target.value));
      }}
    />
  );
}

/** A figure: its value and the source it comes from (pick one, or add a new source). */
export function FigureCell(props: {
  figure: { value: unknown; source: string } | undefined;
  optional: boolean;
  label: string;
  catalog: Catalog;
  errors: readonly string[];
  /** The figure's value changed but it still cites its saved source: a reminder, never an error. */
  reminder?: { before: unknown; source: string } | null;
  onValue: (value: number | string | undefined) => void;
  onSource: (source: string) => void;
  onNewSource: () => void;
}): ReactElement {
  const errorId = useId();
  const reminderId = useId();
  const invalid = props.errors.length > 0;
  const describedBy = [invalid ? errorId : "", props.reminder ? reminderId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="min-w-[17rem]">
      <div className="flex gap-1">
        <NumberInput
          value={props.figure?.value}
          label={props.label}
          invalid={invalid}
          describedBy={describedBy}
          onChange={(v) => props.onValue(props.optional && v === "" ? undefined : v)}
        />
        {props.figure && (
          <select
            aria-label={`Source of ${props.label}`}
            aria-invalid={props.errors.some((e) => /source/i.test(e)) || undefined}
            aria-describedby={describedBy}
            className={`${field} w-44 shrink-0`}
            value={props.figure.source}
            onChange={(e) => (e.target.value === newSourceOption ? props.onNewSource() : props.onSource(e.target.value))}
          >
            <option value="">Choose a source…</option>
            {props.catalog.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id}
              </option>
            ))}
            <option value={newSourceOption}>+ Add a new source…</option>
          </select>
        )}
      </div>
      <CellErrors id={errorId} errors={props.errors} />
      {props.reminder && (
        <p id={reminderId} className="mt-0.5 max-w-[17rem] text-xs text-slate-600" data-testid="source-reminder">
          Was {String(props.reminder.before)}; still cites <strong>{props.reminder.source}</strong>. Pick another source if the new figure comes from elsewhere.
        </p>
      )}
    </div>
  );
}

/** A plain number field (relevance, rank, hours). */
export function NumberCell(props: { value: unknown; label: string; errors: readonly string[]; onChange: (value: number | string) => void }): ReactElement {
  const errorId = useId();
  return (
    <div>
      <NumberInput
        value={props.value}
        label={props.label}
        invalid={props.errors.length > 0}
        describedBy={props.errors.length > 0 ? errorId : undefined}
        onChange={props.onChange}
        className="w-20"
      />
      <CellErrors id={errorId} errors={props.errors} />
    </div>
  );
}

/** A text field. */
export function TextCell(props: { value: unknown; label: string; errors: readonly string[]; onChange: (value: string) => void; wide?: boolean }): ReactElement {
  const errorId = useId();
  return (
    <div className={props.wide ? "min-w-[14rem]" : "min-w-[8rem]"}>
      <input
        type="text"
        aria-label={props.label}
        aria-invalid={props.errors.length > 0 || undefined}
        aria-describedby={props.errors.length > 0 ? errorId : undefined}
        className={input}
        value={typeof props.value === "string" ? props.value : ""}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <CellErrors id={errorId} errors={props.errors} />
    </div>
  );
}

/** A choice among fixed values. */
export function SelectCell(props: { value: unknown; options: readonly string[]; label: string; errors: readonly string[]; onChange: (value: string) => void }): ReactElement {
  const errorId = useId();
  return (
    <div>
      <select
        aria-label={props.label}
        aria-invalid={props.errors.length > 0 || undefined}
        aria-describedby={props.errors.length > 0 ? errorId : undefined}
        className={`${field} w-36`}
        value={typeof props.value === "string" ? props.value : ""}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      <CellErrors id={errorId} errors={props.errors} />
    </div>
  );
}

/** A yes/no field. */
export function BooleanCell(props: { value: unknown; label: string; onChange: (value: boolean) => void }): ReactElement {
  return <input type="checkbox" aria-label={props.label} className="h-4 w-4" checked={props.value === true} onChange={(e) => props.onChange(e.target.checked)} />;
}

/**
 * A list written as text: comma-separated values, or skill requirements with `|` between
 * alternatives. What is typed stays as typed; the parsed list is committed on each change.
 */
export function ListCell(props: {
  value: unknown;
  requirements: boolean;
  label: string;
  errors: readonly string[];
  onChange: (value: unknown[]) => void;
}): ReactElement {
  const errorId = useId();
  const list = Array.isArray(props.value) ? (props.value as unknown[]) : [];
  const format = (l: unknown[]): string => (props.requirements ? formatRequirements(l as never) : l.map(String).join(", "));
  const parse = (t: string): unknown[] => (props.requirements ? parseRequirements(t) : parseList(t));
  const [text, setText] = useState(() => format(list));
  const formatted = format(list);
  useEffect(() => {
    setText((t) => (format(parse(t)) === formatted ? t : formatted));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- format/parse depend only on `requirements`
  }, [formatted]);
  return (
    <div className="min-w-[14rem]">
      <input
        type="text"
        aria-label={props.label}
        aria-invalid={props.errors.length > 0 || undefined}
        aria-describedby={props.errors.length > 0 ? errorId : undefined}
        className={input}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          props.onChange(parse(e.target.value));
        }}
      />
      <CellErrors id={errorId} errors={props.errors} />
    </div>
  );
}
