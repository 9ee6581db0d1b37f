import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { downloadFile } from "../../lib/download-file";
import { useTRPC } from "../../lib/trpc";
import { ReportTables } from "./report-tables";

/** The EU directive's reports for the team, exported as CSV or shown as a printable page (each export audited). */
export function ReportPanel(props: { teamId: string; onPrint: () => void }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const report = useQuery(trpc.transparency.report.queryOptions({ teamId: props.teamId }));
  const exportReport = useMutation(trpc.transparency.exportReport.mutationOptions());
  const [status, setStatus] = useState<string | null>(null);

  async function exportCsv(): Promise<void> {
    setStatus(null);
    try {
      const file = await exportReport.mutateAsync({ teamId: props.teamId, format: "csv" });
      downloadFile(file.fileName, file.csv ?? "", "text/csv;charset=utf-8");
      setStatus(`Exported ${file.fileName}.`);
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  const data = report.data;
  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={`${id}-heading`} className={ui.h2}>
            Pay transparency report
          </h2>
          {data && (
            <p className={ui.muted}>
              Under {data.rule.law}. {data.report.headcount} people; groups and categories with fewer than {data.report.minGroupSize} people of a gender are
              suppressed{data.report.withoutGender > 0 && `; ${data.report.withoutGender} without a gender left out`}. Figures in {data.currency}.
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={ui.buttonSecondary} disabled={!data || exportReport.isPending} onClick={() => void exportCsv()}>
            Export report CSV
          </button>
          <button type="button" className={ui.buttonSecondary} disabled={!data} onClick={props.onPrint}>
            Printable page
          </button>
        </div>
      </div>
      {status && (
        <p className={ui.muted} role="status">
          {status}
        </p>
      )}
      {report.isPending && <p className={ui.muted}>Computing the report…</p>}
      {report.isError && (
        <p className={ui.error} role="alert">
          {messageOf(report.error)}
        </p>
      )}
      {data &&
        (data.report.referenceGroup === null ? (
          <p className={`${ui.muted} mt-2`}>The roster has no gender column filled in, so there is no gap to report.</p>
        ) : (
          <div className="mt-3">
            <ReportTables report={data.report} names={data.names} currency={data.currency} />
          </div>
        ))}
    </section>
  );
}
