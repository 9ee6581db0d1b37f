import { useId, useState, type FormEvent, type ReactElement, type ReactNode } from "react";
import { NameField } from "./name-field";
import { ui } from "./ui";

/**
 * A card that names and saves what the screen shows: the name input and the save button, then
 * what the save gave (`status`) or the server's message. The name is kept across failed saves.
 * Signed out, the card says how to sign in (`signedOut`) instead.
 *
 * @example
 * <SaveForm title="Save this plan" isSignedIn={isSignedIn} signedOut={<>Sign in to save plans.</>}
 *   nameLabel="Plan name" placeholder={defaultName} saveLabel="Save plan" canSave={request !== null}
 *   isPending={save.isPending} onSave={(name) => save.mutate({ ...request, name })}
 *   nameError={nameError} error={error} status={save.isSuccess && <p>Saved.</p>} />
 */
export function SaveForm(props: {
  title: string;
  isSignedIn: boolean;
  signedOut: ReactNode;
  nameLabel: string;
  placeholder: string;
  /** The button waits for a name. */
  isNameRequired?: boolean;
  saveLabel: string;
  /** False while there is nothing to save. */
  canSave: boolean;
  isPending: boolean;
  /** Called with the name, trimmed. */
  onSave: (name: string) => void;
  nameError: string | null;
  error: string | null;
  status: ReactNode;
}): ReactElement {
  const id = useId();
  const [name, setName] = useState("");

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!props.canSave) return;
    props.onSave(name.trim());
  }

  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        {props.title}
      </h2>
      {props.isSignedIn ? (
        <>
          <form className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-start" onSubmit={submit}>
            <NameField
              id={id}
              label={props.nameLabel}
              value={name}
              onChange={setName}
              placeholder={props.placeholder}
              required={props.isNameRequired}
              error={props.nameError}
            />
            <button
              type="submit"
              className={`${ui.button} sm:mt-6`}
              disabled={props.isPending || !props.canSave || (props.isNameRequired === true && name.trim() === "")}
            >
              {props.isPending ? "Saving…" : props.saveLabel}
            </button>
          </form>
          <div aria-live="polite" className="text-sm">
            {props.status}
            {props.error && (
              <p className={ui.error} role="alert">
                {props.error}
              </p>
            )}
          </div>
        </>
      ) : (
        <p className={`${ui.muted} mt-1`}>{props.signedOut}</p>
      )}
    </section>
  );
}
