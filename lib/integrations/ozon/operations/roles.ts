import { unwrap } from "@/lib/integrations/core";
import type { OzonClient } from "@/lib/integrations/ozon/client";
import { rolesResponseSchema } from "@/lib/integrations/ozon/schemas/analytics";

export interface ApiKeyInfo {
  expiresAt?: Date;
  roles: Array<{ name: string; methods: string[] }>;
}

/** `/v1/roles`: the key's roles, the methods they open and the key's expiry. */
export async function getApiKeyInfo(client: OzonClient): Promise<ApiKeyInfo> {
  const path = "/v1/roles";
  const body = await unwrap(client.api.POST(path, {}), rolesResponseSchema, client.context(path));
  return { expiresAt: body.expires_at ? new Date(body.expires_at) : undefined, roles: body.roles };
}
