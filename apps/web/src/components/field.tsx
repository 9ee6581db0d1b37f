import type { InputHTMLAttributes, ReactElement, ReactNode } from "react";
import { ui } from "./ui";

/** What every labelled field takes: the control's id, its label, an optional hint and its error. */
export interface FieldProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: string | undefined;
  readonly error: string | undefined | null;
}

/**
 * A field's error message, or nothing; `id` is what the control's `aria-describedby` names.
 *
 * @example
 * <FieldError id={`${id}-error`} message={errors.year} />
 */
export function FieldError({ id, message }: { id: string; message: string | undefined | null }): ReactNode {
  if (!message) return null;
  return (
    <p id={id} className={ui.error} role="alert">
      {message}
    </p>
  );
}

/** The ids of a field's hint and error, for the control's `aria-describedby`. */
function describedBy({ id, hint, error }: Omit<FieldProps, "label">): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** The label above a control, and its hint and error below (`${id}-hint`, `${id}-error`). */
function Field(props: FieldProps & { className?: string | undefined; children: ReactNode }): ReactElement {
  return (
    <div className={props.className ?? "min-w-0"}>
      <label htmlFor={props.id} className={ui.label}>
        {props.label}
      </label>
      {props.children}
      {props.hint && (
        <p id={`${props.id}-hint`} className="mt-1 text-xs text-slate-500">
          {props.hint}
        </p>
      )}
      <FieldError id={`${props.id}-error`} message={props.error} />
    </div>
  );
}

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange" | "className" | "aria-invalid" | "aria-describedby">;

/**
 * A labelled text input (any `type`; text unless told) with its hint and error, which the input's
 * `aria-invalid` and `aria-describedby` point to. Other input attributes pass through.
 *
 * @example
 * <TextField id={`${id}-base`} label="Base salary" value={base} onChange={setBase} error={errors.base} inputMode="decimal" />
 */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  className,
  type = "text",
  ...input
}: FieldProps & InputAttributes & { value: string; onChange: (value: string) => void; className?: string }): ReactElement {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        type={type}
        {...input}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, hint, error })}
        className={ui.input}
      />
    </Field>
  );
}

/**
 * A labelled select over `options`, with `blank` as a first empty choice when given, and its hint
 * and error.
 *
 * @example
 * <SelectField id={`${id}-stage`} label="Company stage" value={stage} onChange={setStage} blank="Not set" options={stages} error={errors.stage} />
 */
export function SelectField(
  props: FieldProps & { value: string; onChange: (value: string) => void; options: readonly { value: string; label: string }[]; blank?: string },
): ReactElement {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        className={ui.input}
      >
        {props.blank !== undefined && <option value="">{props.blank}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
