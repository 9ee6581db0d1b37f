import type { Catalog } from "@paypath/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { lazy, Suspense, useId, useMemo, useState, type ReactElement } from "react";
import { PublishedCatalog } from "../../components/published-catalog";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { formatMoney } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { RoleGate } from "../roles/role-gate";
import { bandChartOf } from "./band-chart-data";
import { BudgetSimulator } from "./budget-simulator";
import { CatalogImpact } from "./catalog-impact";
import { ExportButton } from "./export-button";
import { ImportDialog } from "./import-dialog";
import { OutlierList } from "./outlier-list";
import { PayEquityPanel } from "./pay-equity-panel";
import { PolicyEditor } from "./policy-editor";
import { rosterRows } from "./roster-rows";
import { RestoreRoster } from "./restore-roster";
import { RosterTable } from "./roster-table";
import { TeamPicker } from "./team-picker";

const BandChart = lazy(() => import("./band-chart").then((m) => ({ default: m.BandChart })));

/** Managers' Team screen: their teams' rosters against market bands, raises, policy, import and export. */
export function TeamPage(): ReactElement {
  return (
    <RoleGate page="team" roleName="manager">
      <PublishedCatalog>{(catalog, version) => <TeamScreen key={version} catalog={catalog} />}</PublishedCatalog>
    </RoleGate>
  );
}

function TeamScreen({ catalog }: { catalog: Catalog }): ReactElement {
  const trpc = useTRPC();
  const teams = useQuery(trpc.teams.list.queryOptions());
  const [chosen, setChosen] = useState<string | null>(null);
  const teamId = chosen ?? teams.data?.[0]?.id ?? null;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className={ui.h1}>Team pay bands</h1>
          <p className={ui.muted}>Your team's pay against fair, market-based bands; annual figures in {catalog.baseCurrency}.</p>
          <Link to="/team/transparency" className="text-sm text-indigo-700 underline">
            Pay transparency: posting ranges and the EU directive's reports
          </Link>
        </div>
        <TeamPicker teams={teams.data} teamId={teamId} onChoose={setChosen} />
      </div>
      {teams.isPending && <p className={ui.muted}>Loading your teams…</p>}
      {teams.isError && (
        <p className={ui.error} role="alert">
          {messageOf(teams.error)}
        </p>
      )}
      {teams.data?.length === 0 && <p className={ui.card}>You do not manage a team yet.</p>}
      {teamId && <TeamWorkspace key={teamId} teamId={teamId} catalog={catalog} />}
    </div>
  );
}

function TeamWorkspace({ teamId, catalog }: { teamId: string; catalog: Catalog }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const team = useQuery(trpc.teams.get.queryOptions({ teamId }));
  const calibration = useQuery(trpc.teams.calibration.queryOptions({ teamId }));
  const reload = (): Promise<void> => queryClient.invalidateQueries(trpc.teams.pathFilter());

  const cal = calibration.data?.calibration;
  const rows = useMemo(() => (team.data ? rosterRows(team.data.members, cal, catalog) : []), [team.data, cal, catalog]);
  const chart = useMemo(() => (cal ? bandChartOf(cal, catalog) : null), [cal, catalog]);

  if (team.isPending) return <p className={ui.muted}>Loading the roster…</p>;
  if (team.isError) {
    return (
      <p className={ui.card} role="alert">
        {messageOf(team.error)}
      </p>
    );
  }
  const { team: info, policy, members, previousRoster } = team.data;
  const summary = cal?.summary;
  const currency = cal?.currency ?? catalog.baseCurrency;

  return (
    <div className="space-y-4">
      <section className={ui.card} aria-labelledby={`${id}-team`}>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id={`${id}-team`} className={ui.h2}>
              {info.name}
            </h2>
            <p className={ui.muted}>
              <span data-testid="team-headcount">{info.memberCount}</span> people · revision {info.revision}
              {calibration.data && <> · catalog {calibration.data.catalogVersion.version}</>}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <ImportDialog teamId={teamId} revision={info.revision} onImported={() => void reload()} onStale={() => void reload()} />
            {previousRoster && (
              <RestoreRoster teamId={teamId} revision={info.revision} previous={previousRoster} onRestored={() => void reload()} onStale={() => void reload()} />
            )}
            <ExportButton teamId={teamId} disabled={members.length === 0} />
          </div>
        </div>
        {calibration.isError && (
          <p className={ui.error} role="alert">
            {messageOf(calibration.error)}
          </p>
        )}
        {summary && (
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-5" data-testid="band-summary">
            <div className="rounded bg-slate-50 p-2">
              <dt className={ui.muted}>In band</dt>
              <dd className="text-lg font-semibold tabular-nums">{summary.byStatus.in}</dd>
            </div>
            <div className="rounded bg-red-50 p-2">
              <dt className={ui.muted}>Below band</dt>
              <dd className="text-lg font-semibold tabular-nums">{summary.byStatus.below}</dd>
            </div>
            <div className="rounded bg-amber-50 p-2">
              <dt className={ui.muted}>Above band</dt>
              <dd className="text-lg font-semibold tabular-nums">{summary.byStatus.above}</dd>
            </div>
            <div className="rounded bg-slate-50 p-2">
              <dt className={ui.muted}>Median compa-ratio</dt>
              <dd className="text-lg font-semibold tabular-nums">{summary.compaRatio ? summary.compaRatio.median.toFixed(2) : "—"}</dd>
            </div>
            <div className="rounded bg-slate-50 p-2">
              <dt className={ui.muted}>Base payroll</dt>
              <dd className="text-lg font-semibold tabular-nums">{formatMoney(summary.payroll, currency)}</dd>
            </div>
          </dl>
        )}
      </section>

      {members.length === 0 ? (
        <p className={ui.card}>No roster yet: import a CSV or XLSX file.</p>
      ) : (
        <>
          <section className={ui.card} aria-labelledby={`${id}-roster`}>
            <h2 id={`${id}-roster`} className={ui.h2}>
              Roster
            </h2>
            <div className="mt-2">
              <RosterTable rows={rows} currency={currency} />
            </div>
          </section>

          <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <section className={`${ui.card} min-w-0`} aria-labelledby={`${id}-chart`}>
              <h2 id={`${id}-chart`} className={ui.h2}>
                Pay in band
              </h2>
              {chart && (
                <>
                  <p className={ui.muted}>
                    Each shaded bar is a band (min to max, midpoint marked); each dot is a person's base pay.
                    {chart.totalBands > chart.bands.length && ` The ${chart.bands.length} bands with most people of ${chart.totalBands}.`}
                  </p>
                  <figure className="mt-2" data-testid="band-chart">
                    <Suspense fallback={<div className="h-[240px] animate-pulse rounded bg-slate-100" aria-hidden="true" />}>
                      <BandChart data={chart} currency={currency} />
                    </Suspense>
                    <figcaption className="sr-only">Base pay of each person against their band; the roster table lists the same figures.</figcaption>
                  </figure>
                </>
              )}
            </section>
            {cal && <OutlierList calibration={cal} />}
          </div>

          <BudgetSimulator teamId={teamId} matrix={policy.meritMatrix} members={members} currency={currency} />
          {calibration.data && <PayEquityPanel report={calibration.data.payEquity} currency={currency} />}
        </>
      )}

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <PolicyEditor teamId={teamId} revision={info.revision} policy={policy} catalog={catalog} onStale={() => void reload()} />
        {calibration.data && <CatalogImpact teamId={teamId} publishedId={calibration.data.catalogVersion.id} catalog={catalog} />}
      </div>
    </div>
  );
}
