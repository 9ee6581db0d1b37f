import type { ReactElement } from "react";
import { ui } from "./ui";

/**
 * The labelled name input of a save form, with the server's message for it underneath.
 *
 * @example
 * <NameField id={id} label="Plan name" value={name} onChange={setName} placeholder="Toward AI security" error={nameError} />
 */
export function NameField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  required?: boolean;
  error: string | null;
}): ReactElement {
  const errorId = `${props.id}-name-error`;
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={`${props.id}-name`} className={ui.label}>
        {props.label}
      </label>
      <input
        id={`${props.id}-name`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        placeholder={props.placeholder}
        maxLength={120}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        className={ui.input}
      />
      {props.error && (
        <p id={errorId} className={ui.error} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
