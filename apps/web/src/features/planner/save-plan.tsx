import type { PlanOptionsInput, PlanTargetInput, Profile } from "@paypath/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState, type ReactElement } from "react";
import { SaveForm } from "../../components/save-form";
import { issuesByField, issuesOf, messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { fastestOf, fastestText } from "./plan-summary";

/** Names and saves the plan (`planner.save`): the server plans again with the published catalog and stores it. */
export function SavePlan(props: {
  request: { profile: Profile; target: PlanTargetInput; options: PlanOptionsInput } | null;
  isSignedIn: boolean;
  defaultName: string;
}): ReactElement {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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

  return (
    <SaveForm
      title="Save this plan"
      isSignedIn={props.isSignedIn}
      signedOut={
        <>
          <Link to="/sign-in" className="text-indigo-700 underline">
            Sign in
          </Link>{" "}
          to save plans and see what changes when the catalog is updated.
        </>
      }
      nameLabel="Plan name"
      placeholder={props.defaultName}
      saveLabel="Save plan"
      canSave={props.request !== null}
      isPending={save.isPending}
      onSave={(name) => props.request && save.mutate({ ...props.request, name: name || props.defaultName })}
      nameError={nameError}
      error={error}
      status={
        save.isSuccess &&
        !save.isPending && (
          <p className="mt-2 text-emerald-700" data-testid="plan-save-status">
            Saved with catalog {save.data.catalogVersion.version}
            : {fastestText(fastestOf(save.data.result))}.
          </p>
        )
      }
    />
  );
}
