import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { issuesOf, messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { useCatalogRefresh } from "./draft-editor";

/** Importing a whole catalog from a JSON file as a new draft; problems are listed by path and line. */
export function ImportCatalog(props: { onImported: (id: number) => void }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const refresh = useCatalogRefresh();
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const [readError, setReadError] = useState<string | null>(null);
  const importJson = useMutation(
    trpc.catalog.importJson.mutationOptions({
      onSuccess: async (draft) => {
        await refresh();
        props.onImported(draft.id);
      },
    }),
  );
  const issues = importJson.isError ? issuesOf(importJson.error) : [];

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!file) return;
    setReadError(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setReadError("The file could not be read.");
      return;
    }
    importJson.mutate({ text, ...(note.trim() ? { note: note.trim() } : {}) });
  }

  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        Import a catalog
      </h2>
      <p className={ui.muted}>A whole catalog as JSON (as exported here) becomes a new draft. A file with problems imports nothing.</p>
      <form className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end" onSubmit={(e) => void submit(e)}>
        <div className="min-w-0">
          <label htmlFor={`${id}-file`} className={ui.label}>
            Catalog file (JSON)
          </label>
          <input id={`${id}-file`} type="file" accept=".json,application/json" className="mt-1 block w-full text-sm" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="min-w-0">
          <label htmlFor={`${id}-note`} className={ui.label}>
            Note
          </label>
          <input id={`${id}-note`} className={ui.input} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" className={ui.button} disabled={!file || importJson.isPending}>
          {importJson.isPending ? "Importing…" : "Import as draft"}
        </button>
      </form>
      <div aria-live="polite">
        {readError && (
          <p className={ui.error} role="alert">
            {readError}
          </p>
        )}
        {importJson.isError && (
          <div className={ui.error} role="alert" data-testid="import-problems">
            <p>{messageOf(importJson.error)}</p>
            {issues.length > 0 && (
              <ul className="mt-1 max-h-64 list-disc overflow-y-auto pl-5">
                {issues.map((i) => (
                  <li key={`${i.path}-${i.message}`}>
                    <code>{i.path}</code>: {i.message}
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
