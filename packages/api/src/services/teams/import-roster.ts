import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { diffRosters, type RosterDiff, type RosterMember } from "@paypath/core";
import { advanceTeamRevision, appendAudit, findTeam, findTeamMembers, keepPreviousRoster, replaceTeamMembers, type TeamMemberInput, type TeamRow } from "@paypath/db";
import { createRosterReader, RosterLimitError, type RosterFormat, type RosterRead, type RosterReader, type UnmappedTitle } from "@paypath/roster";
import type { AuthedContext } from "../../context.js";
import { requireTeam, toRosterMember } from "./team-access.js";
import { importProblemsError, rosterLimitError, staleRevisionError } from "./team-errors.js";

/** The largest roster file accepted, in bytes (decoded, for XLSX). */
export const maxRosterFileBytes = 10 * 1024 * 1024;

/** A roster file as the client sends it: CSV as text, XLSX as base64. */
export interface RosterUpload {
  readonly teamId: string;
  /** The team revision the import started from. */
  readonly revision: number;
  readonly format: RosterFormat;
  readonly fileName: string;
  readonly content: string;
}

/** What an import did. */
export interface RosterImport {
  readonly teamId: string;
  readonly revision: number;
  /** People on the roster now. */
  readonly imported: number;
  /** People on the roster before. */
  readonly replaced: number;
  /** Titles the title normaliser could not place, for the manager to fix in the file. */
  readonly unmappedTitles: UnmappedTitle[];
  readonly catalogVersion: { readonly id: number; readonly version: string };
}

let reader: RosterReader | undefined;

/**
 * The reader of this process's roster imports: files are read on worker threads within the
 * roster limits (`defaultRosterLimits`), never on the thread that answers requests. Started on
 * the first import.
 */
function rosterReader(): RosterReader {
  reader ??= createRosterReader();
  return reader;
}

function toMemberInput(m: RosterMember): TeamMemberInput {
  return {
    employeeId: m.employeeId,
    name: m.name,
    title: m.title,
    roleId: m.roleId,
    levelId: m.levelId,
    locationId: m.locationId,
    base: m.base,
    bonus: m.bonus,
    equity: m.equity,
    performanceRating: m.performanceRating ?? null,
    hireDate: m.hireDate ?? null,
    managerEmployeeId: m.managerEmployeeId ?? null,
    gender: m.gender ?? null,
  };
}

/** The people of a file read, decoded a chunk at a time as the inserts reach them. */
function* membersOf(file: RosterRead): Generator<TeamMemberInput> {
  for (const chunk of file.memberChunks()) for (const member of chunk) yield toMemberInput(member);
}

/** A file read for a team: the team as it was, the people and problems, and the catalog version used. */
interface ReadUpload {
  readonly team: TeamRow;
  readonly file: RosterRead;
  readonly published: { readonly id: number; readonly version: string };
}

/**
 * Checks the team is the caller's and reads the file on a worker thread against the published
 * catalog; a file past a limit, with any problem or with nobody in it is refused (nothing written).
 */
async function readUpload(ctx: AuthedContext, upload: RosterUpload): Promise<ReadUpload> {
  // Refuse another manager's team before reading the file, so its problems are never reported.
  const team = await requireTeam(ctx, upload);
  // Each step on a 10 MB file takes tens of milliseconds on the thread that answers every request
  // (and embedded PGlite's queries run on it too, without giving way): let waiting requests in
  // between them.
  await yieldToEventLoop();
  const bytes = upload.format === "csv" ? new TextEncoder().encode(upload.content) : new Uint8Array(Buffer.from(upload.content, "base64"));
  if (bytes.byteLength > maxRosterFileBytes) {
    throw importProblemsError([{ line: 1, message: `the file is larger than ${maxRosterFileBytes / 1024 / 1024} MB` }]);
  }
  await yieldToEventLoop();
  const published = await ctx.catalogs.published();
  let file: RosterRead;
  try {
    file = await rosterReader().read(bytes, upload.format, published.catalog);
  } catch (error) {
    throw error instanceof RosterLimitError ? rosterLimitError(error) : error;
  }
  if (file.errorCount > 0) throw importProblemsError(file.errors, file.errorCount);
  if (file.memberCount === 0) throw importProblemsError([{ line: 1, message: "the file has no people in it" }]);
  return { team, file, published: { id: published.id, version: published.version } };
}

