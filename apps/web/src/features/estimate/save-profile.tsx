import type { Profile } from "@paypath/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useId, useState, type FormEvent, type ReactElement } from "react";
import { NameField } from "../../components/name-field";
import { ui } from "../../components/ui";
import { issuesByField, issuesOf, messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { profileFields } from "./form-values";

/**
 * Names and saves the profile (`profiles.save`); the server prices it again and records the
 * catalog version. Issues the server reports on profile fields are handed to `onFieldIssues`.
 */
export function SaveProfile(props: {
  profile: Profile | null;
  isSignedIn: boolean;
  onFieldIssues: (issues: Record<string, string>) => void;
}): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(
    trpc.profiles.save.mutationOptions({
      onSuccess: async () => {
        setError(null);
        setNameError(null);
        await Promise.all([
          queryClient.invalidateQueries(trpc.valuation.history.pathFilter()),
          queryClient.invalidateQueries(trpc.profiles.list.pathFilter()),
        ]);
      },
      onError: (e) => {
        const byField = issuesByField(issuesOf(e), ["name", ...profileFields]);
        const { name: nameIssue, "": general, ...fields } = byField;
        setNameError(nameIssue ?? null);
        props.onFieldIssues(fields);
        setError(general ?? (Object.keys(fields).length > 0 || nameIssue ? null : messageOf(e)));
      },
    }),
  );

  if (!props.isSignedIn) {
    return (
      <section className={ui.card} aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className={ui.h2}>
          Save this estimate
        </h2>
        <p className={`${ui.muted} mt-1`}>
          <Link to="/sign-in" className="text-indigo-700 underline">
            Sign in
          </Link>{" "}
          or{" "}
          <Link to="/sign-up" className="text-indigo-700 underline">
            create an account
          </Link>{" "}
          to save profiles and keep a history.
        </p>
      </section>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!props.profile) return;
    save.mutate({ name: name.trim(), profile: props.profile });
  }

  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        Save this estimate
      </h2>
      <form className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-start" onSubmit={submit}>
        <NameField id={id} label="Profile name" value={name} onChange={setName} placeholder="e.g. Current job" required error={nameError} />
        <button type="submit" className={`${ui.button} sm:mt-6`} disabled={save.isPending || !props.profile || name.trim() === ""}>
          {save.isPending ? "Saving…" : "Save"}
        </button>
      </form>
      <div aria-live="polite" className="text-sm">
        {save.isSuccess && !save.isPending && (
          <p className="mt-2 text-emerald-700" data-testid="save-status">
            Saved with catalog {save.data.catalogVersion.version}: {Math.round(save.data.estimate.total.p50).toLocaleString("en-US")}{" "}
            {save.data.estimate.currency} median.
          </p>
        )}
        {error && (
          <p className={ui.error} role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
