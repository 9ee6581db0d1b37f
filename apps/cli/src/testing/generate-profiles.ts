import { Readable } from "node:stream";
import type { Catalog } from "@paypath/core";

const header = "id,title,role,level,country,remote,industry,stage,company_size,skills,year";

function pick<T>(items: readonly T[], i: number): T {
  return items[i % items.length]!;
}

/**
 * A CSV of `count` valid profiles built from a catalog's own ids, produced lazily in chunks so a
 * million rows never sit in memory. Every other row gives a title instead of a role. For tests
 * and the bench: values are ids and plain titles, so no field needs quoting.
 *
 * @example
 * await runEstimate({ input: generateProfiles(catalog, 200_000), output, errors }, catalog);
 */
export function generateProfiles(catalog: Catalog, count: number, rowsPerChunk = 1000): Readable {
  const roles = catalog.roles.map((r) => r.id);
  const titles = catalog.roles.map((r) => r.titles[0]!);
  const levels = catalog.levels.map((l) => l.surveyCode ?? l.id);
  const countries = [...new Set(catalog.locations.map((l) => l.country))];
  const remotes = ["onsite", "hybrid", "remote", "0", "50", "100"];
  const industries = catalog.industries.map((i) => i.id);
  const stages = catalog.stages.map((s) => s.id);
  const sizes = ["S", "M", "L"];
  const skills = catalog.skills.map((s) => s.id);
  const years = catalog.marketIndex.map((m) => String(m.year));
  for (const value of [...titles, ...roles, ...skills]) {
    if (/[",\n\r]/.test(value)) throw new Error(`cannot generate a plain CSV field from ${JSON.stringify(value)}`);
  }

  function* chunks(): Generator<string> {
    yield `${header}\n`;
    for (let start = 0; start < count; start += rowsPerChunk) {
      const end = Math.min(start + rowsPerChunk, count);
      let chunk = "";
      for (let i = start; i < end; i++) {
        const byTitle = i % 2 === 1;
        chunk += [
          `p${i + 1}`,
          byTitle ? pick(titles, i >> 1) : "",
          byTitle ? "" : pick(roles, i >> 1),
          pick(levels, i),
          pick(countries, i >> 2),
          pick(remotes, i),
          pick(industries, i >> 3),
          pick(stages, i),
          pick(sizes, i >> 1),
          i % 3 === 0 ? "" : `${pick(skills, i)};${pick(skills, i >> 2)}`,
          pick(years, i >> 4),
        ].join(",");
        chunk += "\n";
      }
      yield chunk;
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
