import { useMutation } from "@tanstack/react-query";
import { useEffect, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { ReportTables } from "./report-tables";

/** The report on a page of its own for printing; opening it is an export, recorded in the audit log. */
export function PrintableReport(props: { teamId: string; onClose: () => void }): ReactElement {
  const trpc = useTRPC();
  const exportReport = useMutation(trpc.transparency.exportReport.mutationOptions());
  const { mutate } = exportReport;
  useEffect(() => {
    mutate({ teamId: props.teamId, format: "print" });
  }, [mutate, props.teamId]);

  const data = exportReport.data?.report;
  return (
    <article className="space-y-4 bg-white" data-testid="printable-report">
      <div className="flex flex-wrap gap-2 print:hidden">
        <button type="button" className={ui.button} disabled={!data} onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className={ui.buttonSecondary} onClick={props.onClose}>
          Back
        </button>
      </div>
      {exportReport.isPending && <p className={ui.muted}>Preparing the report…</p>}
      {exportReport.isError && (
        <p className={ui.error} role="alert">
          {messageOf(exportReport.error)}
        </p>
      )}
      {data && (
        <>
          <header>
            <h1 className={ui.h1}>Pay transparency report — {data.teamName}</h1>
            <p className={ui.muted}>
              {data.rule.name}: {data.rule.law}. Catalog {data.catalogVersion}; {data.report.headcount} people; groups and categories with fewer than{" "}
              {data.report.minGroupSize} people of a gender suppressed. Figures in {data.currency} a year.
            </p>
          </header>
          {data.report.referenceGroup === null ? (
            <p>The roster has no gender column filled in, so there is no gap to report.</p>
          ) : (
            <ReportTables report={data.report} names={data.names} currency={data.currency} />
          )}
        </>
      )}
    </article>
  );
}
