import { createScanner, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { textPositions } from "./text-position.js";

/** A problem in a JSON file: where (1-based line and column) and what. */
export interface JsonProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Parsed JSON with a way to find the line of any value by its path. */
export type ParsedJson =
  | { readonly ok: true; readonly value: unknown; readonly lineOf: (path: readonly (string | number)[]) => number | null }
  | { readonly ok: false; readonly problems: JsonProblem[] };

const messages: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "a property name in double quotes was expected",
  ValueExpected: "a value was expected",
  ColonExpected: "':' was expected",
  CommaExpected: "',' was expected",
  CloseBraceExpected: "'}' was expected",
  CloseBracketExpected: "']' was expected",
  EndOfFileExpected: "nothing may follow the document",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "the string is not closed",
  UnexpectedEndOfNumber: "the number is cut off",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in a string",
};

/** How deep a catalog file may nest objects and arrays (a catalog needs about 6 levels). */
export const MAX_JSON_DEPTH = 32;

// jsonc-parser's `SyntaxKind` is a const enum, which this build cannot read: its values, as published.
const Token = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, end: 17 } as const;

/** The offset of the first `{` or `[` nested deeper than `limit`, or null; found token by token, without recursion. */
function tooDeepAt(text: string, limit: number): number | null {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== Token.end; kind = scanner.scan()) {
    if (kind === Token.openBrace || kind === Token.openBracket) {
      if (++depth > limit) return scanner.getTokenOffset();
    } else if (kind === Token.closeBrace || kind === Token.closeBracket) {
      depth--;
    }
  }
  return null;
}

/**
 * Parses strict JSON (no comments, no trailing commas, at most `MAX_JSON_DEPTH` levels deep) and
 * reports the first syntax error by line and column; a parsed document can tell the line of any value by its path, so validation issues can
 * name the line too.
 *
 * @example
 * parseCatalogJson('{\n  "version": }') // → { ok: false, problems: [{ line: 2, column: 14, message: "a value was expected" }] }
 */
export function parseCatalogJson(text: string): ParsedJson {
  const positions = textPositions(text);
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep !== null) return { ok: false, problems: [{ ...positions.at(deep), message: `nested deeper than ${MAX_JSON_DEPTH} levels` }] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    // The first error only: what follows it is usually its echo.
    const first = errors[0];
    const problem = first
      ? { ...positions.at(first.offset), message: messages[printParseErrorCode(first.error)] ?? "invalid JSON" }
      : { line: 1, column: 1, message: "the file is empty" };
    return { ok: false, problems: [problem] };
  }
  const root: Node = tree;
  return {
    ok: true,
    value: getNodeValue(root),
    lineOf(path) {
      // The deepest node that exists on the path: a missing field is reported on its parent.
      for (let n = path.length; n >= 0; n--) {
        const node = findNodeAtLocation(root, [...path.slice(0, n)]);
        if (node) return positions.at((node.parent?.type === "property" ? node.parent : node).offset).line;
      }
      return null;
    },
  };
}
