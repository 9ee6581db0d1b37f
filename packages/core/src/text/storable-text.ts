/**
 * Text PostgreSQL cannot store: U+0000 (NUL), which neither `text` nor `jsonb` accepts, and an
 * unpaired UTF-16 surrogate, which has no UTF-8 encoding (`text` would silently turn it into
 * U+FFFD, `jsonb` refuses it). Every text a user sends is checked against this one rule before it
 * reaches the database.
 */

/** A place in some input holding text the database cannot store, and what is wrong there. */
export interface UnstorableText {
  /** Path of the field from the input's root; for text with line breaks it ends with `line <n>`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** How many problems `findUnstorableText` reports at most (one input may hold millions of strings). */
export const maxUnstorableTextIssues = 20;

interface WellFormed {
  isWellFormed(): boolean;
}

/** Whether the runtime checks well-formedness natively (Node 20 and current browsers do). */
const nativeWellFormed = typeof (String.prototype as Partial<WellFormed>).isWellFormed === "function";

/** The index of the first unpaired surrogate in `text` before `end`, or -1. */
function firstLoneSurrogate(text: string, end: number): number {
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else {
      return i;
    }
  }
  return -1;
}

/** The index of the first UTF-16 code unit of `text` that cannot be stored, or -1. */
function firstUnstorable(text: string): number {
  // Native checks first: a 10 MB file is scanned in well under a millisecond.
  const nul = text.indexOf("\u0000");
  if (nativeWellFormed && (text as unknown as WellFormed).isWellFormed()) return nul;
  const surrogate = firstLoneSurrogate(text, nul < 0 ? text.length : nul);
  return surrogate < 0 ? nul : surrogate;
}

/**
 * Whether PostgreSQL can store `text`: it holds no U+0000 (NUL) and no unpaired UTF-16 surrogate.
 *
 * @example
 * isStorableText("Senior ML engineer 🚀") // → true
 * isStorableText("a\u0000b") // → false
 * isStorableText("a\ud800") // → false
 */
export function isStorableText(text: string): boolean {
  return firstUnstorable(text) < 0;
}

/** The refusal of text that `isStorableText` rejects, for a zod refinement. */
export const unstorableTextMessage = "must not contain U+0000 (NUL) or an unpaired UTF-16 surrogate";

/** Line (1-based, after CRLF, LF or a lone CR) and character in that line (1-based) of offset `at`. */
function lineAndCharacter(text: string, at: number): { line: number; character: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: at - start + 1 };
}

/**
 * What is wrong with `text` for the database, or null when it can be stored: the first bad code
 * unit, and where it is (`line` is set only when the text has line breaks, e.g. a file).
 *
 * @example
 * unstorableTextProblem("Ada\u0000") // → { line: undefined, message: "must not contain U+0000 (NUL) (found at character 4)" }
 * unstorableTextProblem("id,name\nE1,A\ud800") // → { line: 2, message: "must not contain an unpaired UTF-16 surrogate (U+D800) (found at character 5 of the line)" }
 */
export function unstorableTextProblem(text: string): { line: number | undefined; message: string } | null {
  const at = firstUnstorable(text);
  if (at < 0) return null;
  const code = text.charCodeAt(at);
  const what = code === 0 ? "U+0000 (NUL)" : `an unpaired UTF-16 surrogate (U+${code.toString(16).toUpperCase()})`;
  if (!/[\r\n]/.test(text)) return { line: undefined, message: `must not contain ${what} (found at character ${at + 1})` };
  const { line, character } = lineAndCharacter(text, at);
  return { line, message: `must not contain ${what} (found at character ${character} of the line)` };
}

interface Visit {
  readonly value: unknown;
  readonly parent: Visit | undefined;
  readonly key: string | number | undefined;
}

/** Marks a key that cannot be stored, in place of its value on the walk's stack. */
class UnstorableKey {
  constructor(readonly key: string) {}
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent) path.push(v.key);
  return path.reverse();
}

/**
 * Every string and object key in `value` (parsed JSON: objects, arrays and scalars, nested to any
 * depth) that the database cannot store (`isStorableText`), by path in document order, at most
 * `max` of them (default `maxUnstorableTextIssues`). Text with line breaks (a file's content) is
 * named down to the line: `["content", "line 3"]`. The walk uses no recursion, so any nesting
 * depth is fine.
 *
 * @example
 * findUnstorableText({ name: "a\u0000b", skills: ["rag"] })
 * // → [{ path: ["name"], message: "must not contain U+0000 (NUL) (found at character 2)" }]
 */
export function findUnstorableText(value: unknown, max: number = maxUnstorableTextIssues): UnstorableText[] {
  const found: UnstorableText[] = [];
  const stack: Visit[] = [{ value, parent: undefined, key: undefined }];
  while (stack.length > 0 && found.length < max) {
    const visit = stack.pop()!;
    const current = visit.value;
    if (typeof current === "string") {
      if (firstUnstorable(current) < 0) continue;
      const problem = unstorableTextProblem(current)!;
      const path = pathOf(visit);
      found.push({ path: problem.line === undefined ? path : [...path, `line ${problem.line}`], message: problem.message });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], parent: visit, key: i });
    } else if (current instanceof UnstorableKey) {
      found.push({ path: pathOf(visit), message: `the field's name ${unstorableTextProblem(current.key)!.message}` });
    } else if (current !== null && typeof current === "object") {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        // A bad key is reported in its value's place; its value is not walked.
        const item = firstUnstorable(key) < 0 ? (current as Record<string, unknown>)[key] : new UnstorableKey(key);
        stack.push({ value: item, parent: visit, key });
      }
    }
  }
  return found;
}
