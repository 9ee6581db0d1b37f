import type { Catalog, Profile } from "@paypath/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useId, useMemo, type ReactElement } from "react";
import { PublishedCatalog } from "../../components/published-catalog";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { sessionQuery } from "../../lib/auth";
import { CurrencyToggle } from "../../components/currency-toggle";
import { catalogName, jobName } from "../../lib/catalog-names";
import { localCurrencyOf, moneyDisplayOf } from "../../lib/currency";
import { useCurrencyChoice } from "../../lib/use-money-display";
import { useTRPC } from "../../lib/trpc";
import { fromProfile, initialValues } from "./form-values";
import { loadValues, storeValues } from "./stored-values";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

/**
 * The History screen (`/history`): the signed-in user's saved estimates; loading one opens it on
 * the estimate screen. Signed out, it asks to sign in.
 */
export function HistoryPage(): ReactElement {
  const session = useQuery(sessionQuery);
  const navigate = useNavigate();
  return (
    <div className="space-y-4">
      <div>
        <h1 className={ui.h1}>Estimate history</h1>
        <p className={ui.muted}>Every estimate you saved, newest first. Load one to see it again on the estimate screen.</p>
      </div>
      {session.isPending ? (
        <p className={ui.muted}>Loading…</p>
      ) : session.data ? (
        <PublishedCatalog>
          {(catalog) => (
            <HistoryList
              catalog={catalog}
              limit={100}
              showCurrencyToggle
              onLoad={(profile) => {
                storeValues(fromProfile(profile, catalog));
                void navigate({ to: "/" });
              }}
            />
          )}
        </PublishedCatalog>
      ) : (
        <p className={ui.card}>
          <Link to="/sign-in" className="text-indigo-700 underline">
            Sign in
          </Link>{" "}
          to see the estimates you saved.
        </p>
      )}
    </div>
  );
}

/**
 * The caller's saved estimates, newest first (`valuation.history`, the last `limit`, 20 by
 * default), named by their profile. Each total is shown in its location's currency at the
 * catalog's rate, or in the base currency when the user chose it; `showCurrencyToggle` adds the
 * toggle, for the profile's location (else the newest estimate's with a currency of its own).
 */
export function HistoryList(props: { catalog: Catalog; onLoad: (profile: Profile) => void; limit?: number; showCurrencyToggle?: boolean }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const history = useQuery(trpc.valuation.history.queryOptions({ limit: props.limit ?? 20 }));
  const profiles = useQuery(trpc.profiles.list.queryOptions({ limit: 200 }));
  const names = new Map((profiles.data ?? []).map((p) => [p.id, p.name]));
  const { catalog } = props;
  const choice = useCurrencyChoice();
  const displayOf = useMemo(() => {
    const cache = new Map<string, ReturnType<typeof moneyDisplayOf>>();
    return (location: string): ReturnType<typeof moneyDisplayOf> => {
      let d = cache.get(location);
      if (!d) {
        d = moneyDisplayOf(catalog, localCurrencyOf(catalog, location), choice);
        cache.set(location, d);
      }
      return d;
    };
  }, [catalog, choice]);
  const toggleLocation = useMemo(() => {
    const candidates = [loadValues(catalog, initialValues(catalog))?.location, ...(history.data ?? []).map((r) => r.input.location)];
    return candidates.find((l): l is string => l !== undefined && localCurrencyOf(catalog, l) !== null) ?? null;
  }, [catalog, history.data]);

  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        History
      </h2>
      {props.showCurrencyToggle && toggleLocation && <CurrencyToggle display={displayOf(toggleLocation)} className="mt-2 rounded-md bg-slate-50 p-3" />}
      {history.isPending && <p className={ui.muted}>Loading…</p>}
      {history.isError && (
        <p className={ui.error} role="alert">
          {messageOf(history.error)}
        </p>
      )}
      {history.data && history.data.length === 0 && <p className={`${ui.muted} mt-1`}>No saved estimates yet.</p>}
      {history.data && history.data.length > 0 && (
        <ul className="mt-2 divide-y divide-slate-100" data-testid="history">
          {history.data.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium break-words">{(row.profileId && names.get(row.profileId)) ?? "Unnamed estimate"}</p>
                <p className="text-slate-600 break-words">
                  {jobName(props.catalog, row.input.level, row.input.role)} · {catalogName(props.catalog, "locations", row.input.location)} ·{" "}
                  <span className="tabular-nums" data-testid="history-total">{displayOf(row.input.location).moneyFrom(row.result.total.p50, row.result.currency)}</span> · catalog {row.result.catalogVersion} ·{" "}
                  <time dateTime={row.createdAt}>{dateFormat.format(new Date(row.createdAt))}</time>
                </p>
              </div>
              <button type="button" className={ui.buttonSecondary} onClick={() => props.onLoad(row.input)}>
                Load
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
