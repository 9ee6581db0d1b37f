import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type ReactElement } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { ui } from "../../components/ui";
import { issuesOf, messageOf } from "../../lib/api-errors";
import { friendlyMessage, labelOfPath } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { describePath, describeValue } from "./audit-change";
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
  /** The version the draft was started from (its changes are against it). */
  readonly parentId: number | null;
}

/** What bringing a draft up to date answered (`catalog.rebaseDraft`). */
interface RebaseOutcome {
  readonly rebased: boolean;
  readonly message: string;
  readonly parentVersion: string | null;
  readonly replaced: readonly { path: string; kind: string; published?: unknown; draft?: unknown }[];
  readonly skipped: readonly { path: string; kind: string; draft?: unknown; reason: string }[];
}

/**
 * Publishing a draft with a note (it becomes the version new estimates use; the published one is
 * archived), and, under the four-eyes rule, a second admin's approval first. The draft's
 * plausibility checks are shown above as warnings; they never block publishing. A draft started
 * from a version other than the published one cannot be published (it would undo the changes
 * published since) until it is brought up to date, which lists the published figures its values
 * replaced and its changes that no longer applied.
 */
export function PublishPanel(props: { draft: PublishableDraft; onPublished: () => void }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const refresh = useCatalogRefresh();
  const [note, setNote] = useState("");
  const [asking, setAsking] = useState(false);
  const settings = useQuery(trpc.catalog.settings.queryOptions());
  const published = usePublishedLabel();
  const { outdated, parentLabel, publishedLabel } = useOutdated(props.draft.parentId);
  const [outcome, setOutcome] = useState<RebaseOutcome | null>(null);
  const rebase = useMutation(
    trpc.catalog.rebaseDraft.mutationOptions({
      onSuccess: async (result) => {
        setOutcome(result);
        await refresh();
      },
    }),
  );
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
      // Refused because another version was published meanwhile: the version list then shows it.
      onError: () => void refresh(),
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
      {outdated && (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status" data-testid="outdated-draft">
          <p>
            <strong>
              Started from {parentLabel}; {publishedLabel} has been published since.
            </strong>{" "}
            Publishing now would undo its changes. Bring the draft up to date first: its own changes are kept on top of {publishedLabel}, and where both changed a
            figure the draft's value stays (listed below).
          </p>
          <button
            type="button"
            className={ui.buttonSecondary}
            disabled={rebase.isPending}
            onClick={() => {
              setOutcome(null);
              rebase.mutate({ id: props.draft.id, revision: props.draft.revision });
            }}
          >
            {rebase.isPending ? "Bringing up to date…" : "Bring up to date"}
          </button>
          {rebase.isError && <RebaseError error={rebase.error} />}
        </div>
      )}
      {outcome && <RebaseSummary outcome={outcome} />}
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
        <button type="submit" className={ui.button} disabled={publish.isPending || outdated || note.trim() === "" || (fourEyes && !approved)}>
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

/** Whether the draft's parent is not the published version, with both labels. */
function useOutdated(parentId: number | null): { outdated: boolean; parentLabel: string; publishedLabel: string } {
  const trpc = useTRPC();
  const versions = useQuery(trpc.catalog.versions.queryOptions());
  const published = versions.data?.find((v) => v.status === "published");
  const parent = versions.data?.find((v) => v.id === parentId);
  const outdated = parentId !== null && published !== undefined && published.id !== parentId;
  return { outdated, parentLabel: parent?.version ?? "an older version", publishedLabel: published?.version ?? "" };
}

/** Why bringing the draft up to date failed, in words (an invalid merge names each field). */
function RebaseError(props: { error: unknown }): ReactElement {
  const issues = issuesOf(props.error);
  return (
    <div className={ui.error} role="alert">
      {issues.length === 0 ? (
        <p>{messageOf(props.error)}</p>
      ) : (
        <>
          <p>The draft's changes on top of the published version would not make a valid catalog; nothing was changed. Fix these in the draft, save, then try again:</p>
          <ul className="list-disc pl-5">
            {issues.map((i) => (
              <li key={`${i.path}-${i.message}`}>
                {friendlyMessage(labelOfPath(i.path, {}), i.message)} <code className="text-xs">{i.path}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** What bringing the draft up to date did: the published figures its values replaced, and its changes that no longer applied. */
function RebaseSummary(props: { outcome: RebaseOutcome }): ReactElement {
  const { outcome } = props;
  return (
    <div className="space-y-2 rounded-md border border-slate-200 px-3 py-2 text-sm" role="status" data-testid="rebase-summary">
      <p className="font-medium">{outcome.rebased ? `Brought up to date with ${outcome.parentVersion ?? "the published version"}.` : outcome.message}</p>
      {outcome.rebased && outcome.replaced.length === 0 && <p>No published figure was replaced: the draft's changes and the published ones touch different figures.</p>}
      {outcome.replaced.length > 0 && (
        <div>
          <p>
            {outcome.replaced.length} published figure{outcome.replaced.length === 1 ? " was" : "s were"} replaced by this draft's value (check {outcome.replaced.length === 1 ? "it" : "them"} before
            publishing):
          </p>
          <ul className="list-disc pl-5" data-testid="rebase-replaced">
            {outcome.replaced.map((r) => (
              <li key={r.path}>
                <span className="font-medium">{describePath(r.path)}</span>: published {describeValue(r.published)}, this draft {describeValue(r.draft)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome.skipped.length > 0 && (
        <div>
          <p>
            {outcome.skipped.length} of this draft's change{outcome.skipped.length === 1 ? "" : "s"} no longer applied (the entry was removed in {outcome.parentVersion ?? "the published version"}):
          </p>
          <ul className="list-disc pl-5" data-testid="rebase-skipped">
            {outcome.skipped.map((s) => (
              <li key={s.path}>
                <span className="font-medium">{describePath(s.path)}</span>: this draft's {describeValue(s.draft)} was dropped
              </li>
            ))}
          </ul>
        </div>
      )}
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