/** What importing a file would do, shown before it is done. */
export interface RosterImportPreview {
  readonly teamId: string;
  /** The team's revision now (the import must start from it). */
  readonly revision: number;
  /** People on the roster now. */
  readonly currentCount: number;
  /** People in the file. */
  readonly fileCount: number;
  /** People added, removed and changed (by employee id), with the first few of each. */
  readonly changes: RosterDiff;
  readonly unmappedTitles: UnmappedTitle[];
}

/**
 * Reads a roster file as `importRoster` does and says what importing it would change, writing
 * nothing: the people added, removed and changed against the roster now, by employee id
 * (`diffRosters`, one pass over each roster, so a 2,000-person roster takes milliseconds). A
 * team that moved past `revision` gets CONFLICT, as the import would.
 *
 * @example
 * const { changes } = await previewRosterImport(ctx, { teamId, revision: 1, format: "csv", fileName: "team.csv", content });
 * changes.added // → 3
 */
export async function previewRosterImport(ctx: AuthedContext, upload: RosterUpload): Promise<RosterImportPreview> {
  const { team, file } = await readUpload(ctx, upload);
  if (team.revision !== upload.revision) throw staleRevisionError(team, upload.revision);
  const current = (await findTeamMembers(ctx.db, { teamId: team.id, pageSize: 1_000 })).map(toRosterMember);
  await yieldToEventLoop();
  const incoming: RosterMember[] = [];
  for (const chunk of file.memberChunks()) for (const member of chunk) incoming.push(member);
  return {
    teamId: team.id,
    revision: team.revision,
    currentCount: current.length,
    fileCount: incoming.length,
    changes: diffRosters(current, incoming),
    unmappedTitles: [...file.unmappedTitles],
  };
}

/**
 * Replaces a team's roster with a CSV or XLSX file, all or nothing. The file is parsed against
 * the published catalog (titles through the title normaliser) on a worker thread, within the
 * roster limits (rows, columns, cell length, a workbook's unpacked size and compression ratio,
 * time and memory): a file past one is refused with BAD_REQUEST saying which limit and what to do
 * (`rosterLimitError`); any other problem fails the import with every line-numbered problem
 * (see `importProblemsError`). Either way nothing is written. Otherwise, in one transaction: the
 * team moves to its next revision if it is still at `revision` (else CONFLICT), the old roster is
 * kept as the team's previous roster (`restoreRoster` brings it back) and deleted, the new one
 * inserted in chunks (other requests are answered between them), and the
 * import is audited.
 *
 * @example
 * const { imported, revision } = await importRoster(ctx, { teamId, revision: 1, format: "csv", fileName: "team.csv", content });
 */
export async function importRoster(ctx: AuthedContext, upload: RosterUpload): Promise<RosterImport> {
  const { file, published } = await readUpload(ctx, upload);

  return ctx.db.transaction(async (tx) => {
    const team = await requireTeam({ ...ctx, db: tx }, upload);
    const next = await advanceTeamRevision(tx, { teamId: team.id, revision: upload.revision });
    if (!next) throw staleRevisionError((await findTeam(tx, { teamId: team.id })) ?? team, upload.revision);
    await keepPreviousRoster(tx, { teamId: team.id, revision: team.revision, savedBy: ctx.user.id });
    const imported = await replaceTeamMembers(tx, { teamId: team.id, members: membersOf(file) });
    await appendAudit(tx, {
      actorId: ctx.user.id,
      action: "team.import-roster",
      entity: "team",
      entityId: team.id,
      before: { revision: team.revision, memberCount: team.memberCount },
      after: { revision: next.revision, memberCount: imported, catalogVersion: published.version },
      note: upload.fileName,
    });
    return {
      teamId: team.id,
      revision: next.revision,
      imported,
      replaced: team.memberCount,
      unmappedTitles: [...file.unmappedTitles],
      catalogVersion: { id: published.id, version: published.version },
    };
  });
}
