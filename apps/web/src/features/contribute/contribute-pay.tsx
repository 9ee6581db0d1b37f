import type { AppRouter } from "@paypath/api";
import type { Catalog, Profile } from "@paypath/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useId, useState, type FormEvent, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { issuesOf, messageOf } from "../../lib/api-errors";
import { sessionQuery } from "../../lib/auth";
import { formatMoney } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";

type Contribution = inferRouterOutputs<AppRouter>["contributions"]["mine"][number];

/** The consent a professional gives before contributing, shown next to the form. */
export const consentText =
  "I agree that PayPath stores this pay with my account to improve its salary figures: an admin reviews the figures (never who sent them); accepted figures are fitted into the catalog with everyone else's, and shown to others only as ranges of cells with at least five contributions, never as single values. I can edit or delete it at any time.";

interface Form {
  readonly id?: string;
  readonly year: string;
  readonly role: string;
  readonly level: string;
  readonly location: string;
  readonly arrangement: string;
  readonly companySize: "S" | "M" | "L";
  readonly base: string;
  readonly bonus: string;
  readonly equity: string;
  readonly consent: boolean;
}

const fromProfile = (p: Profile | null, catalog: Catalog): Form => ({
  year: String(new Date().getFullYear()),
  role: p?.role ?? catalog.roles[0]!.id,
  level: p?.level ?? catalog.model.reference.level,
  location: p?.location ?? catalog.model.reference.location,
  arrangement: p?.arrangement ?? "onsite",
  companySize: p?.companySize ?? "M",
  base: "",
  bonus: "",
  equity: "",
  consent: false,
});
const fromContribution = (c: Contribution): Form => ({
  id: c.id,
  year: String(c.year),
  role: c.role,
  level: c.level,
  location: c.location,
  arrangement: c.arrangement,
  companySize: c.companySize as Form["companySize"],
  base: String(c.base),
  bonus: String(c.bonus),
  equity: String(c.equity),
  consent: true,
});
const amount = (text: string): number => Number(text.replace(/[$,\s]/g, "") || "0");

/**
 * Contributed pay on the estimate screen: the range of accepted contributions for the profile's
 * cell when it has at least five, and for a signed-in professional a form to contribute their own
 * pay (one a year) and their contributions to edit or delete.
 */
export function ContributePay({ catalog, profile }: { catalog: Catalog; profile: Profile | null }): ReactElement | null {
  const trpc = useTRPC();
  const { data: user } = useQuery(sessionQuery);
  const aggregates = useQuery(trpc.contributions.aggregates.queryOptions());
  const country = catalog.locations.find((l) => l.id === profile?.location)?.country;
  const cell = aggregates.data?.cells.find((c) => c.role === profile?.role && c.level === profile?.level && c.country === country);
  return (
    <>
      {cell && (
        <p className={ui.card} data-testid="contributed-range">
          Pay contributed by {cell.count} professionals in this role, level and country: base {formatMoney(cell.p25, "USD")}–{formatMoney(cell.p75, "USD")}, median{" "}
          {formatMoney(cell.p50, "USD")}.
        </p>
      )}
      {user?.role === "professional" && <ContributeForm catalog={catalog} profile={profile} />}
    </>
  );
}

