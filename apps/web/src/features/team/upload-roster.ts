import type { AppRouter } from "@paypath/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

export type ImportRosterInput = inferRouterInputs<AppRouter>["teams"]["importRoster"];
export type ImportRosterResult = inferRouterOutputs<AppRouter>["teams"]["importRoster"];
export type ImportPreview = inferRouterOutputs<AppRouter>["teams"]["previewImport"];
export type RosterFormat = ImportRosterInput["format"];

/** The largest file the server accepts (10 MB), checked before reading. */
export const maxRosterFileBytes = 10 * 1024 * 1024;

/**
 * Where an import is: reading the file, sending it to be checked, the manager reviewing what it
 * changes, the server importing it, then done or failed.
 */
export type ImportStage =
  | { readonly step: "idle" }
  | { readonly step: "reading"; readonly fraction: number }
  | { readonly step: "uploading"; readonly fraction: number }
  | { readonly step: "checking" }
  | { readonly step: "review"; readonly preview: ImportPreview }
  | { readonly step: "importing" }
  | { readonly step: "done"; readonly result: ImportRosterResult }
  | { readonly step: "failed"; readonly error: unknown };

/** An error answered by the server, shaped as the tRPC client's errors (`message`, `data.code`, `data.issues`). */
export class ImportRequestError extends Error {
  override readonly name = "ImportRequestError";
  readonly data: { readonly code: string; readonly httpStatus: number; readonly issues: unknown };

  constructor(message: string, data: { code: string; httpStatus: number; issues: unknown }) {
    super(message);
    this.data = data;
  }
}

/**
 * The roster format of a file by its name: `.csv` or `.xlsx`, else null.
 *
 * @example
 * formatOf("team.XLSX") // → "xlsx"
 */
export function formatOf(fileName: string): RosterFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".xlsx")) return "xlsx";
  return null;
}

/**
 * Reads a roster file as the API takes it: CSV as text, XLSX as base64 (without the data-URL
 * prefix), reporting the fraction read.
 *
 * @example
 * const content = await readRosterFile(file, "csv", (f) => setStage({ step: "reading", fraction: f }));
 */
export function readRosterFile(file: Blob, format: RosterFormat, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.onload = () => {
      const text = String(reader.result ?? "");
      resolve(format === "csv" ? text : text.slice(text.indexOf(",") + 1));
    };
    if (format === "csv") reader.readAsText(file);
    else reader.readAsDataURL(file);
  });
}

interface TrpcResponse {
  readonly result?: { readonly data?: unknown };
  readonly error?: { readonly message?: unknown; readonly data?: { readonly code?: unknown; readonly httpStatus?: unknown; readonly issues?: unknown } };
}

/**
 * Sends `teams.importRoster` (or, with `procedure` "previewImport", `teams.previewImport`) over
 * HTTP with upload progress (the tRPC client's fetch cannot report it): `onUploaded` fires once
 * the body is sent and the server is at work. Resolves with the result, rejects with an
 * `ImportRequestError` carrying the server's issues.
 *
 * @example
 * const result = await postRosterImport(input, (f) => …, () => setStage({ step: "importing" }));
 * const preview = await postRosterImport(input, (f) => …, () => undefined, "previewImport");
 */
export function postRosterImport<P extends "importRoster" | "previewImport" = "importRoster">(
  input: ImportRosterInput,
  onUploadProgress: (fraction: number) => void,
  onUploaded: () => void,
  procedure?: P,
): Promise<P extends "previewImport" ? ImportPreview : ImportRosterResult> {
  type Result = P extends "previewImport" ? ImportPreview : ImportRosterResult;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/trpc/teams.${procedure ?? "importRoster"}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader("content-type", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onUploadProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onUploaded();
    xhr.onerror = () => reject(new ImportRequestError("The upload failed; check your connection and try again.", { code: "NETWORK", httpStatus: 0, issues: null }));
    xhr.onload = () => {
      let body: TrpcResponse | null;
      try {
        body = JSON.parse(xhr.responseText) as TrpcResponse;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body?.result) {
        resolve(body.result.data as Result);
        return;
      }
      const error = body?.error;
      const message =
        typeof error?.message === "string"
          ? error.message
          : xhr.status === 413
            ? "The file is too large to upload."
            : `The import failed (HTTP ${xhr.status}).`;
      const code = typeof error?.data?.code === "string" ? error.data.code : xhr.status === 413 ? "PAYLOAD_TOO_LARGE" : "INTERNAL_SERVER_ERROR";
      reject(new ImportRequestError(message, { code, httpStatus: xhr.status, issues: error?.data?.issues ?? null }));
    };
    xhr.send(JSON.stringify(input));
  });
}
