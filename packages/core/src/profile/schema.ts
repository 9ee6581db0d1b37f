import { z } from "zod";
import { ArrangementIdSchema, IdSchema } from "../catalog/schema.js";

/**
 * How sure the role of a profile is when it was read from a job title (core's `normalizeTitle`):
 * the mapping's confidence, and whether the role is only a fallback (the title names no role).
 * An estimate caps its confidence at it (a fallback at 0.45, label "low") and widens its ranges.
 *
 * @example
 * RoleMatchSchema.parse({ confidence: 0.4, fallback: true }) // → the same object
 */
export const RoleMatchSchema = z
  .object({
    confidence: z.number({ error: "must be a number from 0 to 1" }).min(0, "must be from 0 to 1").max(1, "must be from 0 to 1"),
    fallback: z.boolean({ error: "must be true or false" }),
  })
  .strict();
export type RoleMatch = z.infer<typeof RoleMatchSchema>;

/** The widest range of market years a profile may name; a catalog prices its own, narrower range. */
export const profileYearRange = { min: 2000, max: 2100 } as const;

const yearMessage = `must be a whole year from ${profileYearRange.min} to ${profileYearRange.max}`;

/**
 * What an estimate is asked for: a job described by catalog ids. Only `role`, `level` and
 * `location` are required; every other factor falls back to the catalog's reference value.
 * Ids, and the year against the catalog's market years, are checked by `estimate` (see
 * `ProfileError`). `roleMatch` says how sure the role is when it came from a job title.
 */
export const ProfileSchema = z
  .object({
    role: IdSchema,
    level: IdSchema,
    location: IdSchema,
    arrangement: ArrangementIdSchema.optional(),
    remotePolicy: IdSchema.optional(),
    industry: IdSchema.optional(),
    stage: IdSchema.optional(),
    companySize: z.enum(["S", "M", "L"]).optional(),
    skills: z.array(IdSchema).max(50).optional(),
    credentials: z.array(IdSchema).max(20).optional(),
    year: z
      .number({ error: yearMessage })
      .int(yearMessage)
      .min(profileYearRange.min, yearMessage)
      .max(profileYearRange.max, yearMessage)
      .optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code").optional(),
    roleMatch: RoleMatchSchema.optional(),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;
