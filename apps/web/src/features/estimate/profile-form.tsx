import { marketYearsOf, normalizeTitle, type Catalog } from "@paypath/core";
import { useId, useMemo, useState, type ReactElement } from "react";
import { FieldError, SelectField, TextField } from "../../components/field";
import { ui } from "../../components/ui";
import type { FormValues } from "./form-values";
import { searchLocations } from "./location-search";

type Errors = Readonly<Record<string, string>>;

interface ProfileFormProps {
  readonly catalog: Catalog;
  readonly values: FormValues;
  readonly onChange: (values: FormValues) => void;
  /** Messages per field (`role`, `level`, `skills`, …), from core or the server. */
  readonly errors: Errors;
}

/** The profile form: every factor of the model, each with a label and its error next to it. */
export function ProfileForm({ catalog, values, onChange, errors }: ProfileFormProps): ReactElement {
  const id = useId();
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]): void => onChange({ ...values, [key]: value });
  const fieldId = (name: string): string => `${id}-${name}`;
  const years = marketYearsOf(catalog);

  return (
    <form className="space-y-4" aria-label="Job profile" onSubmit={(e) => e.preventDefault()} noValidate>
      <TitleField catalog={catalog} values={values} onChange={onChange} inputId={fieldId("title")} />

      <SelectField
        id={fieldId("role")}
        label="Role"
        value={values.role}
        onChange={(v) => set("role", v)}
        error={errors.role}
        options={catalog.roles.map((r) => ({ value: r.id, label: r.name }))}
      />
      <SelectField
        id={fieldId("level")}
        label="Level"
        value={values.level}
        onChange={(v) => set("level", v)}
        error={errors.level}
        options={[...catalog.levels]
          .sort((a, b) => a.rank - b.rank)
          .map((l) => ({ value: l.id, label: `${l.name} (${l.track === "ic" ? "IC" : "management"})` }))}
      />
      <LocationField catalog={catalog} value={values.location} onChange={(v) => set("location", v)} error={errors.location} id={fieldId("location")} />

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          id={fieldId("arrangement")}
          label="Arrangement"
          value={values.arrangement}
          onChange={(v) => set("arrangement", v === "onsite" || v === "hybrid" || v === "remote" ? v : "")}
          error={errors.arrangement}
          blank="Not set"
          options={catalog.arrangements.map((a) => ({ value: a.id, label: a.name }))}
        />
        <SelectField
          id={fieldId("remotePolicy")}
          label="Remote pay policy"
          value={values.remotePolicy}
          onChange={(v) => set("remotePolicy", v)}
          error={errors.remotePolicy}
          blank="Not set"
          options={catalog.remotePolicies.map((p) => ({ value: p.id, label: p.name }))}
        />
        <SelectField
          id={fieldId("industry")}
          label="Industry"
          value={values.industry}
          onChange={(v) => set("industry", v)}
          error={errors.industry}
          blank="Not set"
          options={catalog.industries.map((i) => ({ value: i.id, label: i.name }))}
        />
        <SelectField
          id={fieldId("stage")}
          label="Company stage"
          value={values.stage}
          onChange={(v) => set("stage", v)}
          error={errors.stage}
          blank="Not set"
          options={catalog.stages.map((s) => ({ value: s.id, label: s.name }))}
        />
        <SelectField
          id={fieldId("companySize")}
          label="Company size"
          value={values.companySize}
          onChange={(v) => set("companySize", v === "S" || v === "M" || v === "L" ? v : "")}
          error={errors.companySize}
          blank="Not set"
          options={catalog.companySizes.map((c) => ({ value: c.id, label: c.name }))}
        />
        <TextField
          id={fieldId("year")}
          label="Year"
          type="number"
          inputMode="numeric"
          min={years.first}
          max={years.last}
          hint={`${years.first}–${years.last}; after ${years.lastData} a projection`}
          value={values.year}
          onChange={(v) => set("year", v)}
          error={errors.year}
        />
      </div>

      <CheckboxGroup
        legend="Skills"
        name={fieldId("skills")}
        options={catalog.skills.map((s) => ({ value: s.id, label: s.name, hint: s.trend }))}
        selected={values.skills}
        onChange={(v) => set("skills", v)}
        error={errors.skills}
      />
      <CheckboxGroup
        legend="Credentials"
        name={fieldId("credentials")}
        options={catalog.credentials.map((c) => ({ value: c.id, label: c.name }))}
        selected={values.credentials}
        onChange={(v) => set("credentials", v)}
        error={errors.credentials}
      />
    </form>
  );
}

/**
 * Free-text title → the role and level it maps to (core's `normalizeTitle`), applied on request.
 * A title that names no role shows its fallback as a low-confidence suggestion and says why.
 */
