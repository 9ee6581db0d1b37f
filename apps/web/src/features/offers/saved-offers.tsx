import type { OfferInput } from "@paypath/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactElement } from "react";
import { SavedList } from "../../components/saved-list";
import { ui } from "../../components/ui";
import { codeOf, issuesOf, messageOf, type FieldIssue } from "../../lib/api-errors";
import type { MoneyDisplay } from "../../lib/currency";
import { formatMoney } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });

/** A saved offer as `offers.list` gives it. */
export interface SavedOffer {
  readonly id: string;
  readonly name: string;
  readonly offer: OfferInput;
}

/**
 * Saves one offer of the screen (`offers.create`, or `offers.update` once saved). The server's
 * field issues go back to the form through `onIssues`.
 */
export function SaveOffer(props: {
  title: string;
  savedId: string | null;
  name: string;
  offer: OfferInput | null;
  onSaved: (id: string | null) => void;
  onIssues: (issues: readonly FieldIssue[]) => void;
}): ReactElement {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<{ readonly saved: true } | { readonly error: string } | null>(null);
  const options = {
    onSuccess: async (row: { id: string }) => {
      props.onSaved(row.id);
      props.onIssues([]);
      setStatus({ saved: true });
      await queryClient.invalidateQueries(trpc.offers.list.pathFilter());
    },
    onError: (e: unknown) => {
      // Deleted meanwhile: the next save creates it again.
      if (codeOf(e) === "NOT_FOUND") props.onSaved(null);
      props.onIssues(issuesOf(e));
      setStatus({ error: messageOf(e) });
    },
  };
  const create = useMutation(trpc.offers.create.mutationOptions(options));
  const update = useMutation(trpc.offers.update.mutationOptions(options));
  const pending = create.isPending || update.isPending;

  function save(): void {
    if (!props.offer) return;
    setStatus(null);
    const name = props.name.trim() || props.title;
    if (props.savedId === null) create.mutate({ name, offer: props.offer });
    else update.mutate({ id: props.savedId, name, offer: props.offer });
  }

  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
      <button type="button" className={ui.buttonSecondary} onClick={save} disabled={pending || !props.offer}>
        {pending ? "Saving…" : props.savedId === null ? "Save offer" : "Update saved offer"}
      </button>
      <div aria-live="polite" className="min-w-0 text-sm">
        {status && "saved" in status && <span className="text-emerald-700">Saved.</span>}
        {status && "error" in status && (
          <span className={ui.error} role="alert">
            {status.error}
          </span>
        )}
      </div>
    </div>
  );
}

/** The caller's saved offers (`offers.list`): add one to the comparison, or delete it. */
export function SavedOffers(props: {
  /** How amounts are shown; each offer's base is converted from its own currency, which is said when it differs. */
  display: MoneyDisplay;
  inUse: readonly string[];
  canAdd: boolean;
  onLoad: (offer: SavedOffer) => void;
  onDeleted: (id: string) => void;
}): ReactElement {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.offers.list.queryOptions({ limit: 200 }));
  const remove = useMutation(
    trpc.offers.delete.mutationOptions({
      onSuccess: async ({ id: deleted }) => {
        props.onDeleted(deleted);
        await queryClient.invalidateQueries(trpc.offers.list.pathFilter());
      },
    }),
  );

  return (
    <SavedList
      title="Saved offers"
      emptyText="No saved offers yet: save one from its card."
      testId="saved-offers"
      list={list}
      remove={remove}
      summary={(row) => (
        <>
          {props.display.moneyFrom(row.offer.base, row.offer.currency ?? props.display.base)} base
          {props.display.currencyFor(row.offer.currency ?? props.display.base) !== (row.offer.currency ?? props.display.base) && (
            <> (entered as {formatMoney(row.offer.base, row.offer.currency ?? props.display.base)})</>
          )}
          {row.offer.equity ? (row.offer.equity.kind === "rsu" ? " · RSUs" : " · options") : ""} · saved{" "}
          <time dateTime={row.updatedAt}>{dateFormat.format(new Date(row.updatedAt))}</time>
        </>
      )}
      actions={(row) => {
        const inUse = props.inUse.includes(row.id);
        return (
          <button
            type="button"
            className={ui.buttonSecondary}
            aria-label={`Compare ${row.name}`}
            disabled={inUse || !props.canAdd}
            title={inUse ? "Already on the screen" : props.canAdd ? undefined : "Remove an offer first: at most four"}
            onClick={() => props.onLoad({ id: row.id, name: row.name, offer: row.offer })}
          >
            {inUse ? "Shown" : "Compare"}
          </button>
        );
      }}
    />
  );
}
