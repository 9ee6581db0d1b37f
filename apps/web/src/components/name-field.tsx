import type { ReactElement } from "react";
import { TextField } from "./field";

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
  return (
    <TextField
      id={`${props.id}-name`}
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      placeholder={props.placeholder}
      maxLength={120}
      required={props.required}
      error={props.error}
      className="min-w-0 flex-1"
    />
  );
}