function TitleField(props: { catalog: Catalog; values: FormValues; onChange: (v: FormValues) => void; inputId: string }): ReactElement {
  const { catalog, values, onChange, inputId } = props;
  const match = useMemo(() => (values.title.trim() ? normalizeTitle(values.title, catalog) : null), [values.title, catalog]);
  const roleName = match?.role ? catalog.roles.find((r) => r.id === match.role)?.name : undefined;
  const levelName = match?.level ? catalog.levels.find((l) => l.id === match.level)?.name : undefined;
  const applied = match?.role === values.role && (!match.level || match.level === values.level);

  return (
    <div>
      <label htmlFor={inputId} className={ui.label}>
        Job title <span className="font-normal text-slate-500">(optional: suggests the role)</span>
      </label>
      <input
        id={inputId}
        type="text"
        value={values.title}
        placeholder="e.g. Senior ML Engineer"
        onChange={(e) => onChange({ ...values, title: e.target.value })}
        aria-describedby={`${inputId}-hint`}
        className={ui.input}
      />
      <div id={`${inputId}-hint`} aria-live="polite" className="mt-1 space-y-1 text-sm">
        {match && !match.role && <p className="text-amber-800">No role matches this title; choose one below.</p>}
        {match?.fallback && (
          <p className="break-words text-amber-800" data-testid="title-fallback">
            <strong>Low confidence:</strong> {match.reason}
          </p>
        )}
        {match?.role && (
          <p className="flex flex-wrap items-center gap-2 text-slate-700">
            <span className="min-w-0 break-words">
              {match.fallback ? "Likeliest role" : "Suggested"}: <strong>{roleName}</strong>
              {levelName && <>, {levelName}</>} ({Math.round(match.confidence * 100)} % sure)
              {applied && <> · in use</>}
            </span>
            {!applied && (
              <button
                type="button"
                className={ui.buttonSecondary}
                onClick={() => onChange({ ...values, role: match.role ?? values.role, level: match.level ?? values.level })}
              >
                Use suggestion
              </button>
            )}
          </p>
        )}
      </div>
    </div>
  );
}

/**
 * A select over the catalog's locations with a search box that narrows it (`searchLocations`:
 * case, accents and punctuation ignored, cities placed in their metro or country) and picks the
 * best match; when nothing matches it says so and suggests the country.
 */
function LocationField(props: { catalog: Catalog; value: string; onChange: (v: string) => void; error: string | undefined; id: string }): ReactElement {
  const { catalog, value, onChange, error, id } = props;
  const [query, setQuery] = useState("");
  const hits = useMemo(() => searchLocations(catalog, query), [catalog, query]);
  const options = useMemo(() => {
    const sorted = [...catalog.locations].sort((a, b) => a.name.localeCompare(b.name));
    const shown = query.trim() && hits.length > 0 ? hits.map((h) => h.location) : sorted;
    const current = sorted.find((l) => l.id === value);
    return current && !shown.includes(current) ? [current, ...shown] : shown;
  }, [catalog.locations, hits, query, value]);
  const best = hits[0];
  const noMatch = query.trim() !== "" && hits.length === 0;

  function search(text: string): void {
    setQuery(text);
    const first = searchLocations(catalog, text)[0];
    if (first && first.location.id !== value) onChange(first.location.id);
  }

  return (
    <div>
      <label htmlFor={`${id}-search`} className={ui.label}>
        Search locations
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        placeholder="City or country"
        onChange={(e) => search(e.target.value)}
        aria-controls={id}
        aria-describedby={`${id}-search-status`}
        className={ui.input}
      />
      <p id={`${id}-search-status`} aria-live="polite" className="mt-1 text-sm" data-testid="location-search-status">
        {noMatch && (
          <span className="text-amber-800">
            No location matches “{query.trim()}”. Try the country (for example “Germany” or “United Kingdom”), or pick one from the list.
          </span>
        )}
        {best?.via && (
          <span className="text-slate-700">
            “{query.trim()}” is priced as <strong>{best.location.name}</strong>.
          </span>
        )}
      </p>
      <label htmlFor={id} className={`${ui.label} mt-2`}>
        Location
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={ui.input}
      >
        {options.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
            {l.kind === "metro" ? "" : ` (${l.kind === "national" ? "national" : "country"})`}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function CheckboxGroup(props: {
  legend: string;
  name: string;
  options: readonly { value: string; label: string; hint?: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error: string | undefined;
}): ReactElement {
  const { legend, name, options, selected, onChange, error } = props;
  function toggle(value: string, checked: boolean): void {
    onChange(checked ? [...selected, value] : selected.filter((s) => s !== value));
  }
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className={ui.label}>
        {legend} <span className="font-normal text-slate-500">({selected.length} chosen)</span>
      </legend>
      <div className="mt-1 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-w-0 items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
              className="mt-0.5 size-4 shrink-0 accent-indigo-600"
            />
            <span className="min-w-0 break-words">
              {o.label}
              {o.hint && o.hint !== "stable" && <span className="ml-1 text-xs text-slate-500">({o.hint})</span>}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={`${name}-error`} message={error} />
    </fieldset>
  );
}
