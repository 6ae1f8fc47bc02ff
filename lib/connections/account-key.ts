import { decodeWildberriesToken } from "@/lib/integrations/wildberries/token";

/**
 * The vendor's own id of the connected account, so one shop is connected once per organisation:
 * the WB token's `sid` (stable across a seller's tokens), the Ozon Client-Id. Other providers
 * have no account id in their credentials; their first credential value stands in.
 */
export function deriveAccountKey(provider: string, credentials: Record<string, unknown>): string {
  if (provider === "wildberries") return decodeWildberriesToken(String(credentials.token)).sellerId;
  if (provider === "ozon") return String(credentials.clientId);
  const first = Object.values(credentials).find((v) => typeof v === "string" && v.length > 0);
  return String(first ?? provider);
}
