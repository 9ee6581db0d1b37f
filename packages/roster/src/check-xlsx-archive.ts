import { Unzip, UnzipInflate, unzipSync } from "fflate";
import { limitErrors, RosterLimitError, type RosterLimits } from "./roster-limits.js";

/** Parts smaller than this unpacked are not held to the compression ratio (a tiny, repetitive part packs well). */
const ratioGraceBytes = 100 * 1024;

/** What `checkXlsxArchive` found: the workbook's parts and their unpacked sizes, or that the bytes are no zip. */
export type XlsxArchive = { readonly ok: true; readonly parts: readonly string[] } | { readonly ok: false };

/**
 * Checks an XLSX file (a zip) against the limits before anything reads it: first the sizes its
 * directory declares (the total unpacked size, and each part's compression ratio past the first
 * 100 KB), without unpacking anything; then the parts are unpacked one chunk at a time (nothing
 * kept), so that a part larger than its directory says is stopped at the same limits. Throws a
 * `RosterLimitError` for a limit passed; answers `{ ok: false }` for bytes that are not a zip.
 *
 * @example
 * checkXlsxArchive(bytes, defaultRosterLimits) // → { ok: true, parts: ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", …] }
 */
export function checkXlsxArchive(bytes: Uint8Array, limits: RosterLimits): XlsxArchive {
  /** Each part's packed size, as the directory declares it. */
  const packed = new Map<string, number>();
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        if (total > limits.maxUncompressedBytes) throw limitErrors.uncompressedSize(limits);
        const ratio = file.originalSize / Math.max(1, file.size);
        if (file.originalSize > ratioGraceBytes && ratio > limits.maxCompressionRatio) {
          throw limitErrors.compressionRatio(limits, file.name, ratio);
        }
        packed.set(file.name, file.size);
        return false; // read the directory only
      },
    });
  } catch (error) {
    if (error instanceof RosterLimitError) throw error;
    return { ok: false };
  }

  // The directory may understate: count what each part really unpacks to.
  let unpacked = 0;
  let passed: Error | undefined;
  const unzip = new Unzip((file) => {
    let size = 0;
    file.ondata = (error, chunk) => {
      if (passed || error) {
        passed ??= error ?? undefined;
        file.terminate();
        return;
      }
      size += chunk.length;
      unpacked += chunk.length;
      const ratio = size / Math.max(1, packed.get(file.name) ?? 0);
      if (unpacked > limits.maxUncompressedBytes) passed = limitErrors.uncompressedSize(limits);
      else if (size > ratioGraceBytes && ratio > limits.maxCompressionRatio) passed = limitErrors.compressionRatio(limits, file.name, ratio);
      if (passed) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // One chunk at a time, so a part past a limit stops the unpacking early.
    const chunk = 64 * 1024;
    for (let at = 0; at < bytes.length && !passed; at += chunk) unzip.push(bytes.subarray(at, at + chunk), at + chunk >= bytes.length);
  } catch {
    return { ok: false };
  }
  if (passed instanceof RosterLimitError) throw passed;
  if (passed) return { ok: false };
  return { ok: true, parts: [...packed.keys()] };
}
