import type { IntegrationCategory } from "@/lib/integrations/types";

/** The order categories appear in: the shops first, then the services around them. */
export const CATEGORY_ORDER: IntegrationCategory[] = ["marketplace", "sms", "payments", "data", "storage"];