function ContributeForm({ catalog, profile }: { catalog: Catalog; profile: Profile | null }): ReactElement {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const mine = useQuery(trpc.contributions.mine.queryOptions());
  const save = useMutation(trpc.contributions.save.mutationOptions());
  const remove = useMutation(trpc.contributions.delete.mutationOptions());
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<Form>(() => fromProfile(profile, catalog));
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (patch: Partial<Form>): void => setForm((f) => ({ ...f, ...patch }));
  const refresh = (): Promise<void> => queryClient.invalidateQueries({ queryKey: trpc.contributions.mine.queryKey() });

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setErrors([]);
    setSaved(null);
    if (!form.consent) return setErrors(["Agree to how your pay is used before contributing."]);
    try {
      await save.mutateAsync({
        ...(form.id ? { id: form.id } : {}),
        year: Number(form.year),
        role: form.role,
        level: form.level,
        location: form.location,
        arrangement: form.arrangement,
        companySize: form.companySize,
        base: amount(form.base),
        bonus: amount(form.bonus),
        equity: amount(form.equity),
        consent: true,
      });
      setSaved(form.id ? "Your contribution was updated; it goes back to review." : "Thank you: your contribution was saved and waits for review.");
      setOpen(false);
      await refresh();
    } catch (error) {
      const issues = issuesOf(error);
      setErrors(issues.length ? issues.map((i) => `${i.path}: ${i.message}`) : [messageOf(error)]);
    }
  };

  const select = (name: keyof Form, label: string, options: { value: string; label: string }[]): ReactElement => (
    <label className={ui.label}>
      {label}
      <select className={ui.input} value={String(form[name])} onChange={(e) => set({ [name]: e.target.value } as Partial<Form>)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const text = (name: "year" | "base" | "bonus" | "equity", label: string): ReactElement => (
    <label className={ui.label}>
      {label}
      <input className={ui.input} inputMode="numeric" value={form[name]} onChange={(e) => set({ [name]: e.target.value })} />
    </label>
  );

  return (
    <section className={ui.card} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={ui.h2}>
        Contribute your pay
      </h2>
      <p className={ui.muted}>Help keep the figures current: share what you were paid, one contribution a year.</p>
      {saved && (
        <p className="mt-2 text-sm text-green-800" role="status">
          {saved}
        </p>
      )}
      {mine.data && mine.data.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm" aria-label="Your contributions">
          {mine.data.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2">
              <span>
                {c.year}: {catalog.roles.find((r) => r.id === c.role)?.name ?? c.role}, {c.level}, base {formatMoney(c.base, "USD")} ·{" "}
                <strong>{c.status === "pending" ? "waiting for review" : c.status}</strong>
                {c.reviewReason ? ` (${c.reviewReason})` : ""}
              </span>
              <button type="button" className={ui.buttonSecondary} onClick={() => (setForm(fromContribution(c)), setOpen(true))}>
                Edit
              </button>
              <button type="button" className={ui.buttonSecondary} onClick={() => void remove.mutateAsync({ id: c.id }).then(refresh)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {!open && (
        <button type="button" className={`${ui.button} mt-2`} onClick={() => (setForm(fromProfile(profile, catalog)), setOpen(true))}>
          Contribute my pay
        </button>
      )}
      {open && (
        <form className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2" onSubmit={(e) => void submit(e)} aria-label="Your pay">
          {select("role", "Role", catalog.roles.map((r) => ({ value: r.id, label: r.name })))}
          {select("level", "Level", catalog.levels.map((l) => ({ value: l.id, label: l.name })))}
          {select("location", "Location", catalog.locations.map((l) => ({ value: l.id, label: l.name })))}
          {select("arrangement", "Arrangement", catalog.arrangements.map((a) => ({ value: a.id, label: a.name })))}
          {select("companySize", "Company size", catalog.companySizes.map((c) => ({ value: c.id, label: c.name })))}
          {text("year", "Year")}
          {text("base", "Base pay (USD a year)")}
          {text("bonus", "Bonus (USD a year)")}
          {text("equity", "Equity (USD a year)")}
          <label className="flex items-start gap-2 text-sm sm:col-span-2">
            <input type="checkbox" className="mt-1" checked={form.consent} onChange={(e) => set({ consent: e.target.checked })} />
            <span>{consentText}</span>
          </label>
          {errors.length > 0 && (
            <ul className="list-disc pl-5 text-sm text-red-700 sm:col-span-2" role="alert">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <div className="flex gap-2 sm:col-span-2">
            <button type="submit" className={ui.button} disabled={save.isPending}>
              {form.id ? "Save changes" : "Contribute"}
            </button>
            <button type="button" className={ui.buttonSecondary} onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
