import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { issuesOf, messageOf } from "../../lib/api-errors";
import { friendlyMessage, labelOfPath } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { useCatalogRefresh } from "./draft-editor";

/**
 * Importing a whole catalog as a new draft from a JSON file, or from CSV tables (a `.zip` of them
 * or several `.csv` files, as exported); problems are listed by path, or by file and line.
 */
export function ImportCatalog(props: { onImported: (id: number) => void }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const refresh = useCatalogRefresh();
  const [files, setFiles] = useState<File[]>([]);
  const [note, setNote] = useState("");
  const [readError, setReadError] = useState<string | null>(null);
  const onSuccess = async (draft: { id: number }): Promise<void> => {
    await refresh();
    props.onImported(draft.id);
  };
  const importJson = useMutation(trpc.catalog.importJson.mutationOptions({ onSuccess }));
  const importCsv = useMutation(trpc.catalog.importCsv.mutationOptions({ onSuccess }));
  // The import last sent: its error (if any) is the one shown.
  const [sent, setSent] = useState<"json" | "csv">("json");
  const active = sent === "json" ? importJson : importCsv;
  const issues = active.isError ? issuesOf(active.error) : [];
  const pending = importJson.isPending || importCsv.isPending;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (files.length === 0) return;
    setReadError(null);
    const noteField = note.trim() ? { note: note.trim() } : {};
    const single = files.length === 1 ? files[0]! : null;
    if (single && single.name.toLowerCase().endsWith(".json")) {
      let text: string;
      try {
        text = await single.text();
      } catch {
        setReadError("The file could not be read.");
        return;
      }
      setSent("json");
      importJson.reset();
      importJson.mutate({ text, ...noteField });
      return;
    }
    let csvFiles: { name: string; content: string }[];
    try {
      const { readCatalogCsvFiles } = await import("./catalog-files");
      csvFiles = await readCatalogCsvFiles(files);
    } catch {
      setReadError("The files could not be read (is the zip intact?).");
      return;
    }
    if (csvFiles.length === 0) {
      setReadError("The zip holds no files.");
      return;
    }
    setSent("csv");
    importCsv.reset();
    importCsv.mutate({ files: csvFiles, ...noteField });
  }

  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        Import a catalog
      </h2>
      <p className={ui.muted}>A whole catalog as JSON, or its CSV tables as a zip or several .csv files (as exported here), becomes a new draft. Files with problems import nothing.</p>
      <form className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end" onSubmit={(e) => void submit(e)}>
        <div className="min-w-0">
          <label htmlFor={`${id}-file`} className={ui.label}>
            Catalog file (JSON, zip of CSVs, or CSVs)
          </label>
          <input
            id={`${id}-file`}
            type="file"
            multiple
            accept=".json,.zip,.csv,application/json,application/zip,text/csv"
            className="mt-1 block w-full text-sm"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        </div>
        <div className="min-w-0">
          <label htmlFor={`${id}-note`} className={ui.label}>
            Note
          </label>
          <input id={`${id}-note`} className={ui.input} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" className={ui.button} disabled={files.length === 0 || pending}>
          {pending ? "Importing…" : "Import as draft"}
        </button>
      </form>
      <div aria-live="polite">
        {readError && (
          <p className={ui.error} role="alert">
            {readError}
          </p>
        )}
        {active.isError && (
          <div className={ui.error} role="alert" data-testid="import-problems">
            <p>{messageOf(active.error)}</p>
            {issues.length > 0 && (
              <ul className="mt-1 max-h-64 list-disc overflow-y-auto pl-5">
                {issues.map((i) => (
                  <li key={`${i.path}-${i.message}`}>
                    {friendlyMessage(labelOfPath(i.path.replace(/\.line \d+/, ""), {}), i.message)} <code className="text-xs">{i.path}</code>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
