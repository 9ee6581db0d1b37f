import { rmSync } from "node:fs";

/** Removes this run's embedded database folder. */
export default function globalTeardown(): void {
  const dir = process.env.PAYPATH_E2E_DB;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
