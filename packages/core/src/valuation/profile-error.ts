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
