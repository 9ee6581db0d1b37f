import { skipToken, useMutation, useQuery } from "@tanstack/react-query";
import { useId, useRef, useState, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { codeOf, messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { RosterChangesView } from "./roster-changes-view";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

/**
 * Restoring the roster the last import (or restore) replaced: a button, then a dialog that says
 * what restoring changes (people added, removed and changed against the roster now) and asks to
 * confirm. The server keeps that roster, so this works after a reload; the roster replaced by the
 * restore is kept in turn, so a restore can be undone the same way.
 */
export function RestoreRoster(props: {
  teamId: string;
  revision: number;
  previous: { readonly revision: number; readonly savedAt: string; readonly memberCount: number };
  onRestored: () => void;
  onStale: () => void;
}): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const dialog = useRef<HTMLDialogElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const preview = useQuery(trpc.teams.previousRoster.queryOptions(isOpen ? { teamId: props.teamId } : skipToken));
  const restore = useMutation(
    trpc.teams.restoreRoster.mutationOptions({
      onSuccess: () => {
        dialog.current?.close();
        props.onRestored();
      },
    }),
  );
  const isStale = restore.isError && codeOf(restore.error) === "CONFLICT";

  return (
    <>
      <button
        type="button"
        className={ui.buttonSecondary}
        onClick={() => {
          restore.reset();
          setIsOpen(true);
          dialog.current?.showModal();
        }}
      >
        Restore previous roster
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto w-[min(40rem,calc(100vw-1rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
        onClose={() => setIsOpen(false)}
        onCancel={(e) => {
          if (restore.isPending) e.preventDefault();
        }}
      >
        <div className="space-y-3 p-4 sm:p-5">
          <h2 id={`${id}-title`} className={ui.h2}>
            Restore the previous roster
          </h2>
          <p className="text-sm">
            The roster of revision {props.previous.revision}, {props.previous.memberCount} {props.previous.memberCount === 1 ? "person" : "people"},
            replaced on <time dateTime={props.previous.savedAt}>{dateFormat.format(new Date(props.previous.savedAt))}</time>. Restoring it
            replaces the roster you have now, which is kept so you can restore it in turn.
          </p>
          {preview.isPending && isOpen && <p className={ui.muted}>Comparing the rosters…</p>}
          {preview.isError && (
            <p className={ui.error} role="alert">
              {messageOf(preview.error)}
            </p>
          )}
          {preview.data && <RosterChangesView changes={preview.data.changes} testId="restore-changes" />}
          {restore.isError && (
            <div role="alert">
              <p className={ui.error}>{messageOf(restore.error)}</p>
              {isStale && (
                <button type="button" className={`${ui.buttonSecondary} mt-2`} onClick={props.onStale}>
                  Load the latest roster
                </button>
              )}
            </div>
          )}
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={ui.button}
              disabled={!preview.data || restore.isPending}
              onClick={() => restore.mutate({ teamId: props.teamId, revision: props.revision })}
            >
              {restore.isPending ? "Restoring…" : "Restore"}
            </button>
            <button type="button" className={ui.buttonSecondary} disabled={restore.isPending} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
