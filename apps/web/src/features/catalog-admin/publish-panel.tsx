import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type ReactElement } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { useCatalogRefresh } from "./draft-editor";
import { loadWork, pendingChanges } from "./draft-work";
import { PlausibilityPanel } from "./plausibility-warnings";

/** What the publish panel needs of the draft. */
export interface PublishableDraft {
  readonly id: number;
  readonly version: string;
  readonly revision: number;
  readonly approvedByName: string | null;
  readonly approvedBy: string | null;
}

/**
 * Publishing a draft with a note (it becomes the version new estimates use; the published one is
 * archived), and, under the four-eyes rule, a second admin's approval first. The draft's
 * plausibility checks are shown above as warnings; they never block publishing.
 */
export function PublishPanel(props: { draft: PublishableDraft; onPublished: () => void }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const refresh = useCatalogRefresh();
  const [note, setNote] = useState("");
  const [asking, setAsking] = useState(false);
  const settings = useQuery(trpc.catalog.settings.queryOptions());
  const published = usePublishedLabel();
  const unsaved = (() => {
    const work = loadWork(props.draft.id);
    return work ? pendingChanges(work).length : 0;
  })();
  const approve = useMutation(trpc.catalog.approve.mutationOptions({ onSuccess: refresh }));
  const publish = useMutation(
    trpc.catalog.publish.mutationOptions({
      onSuccess: async () => {
        await refresh();
        props.onPublished();
      },
    }),
  );
  const fourEyes = settings.data?.fourEyes === true;
  const approved = props.draft.approvedBy !== null;

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (note.trim() === "") return;
    setAsking(true);
  }

  function confirm(): void {
    setAsking(false);
    publish.mutate({ id: props.draft.id, revision: props.draft.revision, note: note.trim() });
  }

  return (
    <div className="space-y-3" data-testid="publish-panel">
      {unsaved > 0 && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
          You have {unsaved} unsaved change{unsaved === 1 ? "" : "s"} in the editor: they are not part of what is published. Save them first to include them.
        </p>
      )}
      <PlausibilityPanel id={props.draft.id} />
      {fourEyes && (
        <div className="rounded-md border border-slate-200 px-3 py-2 text-sm">
          <p>
            The four-eyes rule is on: a second admin (not the author or last editor) approves the draft before it is published.{" "}
            {approved ? <strong>Approved by {props.draft.approvedByName ?? "an admin"}.</strong> : <strong>Not approved yet.</strong>}
          </p>
          {!approved && (
            <button
              type="button"
              className={`${ui.buttonSecondary} mt-2`}
              disabled={approve.isPending}
              onClick={() => approve.mutate({ id: props.draft.id, revision: props.draft.revision })}
            >
              Approve revision {props.draft.revision}
            </button>
          )}
          {approve.isError && (
            <p className={ui.error} role="alert">
              {messageOf(approve.error)}
            </p>
          )}
        </div>
      )}
      <form className="flex flex-col gap-2 sm:flex-row sm:items-end" onSubmit={submit}>
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-note`} className={ui.label}>
            Publish note
          </label>
          <input
            id={`${id}-note`}
            className={ui.input}
            value={note}
            maxLength={500}
            required
            onChange={(e) => setNote(e.target.value)}
            placeholder="What changes for estimates, and why"
          />
        </div>
        <button type="submit" className={ui.button} disabled={publish.isPending || note.trim() === "" || (fourEyes && !approved)}>
          {publish.isPending ? "Publishing…" : `Publish ${props.draft.version}`}
        </button>
      </form>
      {publish.isError && (
        <p className={ui.error} role="alert">
          {messageOf(publish.error)}
        </p>
      )}
      <ConfirmDialog open={asking} title={`Publish ${props.draft.version}?`} confirmLabel={`Yes, publish ${props.draft.version}`} onConfirm={confirm} onCancel={() => setAsking(false)}>
        <p>
          Every new estimate, plan and team band will use version {props.draft.version} (revision {props.draft.revision}) from now on.
          {published ? ` Version ${published}, published now, will be archived; you can roll back to it later.` : ""}
        </p>
        {unsaved > 0 && (
          <p className="font-medium text-amber-900">
            {unsaved} unsaved change{unsaved === 1 ? " is" : "s are"} not included.
          </p>
        )}
        <p>Note: “{note.trim()}”</p>
      </ConfirmDialog>
    </div>
  );
}

/** The label of the version published now, if the version list knows it. */
function usePublishedLabel(): string | null {
  const trpc = useTRPC();
  const versions = useQuery(trpc.catalog.versions.queryOptions());
  return versions.data?.find((v) => v.status === "published")?.version ?? null;
}

/** Rolling back to an archived version: its content is published again as a new version. */
export function RollbackPanel(props: { id: number; version: string; onRolledBack: (id: number) => void }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const refresh = useCatalogRefresh();
  const [note, setNote] = useState("");
  const [asking, setAsking] = useState(false);
  const published = usePublishedLabel();
  const rollback = useMutation(
    trpc.catalog.rollback.mutationOptions({
      onSuccess: async (result) => {
        await refresh();
        props.onRolledBack(result.id);
      },
    }),
  );
  return (
    <form
      className="flex flex-col gap-2 sm:flex-row sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        if (note.trim()) setAsking(true);
      }}
    >
      <div className="min-w-0 flex-1">
        <label htmlFor={`${id}-note`} className={ui.label}>
          Why roll back to {props.version}?
        </label>
        <input id={`${id}-note`} className={ui.input} value={note} maxLength={500} required onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className={ui.button} disabled={rollback.isPending || note.trim() === ""}>
        {rollback.isPending ? "Rolling back…" : `Roll back to ${props.version}`}
      </button>
      {rollback.isError && (
        <p className={ui.error} role="alert">
          {messageOf(rollback.error)}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={`Roll back to ${props.version}?`}
        confirmLabel={`Yes, roll back to ${props.version}`}
        onConfirm={() => {
          setAsking(false);
          rollback.mutate({ id: props.id, note: note.trim() });
        }}
        onCancel={() => setAsking(false)}
      >
        <p>
          The content of version {props.version} will be published again as a new version, and every new estimate, plan and team band will use it at once.
          {published ? ` Version ${published}, published now, will be archived.` : ""}
        </p>
        <p>Note: “{note.trim()}”</p>
      </ConfirmDialog>
    </form>
  );
}
