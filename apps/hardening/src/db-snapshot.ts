import type { Database } from "@paypath/db";
import { sql, type SQL } from "drizzle-orm";

/** Row count and content checksum of one table. */
export interface TableState {
  readonly rows: number;
  readonly checksum: string;
}

/** Every table's state, by table name. */
export type DatabaseSnapshot = Readonly<Record<string, TableState>>;

/**
 * Tables that any request may write legitimately, left out of snapshots: better-auth's sessions
 * (signing in) and the rate-limit counters (every anonymous call, sign-in and sign-up counts,
 * refused or not).
 */
export const volatileTables: readonly string[] = ["session", "rate_limit"];

/** Rows of `db.execute`, whichever driver: PGlite answers `{ rows }`, postgres-js an array. */
async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Counts the rows of every table of the current schema and checksums their content
 * (`md5(string_agg(row::text))` in primary-key order), leaving out `exclude`.
 *
 * @example
 * const before = await snapshotDatabase(db);
 * // … calls that must write nothing …
 * expect(diffSnapshots(before, await snapshotDatabase(db))).toEqual([]);
 */
export async function snapshotDatabase(db: Database, options: { exclude?: readonly string[] } = {}): Promise<DatabaseSnapshot> {
  const exclude = new Set(options.exclude ?? volatileTables);
  const tables = await rowsOf<{ name: string; pk: string[] | string | null }>(
    db,
    sql`select c.relname as name,
          (select array_agg(a.attname::text order by k.ord)
             from pg_index i
             cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
             join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
            where i.indrelid = c.oid and i.indisprimary) as pk
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p') and n.nspname = current_schema()
       order by c.relname`,
  );
  const snapshot: Record<string, TableState> = {};
  for (const table of tables) {
    if (exclude.has(table.name)) continue;
    const pk = typeof table.pk === "string" ? table.pk.replace(/^\{|\}$/g, "").split(",") : (table.pk ?? []);
    const order = pk.length > 0 ? pk.map((c) => `t.${quoteIdent(c)}`).join(", ") : "t::text";
    const [state] = await rowsOf<{ rows: number | string; checksum: string | null }>(
      db,
      sql.raw(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by ${order}), '')) as checksum from ${quoteIdent(table.name)} t`,
      ),
    );
    snapshot[table.name] = { rows: Number(state!.rows), checksum: state!.checksum ?? "" };
  }
  return snapshot;
}

/**
 * The tables whose rows or content differ between two snapshots, described for a test failure.
 *
 * @example
 * diffSnapshots(before, after) // → ["saved_profile: 3 rows → 4 rows"]
 */
export function diffSnapshots(before: DatabaseSnapshot, after: DatabaseSnapshot): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: string[] = [];
  for (const name of names) {
    const a = before[name];
    const b = after[name];
    if (!a || !b) changes.push(`${name}: ${a ? "dropped" : "created"}`);
    else if (a.rows !== b.rows) changes.push(`${name}: ${a.rows} rows → ${b.rows} rows`);
    else if (a.checksum !== b.checksum) changes.push(`${name}: content changed (${a.rows} rows)`);
  }
  return changes;
}

/**
 * Checksums of one user's rows in every table with an `owner_id` column (profiles, estimates,
 * plans, offers…), by table: what another user's calls must never change.
 *
 * @example
 * const before = await snapshotOwnedRows(db, ada.id); // → { saved_profile: { rows: 2, checksum: "…" }, … }
 */
export async function snapshotOwnedRows(db: Database, ownerId: string): Promise<DatabaseSnapshot> {
  const tables = await rowsOf<{ name: string }>(
    db,
    sql`select c.table_name as name from information_schema.columns c
         where c.table_schema = current_schema() and c.column_name = 'owner_id' order by c.table_name`,
  );
  const snapshot: Record<string, TableState> = {};
  for (const { name } of tables) {
    const [state] = await rowsOf<{ rows: number | string; checksum: string | null }>(
      db,
      sql`select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\n' order by t::text), '')) as checksum
            from ${sql.identifier(name)} t where t.owner_id = ${ownerId}`,
    );
    snapshot[name] = { rows: Number(state!.rows), checksum: state!.checksum ?? "" };
  }
  return snapshot;
}
