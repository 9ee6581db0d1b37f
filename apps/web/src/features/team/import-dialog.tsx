import { useId, useRef, useState, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { codeOf, messageOf } from "../../lib/api-errors";
import { importProblemsOf } from "./import-problems";
import { RosterChangesView } from "./roster-changes-view";
import {
  formatOf,
  maxRosterFileBytes,
  postRosterImport,
  readRosterFile,
  type ImportRosterInput,
  type ImportRosterResult,
  type ImportStage,
} from "./upload-roster";

const steps = [
  { step: "reading", label: "Reading the file" },
  { step: "uploading", label: "Uploading" },
  { step: "checking", label: "Checking" },
  { step: "review", label: "Review" },
  { step: "importing", label: "Importing" },
  { step: "done", label: "Done" },
] as const;

const stepIndex = (stage: ImportStage): number => steps.findIndex((s) => s.step === stage.step);

/**
 * The roster import: a dialog to pick a CSV or XLSX file, check it on the server and review what
 * it changes (people added, removed and changed) before replacing the roster, with progress
 * (reading → uploading → checking → review → importing → done) and, when the file has problems,
 * a table of line, column and message; nothing is imported then. The chosen file stays selected
 * after an error; the replaced roster can be restored afterwards.
 */
export function ImportDialog(props: {
  teamId: string;
  revision: number;
  onImported: (result: ImportRosterResult) => void;
  onStale: () => void;
}): ReactElement {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<ImportStage>({ step: "idle" });
  /** The file as read and checked, sent again once the manager confirms. */
  const checked = useRef<ImportRosterInput | null>(null);
  const busy = stage.step === "reading" || stage.step === "uploading" || stage.step === "checking" || stage.step === "importing";

  function open(): void {
    if (!busy && stage.step === "done") setStage({ step: "idle" });
    dialog.current?.showModal();
  }

  async function start(): Promise<void> {
    if (!file) return;
    const format = formatOf(file.name);
    if (!format) {
      setStage({ step: "failed", error: new Error("Choose a .csv or .xlsx file.") });
      return;
    }
    if (file.size > maxRosterFileBytes) {
      setStage({ step: "failed", error: new Error(`The file is larger than ${maxRosterFileBytes / 1024 / 1024} MB.`) });
      return;
    }
    try {
      setStage({ step: "reading", fraction: 0 });
      const content = await readRosterFile(file, format, (fraction) => setStage({ step: "reading", fraction }));
      setStage({ step: "uploading", fraction: 0 });
      const input: ImportRosterInput = { teamId: props.teamId, revision: props.revision, format, fileName: file.name, content };
      const preview = await postRosterImport(
        input,
        (fraction) => setStage({ step: "uploading", fraction }),
        () => setStage({ step: "checking" }),
        "previewImport",
      );
      checked.current = input;
      setStage({ step: "review", preview });
    } catch (error) {
      setStage({ step: "failed", error });
    }
  }

  async function confirm(): Promise<void> {
    const input = checked.current;
    if (!input) return;
    try {
      setStage({ step: "importing" });
      const result = await postRosterImport(
        input,
        () => undefined,
        () => undefined,
      );
      checked.current = null;
      setStage({ step: "done", result });
      props.onImported(result);
    } catch (error) {
      setStage({ step: "failed", error });
    }
  }

  const problems = stage.step === "failed" ? importProblemsOf(stage.error) : [];
  const isStale = stage.step === "failed" && codeOf(stage.error) === "CONFLICT";

  return (
    <>
      <button type="button" className={ui.button} onClick={open}>
        Import roster
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto w-[min(44rem,calc(100vw-1rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
        onCancel={(e) => {
          if (busy) e.preventDefault();
        }}
      >
        <div className="space-y-3 p-4 sm:p-5">
          <div className="flex items-start justify-between gap-2">
            <h2 id={`${id}-title`} className={ui.h2}>
              Import a roster
            </h2>
            <button type="button" className={ui.buttonSecondary} disabled={busy} onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
          <p className={ui.muted}>
            A CSV or XLSX file with the columns employee id, name, title, role, level, location, base, bonus, equity, performance rating, hire
            date and manager id (gender optional). It replaces the whole roster once you have reviewed what changes; a file with any problem
            imports nothing, and the replaced roster can be restored.
          </p>
          <form
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              void start();
            }}
          >
            <div>
              <label htmlFor={`${id}-file`} className={ui.label}>
                Roster file (.csv or .xlsx)
              </label>
              <input
                id={`${id}-file`}
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                className={`${ui.input} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1`}
                disabled={busy}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setStage({ step: "idle" });
                }}
              />
            </div>
            <button type="submit" className={ui.button} disabled={!file || busy || stage.step === "review"}>
              {busy ? "Importing…" : "Import"}
            </button>
          </form>

          {stage.step !== "idle" && stage.step !== "failed" && (
            <div aria-live="polite" data-testid="import-progress">
              <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {steps.map((s, i) => (
                  <li
                    key={s.step}
                    aria-current={s.step === stage.step ? "step" : undefined}
                    className={i < stepIndex(stage) || stage.step === "done" ? "text-emerald-700" : s.step === stage.step ? "font-semibold text-indigo-700" : "text-slate-500"}
                  >
                    {i + 1}. {s.label}
                  </li>
                ))}
              </ol>
              {(stage.step === "reading" || stage.step === "uploading") && (
                <progress className="mt-2 w-full" max={1} value={stage.fraction} aria-label={`${stage.step === "reading" ? "Reading" : "Uploading"}: ${Math.round(stage.fraction * 100)} %`} />
              )}
              {(stage.step === "checking" || stage.step === "importing") && (
                <progress className="mt-2 w-full" aria-label={stage.step === "checking" ? "Checking" : "Importing"} />
              )}
              {stage.step === "review" && (
                <div className="mt-2 space-y-2 rounded border border-amber-200 bg-amber-50 p-3 text-sm" data-testid="import-review">
                  <p>
                    The file has {stage.preview.fileCount} {stage.preview.fileCount === 1 ? "person" : "people"}; the roster has{" "}
                    {stage.preview.currentCount} now. Importing replaces the whole roster:
                  </p>
                  <RosterChangesView changes={stage.preview.changes} testId="import-changes" />
                  {stage.preview.unmappedTitles.length > 0 && (
                    <p>{stage.preview.unmappedTitles.length} titles match no catalog role; their role column places them.</p>
                  )}
                  <p className="text-slate-600">The roster you have now is kept: you can restore it after the import.</p>
                  <div className="flex flex-wrap gap-2">
                    <button type="button" className={ui.button} onClick={() => void confirm()}>
                      Replace the roster
                    </button>
                    <button
                      type="button"
                      className={ui.buttonSecondary}
                      onClick={() => {
                        checked.current = null;
                        setStage({ step: "idle" });
                      }}
                    >
                      Cancel
                    </button>
                  </div>
                </div>
              )}
              {stage.step === "done" && (
                <div className="mt-2 text-sm" role="status">
                  <p className="font-medium text-emerald-800">
                    Imported {stage.result.imported} people (the roster had {stage.result.replaced}).
                  </p>
                  {stage.result.unmappedTitles.length > 0 && (
                    <div className="mt-2">
                      <p>These titles match no catalog role; check their role column:</p>
                      <ul className="mt-1 list-disc pl-5">
                        {stage.result.unmappedTitles.map((t) => (
                          <li key={`${t.line}-${t.title}`}>
                            Line {t.line}: “{t.title}”{t.suggestion ? ` (closest: ${t.suggestion})` : ""}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                </div>
              )}
            </div>
          )}

          {stage.step === "failed" && (
            <div role="alert" data-testid="import-errors">
              <p className="text-sm font-medium text-red-800">
                {isStale ? messageOf(stage.error) : problems.some((p) => p.line !== null) ? "The file has problems. Nothing was imported." : messageOf(stage.error, "The import failed.")}
              </p>
              {isStale && (
                <button type="button" className={`${ui.buttonSecondary} mt-2`} onClick={props.onStale}>
                  Load the latest roster
                </button>
              )}
              {!isStale && problems.length > 0 && (
                <div className="mt-2 max-h-72 overflow-auto rounded border border-slate-200">
                  <table className="w-full text-sm">
                    <caption className="sr-only">Problems in the file</caption>
                    <thead className="sticky top-0 bg-slate-50">
                      <tr>
                        <th scope="col" className={ui.th}>
                          Line
                        </th>
                        <th scope="col" className={ui.th}>
                          Column
                        </th>
                        <th scope="col" className={ui.th}>
                          Problem
                        </th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100">
                      {problems.map((p, i) => (
                        <tr key={`${p.line}-${p.column}-${i}`}>
                          <td className={`${ui.td} tabular-nums`}>{p.line ?? "—"}</td>
                          <td className={ui.td}>{p.column ?? "—"}</td>
                          <td className={ui.td}>{p.message}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          )}
        </div>
      </dialog>
    </>
  );
}
