import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useId, useState, type FormEvent, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { issuesOf, messageOf, type FieldIssue } from "../../lib/api-errors";
import { formatPercent } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { RoleGate } from "../roles/role-gate";
import { ContributionQueue } from "./contribution-queue";
import { maxUploadBytes, openDraftInCatalog, stepLabel, type RefitJob } from "./refit-view";

/** The admins' refit screen: upload salary files, follow the fit, open its draft; review contributed pay. */
export function RefitPage(): ReactElement {
  return (
    <RoleGate page="admin" roleName="admin">
      <Refit />
    </RoleGate>
  );
}

function Refit(): ReactElement {
  const trpc = useTRPC();
  const jobs = useQuery({
    ...trpc.refit.list.queryOptions({ limit: 10 }),
    // Follow a running fit; the page can be left and come back to at any time.
    refetchInterval: (query) => (query.state.data?.some((j) => j.status === "queued" || j.status === "running") ? 1000 : false),
  });
  return (
    <div className="space-y-4">
      <header>
        <p className="text-sm">
          <Link to="/admin" className="text-indigo-700 underline">
            ← Factor catalog
          </Link>
        </p>
        <h1 className={ui.h1}>Refit from salary data</h1>
        <p className={ui.muted}>
          Upload salary files to refit the catalog&apos;s fitted figures. The result is a new draft: judgement figures stay as they are; review its changes,
          evaluation and impact, then publish it as any draft.
        </p>
      </header>
      <UploadForm />
      <section className={ui.card} aria-labelledby="refits-title">
        <h2 id="refits-title" className={ui.h2}>
          Refits
        </h2>
        {jobs.isPending && <p className={ui.muted}>Loading refits…</p>}
        {jobs.isError && (
          <p className={ui.error} role="alert">
            {messageOf(jobs.error)}
          </p>
        )}
        {jobs.data?.length === 0 && <p className={ui.muted}>No refit has run yet.</p>}
        <ol className="mt-3 space-y-4">
          {jobs.data?.map((job, i) => (
            <li key={job.id}>
              <JobCard job={job} detailed={i === 0} />
            </li>
          ))}
        </ol>
      </section>
      <ContributionQueue />
    </div>
  );
}

