import { useQueryClient } from "@tanstack/react-query";
import { useState, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { downloadFile } from "../../lib/download-file";
import { useTRPC } from "../../lib/trpc";

/** Downloads the team's calibrated roster (`teams.exportCsv`) as a CSV file. */
export function ExportButton(props: { teamId: string; disabled?: boolean }): ReactElement {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function download(): Promise<void> {
    setState({ busy: true, error: null });
    try {
      const { csv, fileName } = await queryClient.fetchQuery({ ...trpc.teams.exportCsv.queryOptions({ teamId: props.teamId }), staleTime: 0 });
      downloadFile(fileName, csv, "text/csv;charset=utf-8");
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: messageOf(error) });
    }
  }

  return (
    <div>
      <button type="button" className={ui.buttonSecondary} disabled={props.disabled || state.busy} onClick={() => void download()}>
        {state.busy ? "Exporting…" : "Export CSV"}
      </button>
      {state.error && (
        <p className={ui.error} role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}
