import type { PlanOptionsInput, PlanTargetInput, Profile } from "@paypath/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useId, useState, type FormEvent, type ReactElement } from "react";
import { NameField } from "../../components/name-field";
import { ui } from "../../components/ui";
import { issuesByField, issuesOf, messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";

/** Names and saves the plan (`planner.save`): the server plans again with the published catalog and stores it. */
export function SavePlan(props: {
  request: { profile: Profile; target: PlanTargetInput; options: PlanOptionsInput } | null;
  isSignedIn: boolean;
  defaultName: string;
}): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(
    trpc.planner.save.mutationOptions({
      onSuccess: async () => {
        setError(null);
        setNameError(null);
        await queryClient.invalidateQueries(trpc.planner.list.pathFilter());
      },
      onError: (e) => {
        const { name: nameIssue } = issuesByField(issuesOf(e), ["name"]);
        setNameError(nameIssue ?? null);
        setError(nameIssue ? null : messageOf(e));
      },
    }),
  );

  if (!props.isSignedIn) {
    return (
      <section className={ui.card} aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className={ui.h2}>
          Save this plan
        </h2>
        <p className={`${ui.muted} mt-1`}>
          <Link to="/sign-in" className="text-indigo-700 underline">
            Sign in
          </Link>{" "}
          to save plans and see what changes when the catalog is updated.
        </p>
      </section>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!props.request) return;
    save.mutate({ ...props.request, name: name.trim() || props.defaultName });
  }

  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        Save this plan
      </h2>
      <form className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-start" onSubmit={submit}>
        <NameField id={id} label="Plan name" value={name} onChange={setName} placeholder={props.defaultName} error={nameError} />
        <button type="submit" className={`${ui.button} sm:mt-6`} disabled={save.isPending || !props.request}>
          {save.isPending ? "Saving…" : "Save plan"}
        </button>
      </form>
      <div aria-live="polite" className="text-sm">
        {save.isSuccess && !save.isPending && (
          <p className="mt-2 text-emerald-700" data-testid="plan-save-status">
            Saved with catalog {save.data.catalogVersion.version}
            {save.data.result.reachable ? `: fastest path ${save.data.result.frontier[0]?.months ?? 0} months.` : " (target not reachable)."}
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
