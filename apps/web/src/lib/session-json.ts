/** The parts of Web Storage the helpers use. */
export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** This tab's session storage, or null where there is none or it is disabled. */
export function sessionStore(): StorageLike | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null; // storage disabled
  }
}

/**
 * Keeps `value` as JSON under `key` for this tab. Storage errors (full, disabled) are ignored:
 * the screen then starts from its defaults next time.
 *
 * @example
 * storeJson("paypath.profile", values);
 */
export function storeJson(key: string, value: unknown, storage: StorageLike | null = sessionStore()): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // nothing to do: nothing is kept
  }
}

/**
 * The value kept under `key`, parsed but not yet checked; null when nothing is kept, storage is
 * disabled or the text is not JSON.
 *
 * @example
 * loadJson("paypath.profile") // → { role: "data-scientist", … } or null
 */
export function loadJson(key: string, storage: StorageLike | null = sessionStore()): unknown {
  try {
    const text = storage?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/**
 * Forgets what is kept under `key` (storage errors are ignored: nothing is kept then anyway).
 *
 * @example
 * removeJson("paypath.catalog-draft.7");
 */
export function removeJson(key: string, storage: StorageLike | null = sessionStore()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // nothing kept
  }
}
