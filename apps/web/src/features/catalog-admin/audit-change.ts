import { formatValue } from "./format-value";
import { sections } from "./sections";

/** What an audit entry says, as the audit log shows it. */
export interface AuditEntryLike {
  readonly action: string;
  readonly field: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** The before and after of an entry in words. */
export interface ReadableChange {
  readonly before: string;
  readonly after: string;
}

type Names = ReadonlyMap<string, string>;

const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null);

/** Who an approval names: the admin's name when known, else "another admin". */
function approver(id: unknown, names: Names): string {
  return typeof id === "string" ? (names.get(id) ?? "another admin") : "";
}

/**
 * A value of a catalog field in words: a figure as its value with its source ("0.3, source
 * skills-judgement"), a list as its items, anything else as `formatValue` writes it.
 *
 * @example
 * describeValue({ value: 0.3, source: "skills-judgement", n: 12 }) // → "0.3 (source skills-judgement, 12 observations)"
 * describeValue(["rag", "llm-fine-tuning"]) // → "rag, llm-fine-tuning"
 */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    if (value.every((v) => typeof v === "string" || typeof v === "number")) return value.join(", ");
    return formatValue(value);
  }
  const r = record(value);
  if ("value" in r && typeof r.source === "string") {
    const details = [`source ${r.source || "not chosen"}`, ...(typeof r.n === "number" ? [`${r.n} observations`] : [])];
    return `${formatValue(r.value)} (${details.join(", ")})`;
  }
  return formatValue(value);
}

/**
 * An audit entry's before and after as sentences a person reads at a glance, instead of the
 * JSON it stores: a publish says from which status to which and who approved it, a rollback which
 * version's content came back, a field edit its old and new value.
 *
 * @example
 * readableChange({ action: "catalog.publish", field: null, before: { status: "draft" }, after: { status: "published", approvedBy: null } }, new Map())
 * // → { before: "Draft", after: "Published (no approval on record)" }
 */
export function readableChange(entry: AuditEntryLike, names: Names): ReadableChange {
  const before = record(entry.before);
  const after = record(entry.after);
  const status = (s: unknown): string => {
    const t = text(s);
    return t ? `${t.charAt(0).toUpperCase()}${t.slice(1)}` : "—";
  };
  switch (entry.action) {
    case "catalog.publish":
      return {
        before: status(before.status),
        after: `${status(after.status)}${after.approvedBy ? `, approved by ${approver(after.approvedBy, names)}` : " (no approval on record)"}`,
      };
    case "catalog.archive":
      return { before: status(before.status), after: `${status(after.status)}: no longer used for new estimates` };
    case "catalog.rollback":
      return {
        before: text(before.version) ? `Version ${text(before.version)} was published` : "Nothing was published",
        after: `Published again with the content of version ${text(after.contentOf) ?? "?"}`,
      };
    case "catalog.create-draft":
      return { before: "—", after: `New draft ${text(after.version) ?? ""} from version ${text(after.from) ?? "?"}`.replace("  ", " ") };
    case "catalog.import":
      return { before: "—", after: `Draft ${text(after.version) ?? ""} from a file of version ${text(after.fileVersion) ?? "?"}`.replace("  ", " ") };
    case "catalog.approve":
      return { before: "Not approved", after: `Approved at revision ${text(after.revision) ?? "?"}` };
    case "catalog.clear-approval":
      return { before: `Approved by ${approver(before.approvedBy, names) || "an admin"}`, after: "Approval cleared: the draft changed" };
    case "catalog.rebase":
      if (entry.field !== null) return { before: `Published: ${describeValue(entry.before)}`, after: `The draft's: ${describeValue(entry.after)}` };
      return {
        before: `Started from version ${text(before.parent) ?? "?"}`,
        after: `Brought up to date with version ${text(after.parent) ?? "?"}${typeof after.replaced === "number" ? ` (${after.replaced} published figure${after.replaced === 1 ? "" : "s"} replaced by the draft's)` : ""}`,
      };
    case "catalog.set-four-eyes":
      return { before: entry.before === null || entry.before === undefined ? "—" : entry.before ? "On" : "Off", after: entry.after ? "On: publishing needs a second admin's approval" : "Off" };
    default:
      return { before: describeValue(entry.before), after: describeValue(entry.after) };
  }
}

const words = (key: string): string => {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

/**
 * A change's dotted catalog path in words: the table as the editor's tab names it, the entry's
 * key, then the field as its column names it (a figure by its name, its source said so).
 *
 * @example
 * describePath("skills.ai-security.premium.value") // → "Skills · ai-security · Premium"
 * describePath("skills.ai-security.premium.source") // → "Skills · ai-security · Premium (source)"
 * describePath("model.skillDecay.value") // → "Model settings · Skill decay"
 */
export function describePath(path: string): string {
  const [section = "", ...rest] = path.split(".");
  const scalar = section === "catalog" || section === "model";
  const id = scalar ? null : (rest.shift() ?? null);
  let fieldParts = rest;
  let suffix = "";
  const last = fieldParts[fieldParts.length - 1];
  if (fieldParts.length > 1 && (last === "value" || last === "source" || last === "n" || last === "note")) {
    fieldParts = fieldParts.slice(0, -1);
    if (last !== "value") suffix = ` (${last === "n" ? "observations" : last})`;
  }
  const spec = sections.find((s) => s.table === section);
  const title = section === "catalog" ? "Catalog" : section === "model" ? "Model settings" : (spec?.title ?? words(section));
  const field = fieldParts.join(".");
  const column = spec?.columns.find((c) => c.path.join(".") === field);
  const fieldLabel = field === "" ? null : `${column?.label ?? fieldParts.map(words).join(" › ")}${suffix}`;
  return [title, id, fieldLabel].filter((p): p is string => p !== null && p !== "").join(" · ");
}
