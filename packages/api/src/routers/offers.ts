import { OfferSchema, ProfileSchema, type OfferInput } from "@paypath/core";
import { z } from "zod";
import { compareOffersToMarket } from "../services/offers/compare-offers.js";
import { createOffer } from "../services/offers/create-offer.js";
import { deleteOffer } from "../services/offers/delete-offer.js";
import { listOffers } from "../services/offers/list-offers.js";
import { updateOffer } from "../services/offers/update-offer.js";
import { authedProcedure, createTRPCRouter } from "../trpc.js";

/**
 * An offer checked against core's `OfferSchema` (issues keep their field paths) but passed on as
 * entered, without the defaults applied: what an offer leaves unspecified drives the checklist.
 */
export const OfferInputSchema = z.custom<OfferInput>().superRefine((value, ctx) => {
  const parsed = OfferSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
});

const OfferNameSchema = z.string().trim().min(1).max(120);
const OfferIdSchema = z.uuid();

export const CreateOfferInputSchema = z.object({ name: OfferNameSchema, offer: OfferInputSchema }).strict();
export const UpdateOfferInputSchema = z.object({ id: OfferIdSchema, name: OfferNameSchema, offer: OfferInputSchema }).strict();
export const OfferIdInputSchema = z.object({ id: OfferIdSchema }).strict();
export const ListOffersInputSchema = z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict();
export const CompareOffersInputSchema = z
  .object({
    profile: ProfileSchema,
    ids: z.array(OfferIdSchema).min(2).max(4).optional(),
    offers: z.array(z.object({ name: OfferNameSchema, offer: OfferInputSchema }).strict()).min(2).max(4).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.ids === undefined) === (v.offers === undefined)) {
      ctx.addIssue({ code: "custom", path: ["offers"], message: "give either ids of saved offers or offers, not both" });
    }
    if (v.ids !== undefined && new Set(v.ids).size !== v.ids.length) {
      ctx.addIssue({ code: "custom", path: ["ids"], message: "each offer may be compared once" });
    }
  });

export const offersRouter = createTRPCRouter({
  create: authedProcedure.input(CreateOfferInputSchema).mutation(({ ctx, input }) => createOffer(ctx, input)),
  update: authedProcedure.input(UpdateOfferInputSchema).mutation(({ ctx, input }) => updateOffer(ctx, input)),
  delete: authedProcedure.input(OfferIdInputSchema).mutation(({ ctx, input }) => deleteOffer(ctx, input)),
  list: authedProcedure.input(ListOffersInputSchema.optional()).query(({ ctx, input }) => listOffers(ctx, { limit: input?.limit ?? 50 })),
  // A mutation (nothing is written) so up to four offers travel in the body, not the URL, as valuation.batch does.
  compare: authedProcedure
    .input(CompareOffersInputSchema)
    .mutation(({ ctx, input }) =>
      compareOffersToMarket(ctx, input.ids !== undefined ? { profile: input.profile, ids: input.ids } : { profile: input.profile, offers: input.offers ?? [] }),
    ),
});
