import type { Catalog, PlanOptionsInput, PlanTargetInput, Profile } from "@paypath/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactElement } from "react";
import { SavedList } from "../../components/saved-list";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import type { MoneyDisplay } from "../../lib/currency";
import { useTRPC } from "../../lib/trpc";
import { planChanges } from "./plan-changes";
import { targetName } from "./plan-target";
import { fastestOf, fastestText } from "./plan-summary";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

/** A saved request, to load back into the planner. */
export interface SavedRequest {
  readonly profile: Profile;
  readonly target: PlanTargetInput;
  readonly options: PlanOptionsInput;
}

/** The caller's saved plans (`planner.list`): open one to re-run it on the current catalog, or delete it. */
export function SavedPlans(props: { catalog: Catalog; display: MoneyDisplay; onLoad: (request: SavedRequest) => void }): ReactElement {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useQuery(trpc.planner.list.queryOptions({}));
  const remove = useMutation(
    trpc.planner.delete.mutationOptions({
      onSuccess: async ({ id: deleted }) => {
        if (deleted === openId) setOpenId(null);
        await queryClient.invalidateQueries(trpc.planner.list.pathFilter());
      },
    }),
  );

  return (
    <SavedList
      title="Saved plans"
      emptyText="No saved plans yet."
      testId="saved-plans"
      list={list}
      remove={remove}
      summary={(row) => (
        <>
          {targetName(row.target, props.catalog)}
          {row.options.hoursPerWeek !== undefined && <> · {row.options.hoursPerWeek} h/week</>} · catalog {row.catalogVersion} ·{" "}
          <time dateTime={row.createdAt}>{dateFormat.format(new Date(row.createdAt))}</time>
        </>
      )}
      actions={(row) => (
        <button
          type="button"
          className={ui.buttonSecondary}
          aria-expanded={openId === row.id}
          aria-label={`Open ${row.name}`}
          onClick={() => setOpenId(openId === row.id ? null : row.id)}
        >
          {openId === row.id ? "Close" : "Open"}
        </button>
      )}
      detail={(row) => openId === row.id && <Rerun id={row.id} display={props.display} onLoad={props.onLoad} />}
    />
  );
}

/** A saved plan re-run on the published catalog (`planner.rerun`), with what changed since it was saved. */
function Rerun(props: { id: string; display: MoneyDisplay; onLoad: (request: SavedRequest) => void }): ReactElement {
  const trpc = useTRPC();
  const rerun = useQuery(trpc.planner.rerun.queryOptions({ id: props.id }, { staleTime: 0 }));
  if (rerun.isPending) return <p className={`${ui.muted} mt-2`}>Re-running on the current catalog…</p>;
  if (rerun.isError) {
    return (
      <p className={ui.error} role="alert">
        {messageOf(rerun.error)}
      </p>
    );
  }
  const { plan, current, changed } = rerun.data;
  const lines = planChanges(
    { catalogVersion: plan.catalogVersion, result: plan.result },
    { catalogVersion: current.catalogVersion.version, result: current.result },
    props.display.money,
  );
  const fastest = fastestOf(current.result);
  const fastestPay = current.result.frontier.find((p) => p.months === fastest?.months);
  return (
    <div className="mt-2 rounded-md bg-slate-50 p-3" data-testid="plan-rerun" aria-live="polite">
      {changed || lines.length > 0 ? (
        <>
          <p className="font-medium text-amber-800">Changed since it was saved (catalog {current.catalogVersion.version}):</p>
          <ul className="mt-1 list-disc pl-5">
            {(lines.length > 0 ? lines : ["Figures moved slightly"]).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="font-medium text-emerald-700">Unchanged on the current catalog ({current.catalogVersion.version}).</p>
      )}
      <p className="mt-1 text-slate-600">
        {current.result.reachable && fastest && fastestPay
          ? `Now: ${fastestText(fastest)}, ${props.display.money(fastestPay.pay.total.p50)} median.`
          : `Not reachable now: ${current.result.reasons.map((r) => r.message).join(" ")}`}
      </p>
      <button
        type="button"
        className={`${ui.buttonSecondary} mt-2`}
        onClick={() => props.onLoad({ profile: plan.profile, target: plan.target, options: plan.options })}
      >
        Load into planner
      </button>
    </div>
  );
}
