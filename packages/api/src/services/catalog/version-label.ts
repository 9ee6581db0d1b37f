import { findVersionLabels, type Database } from "@paypath/db";

/**
 * The next free version label after `label`: its trailing number counted up (`2024.1` → `2024.2`),
 * or `.2` appended when it has none (`2024.1-slower` → `2024.1-slower.2`), skipping labels in use.
 *
 * @example
 * nextVersionLabel("2024.1", new Set(["2024.1", "2024.2"])) // → "2024.3"
 */
export function nextVersionLabel(label: string, taken: ReadonlySet<string>): string {
  const match = /^(.*?)(\d+)$/.exec(label);
  const stem = match ? match[1]! : `${label}.`;
  let n = match ? Number(match[2]) + 1 : 2;
  while (taken.has(`${stem}${n}`)) n++;
  return `${stem}${n}`;
}

/**
 * Chooses the label of a new version derived from `from`, from the labels in the database.
 *
 * @example
 * await chooseVersionLabel(db, "2024.1") // → "2024.2"
 */
export async function chooseVersionLabel(db: Database, from: string): Promise<string> {
  const match = /^(.*?)(\d+)$/.exec(from);
  const stem = match ? match[1]! : `${from}.`;
  return nextVersionLabel(from, new Set(await findVersionLabels(db, { stem })));
}
