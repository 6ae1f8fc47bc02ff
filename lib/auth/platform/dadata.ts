import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { createDadataClient, type DadataClient } from "@/lib/integrations/dadata/client";
import { dadataCredentialsSchema } from "@/lib/integrations/dadata/credentials";
import { sandboxDemoCredentials, sandboxRootOf } from "@/lib/auth/platform/sandbox-accounts";

/**
 * The platform's DaData client for onboarding (a new user has no connections yet, so this is
 * not an organisation's connection). Throws dependency_unavailable when none is configured;
 * the form then lets the person type the details.
 */
export async function platformDadataClient(): Promise<DadataClient> {
  if (env.PLATFORM_DADATA_API_KEY) {
    return createDadataClient(dadataCredentialsSchema.parse({ apiKey: env.PLATFORM_DADATA_API_KEY }), { maxAttempts: 2, timeoutMs: 5_000 });
  }
  const root = sandboxRootOf(env.DADATA_SUGGESTIONS_API_URL, "/dadata/suggestions");
  if (!root) throw new AppError("dependency_unavailable", "PLATFORM_DADATA_API_KEY is not set");
  const demo = await sandboxDemoCredentials(root, "dadata");
  return createDadataClient(dadataCredentialsSchema.parse({ apiKey: demo.apiKey }), { maxAttempts: 2, timeoutMs: 5_000 });
}
