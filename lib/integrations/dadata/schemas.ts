import { z } from "zod";

/** The parts of DaData's party and address suggestions the product reads; the rest passes through. */
export const partySchema = z.looseObject({
  value: z.string(),
  unrestricted_value: z.string(),
  data: z.looseObject({
    inn: z.string(),
    kpp: z.string().nullable().optional(),
    ogrn: z.string().nullable().optional(),
    type: z.enum(["LEGAL", "INDIVIDUAL"]),
    name: z.looseObject({ full_with_opf: z.string(), short_with_opf: z.string().nullable().optional() }),
    address: z.looseObject({ value: z.string() }).nullable().optional(),
    management: z.looseObject({ name: z.string(), post: z.string().nullable().optional() }).nullable().optional(),
    state: z.looseObject({ status: z.string() }),
  }),
});
export type DadataParty = z.infer<typeof partySchema>;

export const addressSchema = z.looseObject({
  value: z.string(),
  unrestricted_value: z.string(),
  data: z.looseObject({ postal_code: z.string().nullable().optional(), city: z.string().nullable().optional() }),
});
export type DadataAddress = z.infer<typeof addressSchema>;

export const suggestionsSchema = <T extends z.ZodType>(item: T) => z.object({ suggestions: z.array(item) });

export const cleanAddressSchema = z.array(
  z.looseObject({ source: z.string(), result: z.string().nullable(), postal_code: z.string().nullable().optional(), qc: z.number().int() }),
);
export type DadataCleanAddress = z.infer<typeof cleanAddressSchema>[number];
