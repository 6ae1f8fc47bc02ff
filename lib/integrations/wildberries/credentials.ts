import { z } from "zod";
import type { CredentialField } from "@/lib/integrations/types";
import { looksLikeJwt, stripBearer } from "@/lib/integrations/wildberries/token";

/** A WB API token is a JWT; people paste it with "Bearer " or spaces, which we forgive. */
export const wildberriesCredentialsSchema = z.object({
  token: z
    .string({ error: "Вставьте токен API Wildberries" })
    .transform(stripBearer)
    .pipe(
      z
        .string()
        .min(1, "Вставьте токен API Wildberries")
        .refine(looksLikeJwt, "Это не похоже на токен API Wildberries: токен состоит из трёх частей, разделённых точками (JWT)"),
    ),
});

export type WildberriesCredentialsInput = z.input<typeof wildberriesCredentialsSchema>;

export const wildberriesCredentialFields: CredentialField[] = [
  {
    key: "token",
    label: "integrations.fields.wildberries.token.label",
    secret: true,
    kind: "textarea",
    placeholder: "eyJhbGciOiJFUzI1NiIs…",
    help: "integrations.fields.wildberries.token.help",
  },
];

export function maskWildberriesCredentials(credentials: { token: string }): Record<string, string> {
  const token = stripBearer(credentials.token);
  return { token: token.length > 8 ? `••••${token.slice(-4)}` : "••••" };
}
