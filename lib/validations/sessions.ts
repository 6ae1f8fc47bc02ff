import { z } from "@/lib/validations/zod";
import { loginCodeSchema } from "@/lib/validations/auth";

/** Step-up: a fresh SMS code for the signed-in user's own phone. */
export const reauthenticateSchema = z.object({ code: loginCodeSchema });
export type ReauthenticateInput = z.infer<typeof reauthenticateSchema>;

export const noInputSchema = z.object({});

export const setUserBlockedSchema = z.object({
  userId: z.string().min(1).max(64),
  blocked: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type SetUserBlockedInput = z.infer<typeof setUserBlockedSchema>;
