/** The few class lists the app reuses, so screens look alike. */
export const ui = {
  card: "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5",
  label: "block text-sm font-medium text-slate-700",
  input:
    "mt-1 block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:ring-1 focus:ring-indigo-500 focus:outline-none aria-[invalid=true]:border-red-600",
  button:
    "inline-flex items-center justify-center rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-700 disabled:cursor-not-allowed disabled:opacity-60",
  buttonSecondary:
    "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50",
  error: "mt-1 text-sm text-red-700",
  h1: "text-2xl font-bold tracking-tight text-slate-900",
  h2: "text-lg font-semibold text-slate-900",
  muted: "text-sm text-slate-600",
  th: "px-2 py-1.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600",
  td: "px-2 py-1.5 align-top",
} as const;