function UploadForm(): ReactElement {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [files, setFiles] = useState<File[]>([]);
  const [keepFiles, setKeepFiles] = useState(false);
  const [includeContributions, setIncludeContributions] = useState(true);
  const [problems, setProblems] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const start = useMutation(trpc.refit.start.mutationOptions());
  const total = files.reduce((sum, f) => sum + f.size, 0);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setProblems([]);
    setMessage(null);
    if (files.length === 0) return setMessage("Choose at least one salary file.");
    if (total > maxUploadBytes) return setMessage(`The files add up to ${(total / 1e6).toFixed(1)} MB; at most 50 MB can be uploaded at once.`);
    try {
      const contents = await Promise.all(files.map(async (f) => ({ name: f.name, content: await f.text() })));
      const job = await start.mutateAsync({ files: contents, keepFiles, includeContributions });
      setMessage(`Refit #${job.id} is queued: ${job.files.map((f) => `${f.name} (${f.rows.toLocaleString("en-US")} rows)`).join(", ")}. You can leave this page; it runs on the server.`);
      setFiles([]);
      await queryClient.invalidateQueries({ queryKey: trpc.refit.list.queryKey() });
    } catch (error) {
      setProblems(issuesOf(error));
      setMessage(messageOf(error));
    }
  };

  return (
    <form className={ui.card} onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={ui.h2}>
        Upload salary files
      </h2>
      <p className={`${ui.muted} mt-1`}>
        Two formats, told apart by the header line. The public survey format (aijobs.net, isecjobs.com): <code>work_year, experience_level, employment_type,
        job_title, salary, salary_currency, salary_in_usd, employee_residence, remote_ratio, company_location, company_size</code>. The PayPath format, yearly
        amounts in US dollars: <code>role</code> (a catalog role id or name) or <code>title</code>, <code>level, country</code> (two-letter code),{" "}
        <code>arrangement</code> (onsite, hybrid, remote), <code>company_size</code> (S, M, L), <code>year, base</code>, and optionally <code>bonus, equity</code>.
        Up to 50 MB in all; a file with any problem imports nothing.
      </p>
      <label className={`${ui.label} mt-3`} htmlFor={`${id}-files`}>
        Salary files (CSV)
      </label>
      <input
        id={`${id}-files`}
        type="file"
        multiple
        accept=".csv,text/csv"
        className={ui.input}
        onChange={(e) => setFiles([...(e.target.files ?? [])])}
      />
      {files.length > 0 && (
        <p className={`${ui.muted} mt-1`}>
          {files.length} file{files.length === 1 ? "" : "s"}, {(total / 1e6).toFixed(2)} MB
        </p>
      )}
      <label className="mt-3 flex items-center gap-2 text-sm">
        <input type="checkbox" checked={includeContributions} onChange={(e) => setIncludeContributions(e.target.checked)} />
        Include accepted pay contributions
      </label>
      <label className="mt-1 flex items-center gap-2 text-sm">
        <input type="checkbox" checked={keepFiles} onChange={(e) => setKeepFiles(e.target.checked)} />
        Keep the uploaded files after the fit (by default they are deleted once it ends)
      </label>
      <button type="submit" className={`${ui.button} mt-3`} disabled={start.isPending}>
        {start.isPending ? "Checking the files…" : "Start refit"}
      </button>
      {message && (
        <p className={problems.length || start.isError ? ui.error : `${ui.muted} mt-2`} role={start.isError || problems.length ? "alert" : "status"}>
          {message.split("; files.")[0]}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-red-700" aria-label="Problems in the files">
          {problems.map((p, i) => (
            <li key={i}>
              {p.path.replace(/^files\.?/, "") || "files"}: {p.message}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

function JobCard({ job, detailed }: { job: RefitJob; detailed: boolean }): ReactElement {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const deleteFiles = useMutation(trpc.refit.deleteFiles.mutationOptions());
  const active = job.status === "queued" || job.status === "running";
  return (
    <article className="rounded-md border border-slate-200 p-3" aria-label={`Refit #${job.id}`}>
      <h3 className="font-semibold">
        Refit #{job.id} · <span data-testid="refit-status">{statusText(job)}</span>
      </h3>
      <p className={ui.muted}>
        {job.files.map((f) => `${f.name} (${f.format === "survey" ? "survey format" : "PayPath format"}, ${f.rows.toLocaleString("en-US")} rows)`).join(", ")}
        {job.includeContributions ? " · with accepted contributions" : ""} · by {job.createdByName ?? "an admin"}
      </p>
      {active && (
        <div className="mt-2">
          <progress className="w-full" max={1} value={job.progress} aria-label={`Refit #${job.id} progress`} />
          <p className={ui.muted}>{stepLabel(job.step)}</p>
        </div>
      )}
      {job.status === "failed" && (
        <p className={ui.error} role="alert">
          {job.error}
        </p>
      )}
      {job.filesKept && !active && (
        <button
          type="button"
          className={`${ui.buttonSecondary} mt-2`}
          onClick={() => void deleteFiles.mutateAsync({ id: job.id }).then(() => queryClient.invalidateQueries({ queryKey: trpc.refit.list.queryKey() }))}
        >
          Delete the kept files
        </button>
      )}
      {job.status === "succeeded" && job.result && (
        <div className="mt-2 space-y-3">
          <p className="text-sm">
            {job.result.changedFigures.toLocaleString("en-US")} fitted figures changed, from {job.result.counts.fitRows.toLocaleString("en-US")} salaries placed on a
            role ({job.result.counts.surveyRows.toLocaleString("en-US")} survey rows, {job.result.counts.payPathRows.toLocaleString("en-US")} PayPath rows,{" "}
            <span data-testid="refit-contributions">{job.result.counts.contributionRows}</span> contributions).
          </p>
          {job.draftId !== null && (
            <button
              type="button"
              className={ui.button}
              onClick={() => {
                openDraftInCatalog(job.draftId!);
                void queryClient.invalidateQueries({ queryKey: trpc.catalog.versions.queryKey() }).then(() => navigate({ to: "/admin" }));
              }}
            >
              Open the draft
            </button>
          )}
          {detailed && <Evaluation job={job} />}
        </div>
      )}
    </article>
  );
}

function statusText(job: RefitJob): string {
  if (job.status === "queued") return "waiting to run";
  if (job.status === "running") return `running (${Math.round(job.progress * 100)} %)`;
  if (job.status === "failed") return "failed";
  return "done";
}

const pct = (x: number | null | undefined): string => (typeof x === "number" && Number.isFinite(x) ? formatPercent(x) : "–");

function Evaluation({ job }: { job: RefitJob }): ReactElement {
  const r = job.result!;
  const e = r.evaluation;
  const rows: { name: string; draft: { n: number; mdape: number; coverage: number } | undefined; published: { n: number; mdape: number; coverage: number } | undefined }[] = [
    { name: "All rows", draft: e.draft.model, published: e.published.model },
    ...Object.keys(e.draft.byLevel).map((k) => ({ name: `Level ${k}`, draft: e.draft.byLevel[k], published: e.published.byLevel[k] })),
    ...Object.keys(e.draft.byRegion).map((k) => ({ name: e.draft.byRegion[k]?.name ?? k, draft: e.draft.byRegion[k], published: e.published.byRegion[k] })),
  ];
  return (
    <>
      <section aria-label="Evaluation">
        <h4 className="font-semibold">Evaluation on {e.testYear} ({e.testRows.toLocaleString("en-US")} rows)</h4>
        <p className={ui.muted}>
          Median absolute percentage error of the median estimate (lower is better) and the share of salaries inside the p25–p75 range (50 % is calibrated),
          for the draft and the published catalog. The draft was fitted on these rows, so its figures are in-sample.
        </p>
        <div className="overflow-x-auto">
          <table className="mt-1 w-full text-sm">
            <thead>
              <tr>
                <th className={ui.th}>Segment</th>
                <th className={ui.th}>Rows</th>
                <th className={ui.th}>Draft MdAPE</th>
                <th className={ui.th}>Published MdAPE</th>
                <th className={ui.th}>Draft coverage</th>
                <th className={ui.th}>Published coverage</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name} className="border-t border-slate-100">
                  <td className={ui.td}>{row.name}</td>
                  <td className={ui.td}>{row.draft?.n.toLocaleString("en-US") ?? "–"}</td>
                  <td className={ui.td}>{pct(row.draft?.mdape)}</td>
                  <td className={ui.td}>{pct(row.published?.mdape)}</td>
                  <td className={ui.td}>{pct(row.draft?.coverage)}</td>
                  <td className={ui.td}>{pct(row.published?.coverage)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-label="Plausibility">
        <h4 className="font-semibold">
          Plausibility: {r.plausibility.passed} of {r.plausibility.total} checks pass
        </h4>
        {r.plausibility.failed.length > 0 && (
          <ul className="list-disc pl-5 text-sm">
            {r.plausibility.failed.map((f) => (
              <li key={f.id}>
                {f.title}: {f.detail}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

