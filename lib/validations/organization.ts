import { z } from "@/lib/validations/zod";
import { isValidInn } from "@/lib/validations/inn";
import { phoneSchema } from "@/lib/validations/auth";

/** Organisation and team input. Messages are keys of the "validation" messages namespace. */
export const ROLES = ["owner", "manager", "viewer"] as const;
export const roleSchema = z.enum(ROLES, { error: "roleInvalid" });

export const innInputSchema = z
  .string({ error: "innRequired" })
  .transform((v) => v.replace(/\s/g, ""))
  .pipe(
    z
      .string()
      .min(1, "innRequired")
      .regex(/^\d+$/, "innDigits")
      .refine((v) => v.length === 10 || v.length === 12, "innLength")
      .refine(isValidInn, "innChecksum"),
  );

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : undefined));

const optionalDigits = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || pattern.test(v), message);

export const createOrganizationSchema = z.object({
  name: z.string({ error: "nameRequired" }).trim().min(2, "nameTooShort").max(120, "tooLong"),
  inn: innInputSchema,
  kpp: optionalDigits(/^\d{9}$/, "kppFormat"),
  ogrn: optionalDigits(/^(\d{13}|\d{15})$/, "ogrnFormat"),
  legalName: optionalText(300),
  address: optionalText(500),
});
export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;

export const lookupInnSchema = z.object({ inn: innInputSchema });

export const inviteMemberSchema = z.object({
  organizationId: z.string().min(1),
  phone: phoneSchema,
  role: roleSchema,
});
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const changeMemberRoleSchema = z.object({
  organizationId: z.string().min(1),
  membershipId: z.string().min(1),
  role: roleSchema,
});

export const memberRefSchema = z.object({ organizationId: z.string().min(1), membershipId: z.string().min(1) });
export const invitationRefSchema = z.object({ organizationId: z.string().min(1), invitationId: z.string().min(1) });
export const acceptInvitationSchema = z.object({ invitationId: z.string().min(1) });
export const switchOrganizationSchema = z.object({ organizationId: z.string().min(1) });
