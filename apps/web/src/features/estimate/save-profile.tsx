import type { Profile } from "@paypath/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState, type ReactElement } from "react";
import { SaveForm } from "../../components/save-form";
import { issuesOf, messageOf } from "../../lib/api-errors";
import { friendlyIssuesByField } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { profileFields, profileLabels } from "./form-values";

/**
 * Names and saves the profile (`profiles.save`); the server prices it again and records the
 * catalog version. Issues the server reports on profile fields are handed to `onFieldIssues`.
 */
export function SaveProfile(props: {
  profile: Profile | null;
  isSignedIn: boolean;
  onFieldIssues: (issues: Record<string, string>) => void;
}): ReactElement {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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
        const byField = friendlyIssuesByField(issuesOf(e), ["name", ...profileFields], profileLabels);
        const { name: nameIssue, "": general, ...fields } = byField;
        setNameError(nameIssue ?? null);
        props.onFieldIssues(fields);
        setError(general ?? (Object.keys(fields).length > 0 || nameIssue ? null : messageOf(e)));
      },
    }),
  );

  return (
    <SaveForm
      title="Save this estimate"
      isSignedIn={props.isSignedIn}
      signedOut={
        <>
          <Link to="/sign-in" className="text-indigo-700 underline">
            Sign in
          </Link>{" "}
          or{" "}
          <Link to="/sign-up" className="text-indigo-700 underline">
            create an account
          </Link>{" "}
          to save profiles and keep a history.
        </>
      }
      nameLabel="Profile name"
      placeholder="e.g. Current job"
      isNameRequired
      saveLabel="Save"
      canSave={props.profile !== null}
      isPending={save.isPending}
      onSave={(name) => props.profile && save.mutate({ name, profile: props.profile })}
      nameError={nameError}
      error={error}
      status={
        save.isSuccess &&
        !save.isPending && (
          <p className="mt-2 text-emerald-700" data-testid="save-status">
            Saved with catalog {save.data.catalogVersion.version}: {Math.round(save.data.estimate.total.p50).toLocaleString("en-US")}{" "}
            {save.data.estimate.currency} median.
          </p>
        )
      }
    />
  );
}
