import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useId, useState, type FormEvent, type ReactElement, type ReactNode } from "react";
import { ui } from "../../components/ui";
import { sessionQuery } from "../../lib/auth";

interface Field {
  readonly name: string;
  readonly label: string;
  readonly type: "text" | "email" | "password";
  readonly autoComplete: string;
  readonly minLength?: number;
  /** The server's bound on the field (a longer value is refused). */
  readonly maxLength?: number;
}

/** A small email/password form: submits, shows the server's refusal, then goes home signed in. */
export function AuthForm(props: {
  title: string;
  submitLabel: string;
  fields: readonly Field[];
  onSubmit: (values: Record<string, string>) => Promise<void>;
  footer: ReactNode;
}): ReactElement {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(props.fields.map((f) => [f.name, String(data.get(f.name) ?? "")]));
    setPending(true);
    setError(null);
    try {
      await props.onSubmit(values);
      // Drop the previous user's data; active queries (the session) refetch at once.
      await queryClient.resetQueries();
      await queryClient.fetchQuery(sessionQuery);
      await navigate({ to: "/" });
    } catch (e) {
      setError(e instanceof Error ? e.message : "Something went wrong.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className={`${ui.card} mx-auto max-w-md`}>
      <h1 className={ui.h1}>{props.title}</h1>
      <form className="mt-4 space-y-4" onSubmit={(e) => void submit(e)} aria-describedby={error ? `${id}-error` : undefined}>
        {props.fields.map((f) => (
          <div key={f.name}>
            <label htmlFor={`${id}-${f.name}`} className={ui.label}>
              {f.label}
            </label>
            <input
              id={`${id}-${f.name}`}
              name={f.name}
              type={f.type}
              autoComplete={f.autoComplete}
              required
              minLength={f.minLength}
              maxLength={f.maxLength}
              className={ui.input}
            />
          </div>
        ))}
        {error && (
          <p id={`${id}-error`} role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            {error}
          </p>
        )}
        <button type="submit" className={`${ui.button} w-full`} disabled={pending}>
          {pending ? "Please wait…" : props.submitLabel}
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-600">{props.footer}</p>
    </div>
  );
}
