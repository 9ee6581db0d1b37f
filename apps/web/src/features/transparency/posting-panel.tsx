import { suggestJurisdiction, type Catalog, type JurisdictionRule } from "@paypath/core";
import { skipToken, useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type ReactElement } from "react";
import { SelectField, TextField } from "../../components/field";
import { ui } from "../../components/ui";
import { issuesOf, messageOf } from "../../lib/api-errors";
import { downloadFile } from "../../lib/download-file";
import { formatMoney } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { readRange } from "./posting-form";

interface PostingInput {
  teamId: string;
  roleId: string;
  levelId: string;
  locationId: string;
  jurisdictionId: string;
  range?: { min: number; max: number };
}

const disclosureWords = { state: "stated with figures", describe: "described", none: "not required" } as const;

/** A job posting's pay range from the team's band under a chosen jurisdiction's rule, copied as text or exported as CSV. */
export function PostingPanel(props: { teamId: string; catalog: Catalog; rules: readonly JurisdictionRule[]; sources: readonly { id: string; title: string; citation: string }[] }): ReactElement {
  const { catalog, rules } = props;
  const id = useId();
  const trpc = useTRPC();
  const [roleId, setRoleId] = useState(catalog.roles[0]?.id ?? "");
  const [levelId, setLevelId] = useState(catalog.levels.find((l) => l.id === "senior")?.id ?? catalog.levels[0]?.id ?? "");
  const [locationId, setLocationId] = useState(catalog.locations[0]?.id ?? "");
  const [jurisdictionId, setJurisdictionId] = useState(suggestJurisdiction(catalog.locations[0]?.id ?? "", rules, catalog)?.id ?? rules[0]?.id ?? "");
  const [draft, setDraft] = useState({ min: "", max: "" });
  const [formErrors, setFormErrors] = useState<{ min?: string; max?: string }>({});
  const [submitted, setSubmitted] = useState<PostingInput | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const posting = useQuery({ ...trpc.transparency.postingRange.queryOptions(submitted ?? skipToken), retry: false });
  const exportPosting = useMutation(trpc.transparency.exportPosting.mutationOptions());

  const serverIssues = posting.isError ? issuesOf(posting.error) : [];
  const issueAt = (path: string): string | undefined => serverIssues.find((i) => i.path === path)?.message;

  function changeLocation(next: string): void {
    setLocationId(next);
    const suggested = suggestJurisdiction(next, rules, catalog);
    if (suggested) setJurisdictionId(suggested.id);
  }

  function submit(e: FormEvent): void {
    e.preventDefault();
    setStatus(null);
    const { range, errors } = readRange(draft);
    setFormErrors(errors);
    if (errors.min || errors.max) return;
    setSubmitted({ teamId: props.teamId, roleId, levelId, locationId, jurisdictionId, ...(range ? { range } : {}) });
  }

  async function runExport(format: "csv" | "text"): Promise<void> {
    if (!submitted) return;
    setStatus(null);
    try {
      const file = await exportPosting.mutateAsync({ ...submitted, format });
      if (format === "csv") {
        downloadFile(file.fileName, file.content, "text/csv;charset=utf-8");
        setStatus(`Exported ${file.fileName}.`);
      } else {
        try {
          await navigator.clipboard.writeText(file.content);
          setStatus("Copied the posting text.");
        } catch {
          setStatus("The browser did not allow copying: select the text below and copy it.");
        }
      }
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  const p = posting.data;
  const source = p ? props.sources.find((s) => s.id === p.rule.source) : undefined;
  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        Posting range
      </h2>
      <p className={ui.muted}>A pay range for a job posting from this team's band, stated as the chosen jurisdiction's rule asks.</p>
      <form className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4" onSubmit={submit} noValidate>
        <SelectField id={`${id}-role`} label="Role" value={roleId} onChange={setRoleId} options={catalog.roles.map((r) => ({ value: r.id, label: r.name }))} error={issueAt("roleId")} />
        <SelectField id={`${id}-level`} label="Level" value={levelId} onChange={setLevelId} options={catalog.levels.map((l) => ({ value: l.id, label: l.name }))} error={issueAt("levelId")} />
        <SelectField
          id={`${id}-location`}
          label="Location"
          value={locationId}
          onChange={changeLocation}
          options={catalog.locations.map((l) => ({ value: l.id, label: l.name }))}
          error={issueAt("locationId")}
        />
        <SelectField
          id={`${id}-jurisdiction`}
          label="Jurisdiction"
          value={jurisdictionId}
          onChange={setJurisdictionId}
          options={rules.map((r) => ({ value: r.id, label: r.name }))}
          hint="Suggested from the location; pick the rule the posting must follow."
          error={issueAt("jurisdictionId")}
        />
        <TextField
          id={`${id}-min`}
          label="Narrower range: minimum"
          value={draft.min}
          onChange={(v) => setDraft((d) => ({ ...d, min: v }))}
          inputMode="decimal"
          hint="Optional, yearly, in the location's currency; inside the band."
          error={formErrors.min ?? issueAt("range.min")}
        />
        <TextField
          id={`${id}-max`}
          label="Narrower range: maximum"
          value={draft.max}
          onChange={(v) => setDraft((d) => ({ ...d, max: v }))}
          inputMode="decimal"
          error={formErrors.max ?? issueAt("range.max")}
        />
        <div className="flex items-end sm:col-span-2">
          <button type="submit" className={ui.button}>
            Create posting range
          </button>
        </div>
      </form>

      {posting.isFetching && <p className={`${ui.muted} mt-3`}>Pricing the band…</p>}
      {posting.isError && serverIssues.length === 0 && (
        <p className={ui.error} role="alert">
          {messageOf(posting.error)}
        </p>
      )}
      {p && !posting.isError && (
        <div className="mt-4 space-y-3" data-testid="posting-result">
          <p className="text-xl font-semibold tabular-nums" data-testid="posting-range">
            {formatMoney(p.range.min, p.currency)} – {formatMoney(p.range.max, p.currency)} a year
          </p>
          <p className={ui.muted}>
            Band {formatMoney(p.band.min, p.currency)} – {formatMoney(p.band.max, p.currency)} (midpoint {formatMoney(p.band.mid, p.currency)}),{" "}
            {p.isPicked ? "narrowed as you chose" : `rounded inward to ${formatMoney(p.roundingStep, p.currency)}`}; catalog {p.catalogVersion}.
          </p>
          {p.adjustments.map((a) => (
            <p key={a} className="rounded bg-amber-50 p-2 text-sm text-amber-900" role="status">
              {a}
            </p>
          ))}
          <div className="rounded border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="rule-applied">
            <p>
              <span className="font-medium">Rule applied: {p.rule.name}</span> — {p.rule.law}
            </p>
            <p className="mt-1">{p.rule.summary}</p>
            <p className="mt-1 text-slate-600">
              Bonus {disclosureWords[p.bonus.disclosure]}, equity {disclosureWords[p.equity.disclosure]}, benefits {disclosureWords[p.benefits.disclosure]};{" "}
              {p.rule.timing === "posting" ? "the range goes in the posting." : "the range goes in the posting or to the applicant before the interview."}
              {source && <> Source: {source.citation}.</>}
            </p>
          </div>
          <label htmlFor={`${id}-text`} className={ui.label}>
            Posting text
          </label>
          <textarea id={`${id}-text`} readOnly className={`${ui.input} h-36 font-mono`} value={p.text} />
          <div className="flex flex-wrap gap-2">
            <button type="button" className={ui.buttonSecondary} disabled={exportPosting.isPending} onClick={() => void runExport("text")}>
              Copy as text
            </button>
            <button type="button" className={ui.buttonSecondary} disabled={exportPosting.isPending} onClick={() => void runExport("csv")}>
              Export CSV for an applicant tracking system
            </button>
          </div>
          {status && (
            <p className={ui.muted} role="status">
              {status}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
