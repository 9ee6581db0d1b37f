import { z } from "zod";
import { ArrangementIdSchema, IdSchema } from "../catalog/schema.js";

/**
 * What an estimate is asked for: a job described by catalog ids. Only `role`, `level` and
 * `location` are required; every other factor falls back to the catalog's reference value.
 * Ids are checked against the catalog by `estimate` (see `ProfileError`).
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
    year: z.number().int().min(2000).max(2100).optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code").optional(),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;
