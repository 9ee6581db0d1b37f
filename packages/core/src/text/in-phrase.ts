/**
 * A name as it reads inside a phrase: its first letter lower-cased unless it opens an acronym
 * ("Machine learning engineer" → "machine learning engineer", "AI security engineer" unchanged).
 *
 * @example
 * inPhrase("Data scientist") // → "data scientist"
 * inPhrase("ML engineer") // → "ML engineer"
 */
export function inPhrase(name: string): string {
  return name.length > 1 && name[1] === name[1]!.toLowerCase() ? name[0]!.toLowerCase() + name.slice(1) : name;
}
