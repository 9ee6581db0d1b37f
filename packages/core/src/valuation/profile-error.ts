/** A profile that cannot be priced: `path` names the field, as zod does. */
export class ProfileError extends Error {
  override readonly name = "ProfileError";
  readonly path: readonly (string | number)[];
  /** What is wrong, without the path. */
  readonly reason: string;

  constructor(path: readonly (string | number)[], reason: string) {
    super(`${path.join(".")}: ${reason}`);
    this.path = path;
    this.reason = reason;
  }
}

/**
 * Runs `fn`; a `ProfileError` it throws is thrown again with `prefix` in front of its path, so a
 * profile inside a larger input names its field from the input's root.
 *
 * @example
 * withinField(["profile"], () => estimate(input.profile, catalog)); // unknown level → path ["profile", "level"]
 */
export function withinField<T>(prefix: readonly (string | number)[], fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ProfileError) throw new ProfileError([...prefix, ...error.path], error.reason);
    throw error;
  }
}
