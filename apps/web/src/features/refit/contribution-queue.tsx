import type { AppRouter } from "@paypath/api";
import type { inferRouterOutputs } from "@trpc/server";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { formatMoney } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";

/** The review queue of contributed pay: figures only, each with its outlier score; accept or reject with a reason. */
export function ContributionQueue(): ReactElement {
  const trpc = useTRPC();
  const queue = useQuery(trpc.contributions.queue.queryOptions({ status: "pending", limit: 200 }));
  return (
    <section className={ui.card} aria-labelledby="queue-title">
      <h2 id="queue-title" className={ui.h2}>
        Contributed pay to review
      </h2>
      <p className={ui.muted}>
        Accepted contributions join the next refit (source <code>contributed-pay</code>). Who contributed is never shown. A contribution is flagged when its
        robust score (the median absolute deviation of log base pay within its role, level and country) is beyond ±3.5.
      </p>
      {queue.isError && (
        <p className={ui.error} role="alert">
          {messageOf(queue.error)}
        </p>
      )}
      {queue.data?.length === 0 && <p className={`${ui.muted} mt-2`}>Nothing to review.</p>}
      <ul className="mt-2 space-y-2">
        {queue.data?.map((c) => (
          <li key={c.id}>
            <QueueItem item={c} />
          </li>
        ))}
      </ul>
    </section>
  );
}

type Item = inferRouterOutputs<AppRouter>["contributions"]["queue"][number];

function QueueItem({ item }: { item: Item }): ReactElement {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const review = useMutation(trpc.contributions.review.mutationOptions());
  const decide = async (decision: "accepted" | "rejected"): Promise<void> => {
    await review.mutateAsync({ id: item.id, decision, reason });
    await queryClient.invalidateQueries({ queryKey: trpc.contributions.queue.queryKey() });
  };
  const label = `${item.role}, ${item.level}, ${item.country}, ${item.year}`;
  return (
    <article className="rounded-md border border-slate-200 p-3 text-sm" aria-label={`Contribution: ${label}`}>
      <p className="font-medium">
        {label} · {item.arrangement} · company size {item.companySize}
      </p>
      <p>
        Base {formatMoney(item.base, "USD")} · bonus {formatMoney(item.bonus, "USD")} · equity {formatMoney(item.equity, "USD")}
      </p>
      <p className={item.flagged ? "font-semibold text-amber-800" : ui.muted}>
        {item.score === null
          ? `No outlier score: ${item.cellSize} contribution${item.cellSize === 1 ? "" : "s"} in its cell, too few to judge.`
          : `${item.flagged ? "Flagged as an outlier: " : ""}robust score ${item.score.toFixed(1)} among ${item.cellSize} contributions in its cell.`}
      </p>
      <label className={`${ui.label} mt-2`}>
        Reason
        <input className={ui.input} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="mt-2 flex gap-2">
        <button type="button" className={ui.button} disabled={review.isPending || reason.trim() === ""} onClick={() => void decide("accepted")}>
          Accept
        </button>
        <button type="button" className={ui.buttonSecondary} disabled={review.isPending || reason.trim() === ""} onClick={() => void decide("rejected")}>
          Reject
        </button>
      </div>
      {review.isError && (
        <p className={ui.error} role="alert">
          {messageOf(review.error)}
        </p>
      )}
    </article>
  );
}
