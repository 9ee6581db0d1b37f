import type { Catalog } from "@paypath/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState, type ReactElement } from "react";
import { PublishedCatalog } from "../../components/published-catalog";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { RoleGate } from "../roles/role-gate";
import { PostingPanel } from "./posting-panel";
import { PrintableReport } from "./printable-report";
import { ReportPanel } from "./report-panel";
import { TeamPicker } from "../team/team-picker";

/** Managers' pay-transparency screen: posting ranges from the team's bands and the EU directive's reports. */
export function TransparencyPage(): ReactElement {
  return (
    <RoleGate page="team" roleName="manager">
      <PublishedCatalog>{(catalog, version) => <TransparencyScreen key={version} catalog={catalog} />}</PublishedCatalog>
    </RoleGate>
  );
}

function TransparencyScreen({ catalog }: { catalog: Catalog }): ReactElement {
  const trpc = useTRPC();
  const teams = useQuery(trpc.teams.list.queryOptions());
  const rules = useQuery(trpc.transparency.rules.queryOptions(undefined, { staleTime: 60 * 60_000 }));
  const [chosen, setChosen] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const teamId = chosen ?? teams.data?.[0]?.id ?? null;

  if (printing && teamId) return <PrintableReport teamId={teamId} onClose={() => setPrinting(false)} />;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className={ui.h1}>Pay transparency</h1>
          <p className={ui.muted}>
            Posting ranges and the EU Pay Transparency Directive's reports from your team's bands.{" "}
            <Link to="/team" className="text-indigo-700 underline">
              Back to the team's bands
            </Link>
          </p>
        </div>
        <TeamPicker teams={teams.data} teamId={teamId} onChoose={setChosen} />
      </div>
      {(teams.isPending || rules.isPending) && <p className={ui.muted}>Loading…</p>}
      {(teams.isError || rules.isError) && (
        <p className={ui.error} role="alert">
          {messageOf(teams.error ?? rules.error)}
        </p>
      )}
      {teams.data?.length === 0 && <p className={ui.card}>You do not manage a team yet.</p>}
      {teamId && rules.data && (
        <>
          <PostingPanel key={`posting-${teamId}`} teamId={teamId} catalog={catalog} rules={rules.data.rules} sources={rules.data.sources} />
          <ReportPanel key={`report-${teamId}`} teamId={teamId} onPrint={() => setPrinting(true)} />
        </>
      )}
    </div>
  );
}
