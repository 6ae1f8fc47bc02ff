/**
 * Loads every provider folder so each one registers itself, then re-exports the registry.
 * Import the registry from here (not from ./registry) wherever the full list is needed.
 *
 * Adding a provider: create lib/integrations/<id>/index.ts that calls registerIntegration(),
 * then add one import line below.
 */
import "@/lib/integrations/wildberries";
import "@/lib/integrations/ozon";
import "@/lib/integrations/yookassa";
import "@/lib/integrations/smsaero";
import "@/lib/integrations/smsru";
import "@/lib/integrations/dadata";
import "@/lib/integrations/s3";

export {
  findIntegration,
  getIntegration,
  listIntegrations,
  IntegrationRegistryError,
  type IntegrationFilter,
} from "@/lib/integrations/registry";
