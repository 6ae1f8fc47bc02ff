import type { z } from "zod";
import type { IntegrationError } from "@/lib/integrations/core/errors";
import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";

export type IntegrationCategory = "marketplace" | "sms" | "payments" | "data" | "storage";

export type Capability =
  "sync:products" | "sync:stocks" | "sync:orders" | "sync:sales" | "sms:send" | "payments:create" | "data:party" | "storage:files";

/**
 * A key of the message catalogues (lib/i18n/messages), never the text itself: pages render it
 * in the reader's language with next-intl, and every key the registry names is checked to exist
 * in both catalogues (tests/unit/integrations/message-keys.test.ts).
 */
export type MessageKey = `integrations.${string}`;

/** next-intl's root translator (from getTranslations with no namespace), or any function of that shape. */
export type TranslateKey = (key: MessageKey) => string;

/**
 * A check's verdict as a key of the "integrations.check" message catalogue, never as text: the
 * page renders it in the reader's language (lib/integrations/check-message.ts). `scopes` lists
 * scope ids the renderer names in that language; `values` are interpolated as they are.
 */
export interface CheckMessage {
  key: string;
  values?: Record<string, string | number>;
  scopes?: string[];
}

export interface CredentialField {
  key: string;
  label: MessageKey;
  /** Secret fields are write-only: never sent back to the browser, shown only as a masked hint. */
  secret: boolean;
  placeholder?: string;
  help?: MessageKey;
  /** Free-text fields render as <input>; "select" fields render options. */
  kind?: "text" | "textarea" | "select";
  options?: Array<{ value: string; label: MessageKey }>;
}

export interface CheckResult {
  ok: boolean;
  latencyMs: number;
  message?: CheckMessage;
  /** Token expiry, when the vendor's token carries one (WB JWT `exp`). */
  expiresAt?: Date;
  /** Granted categories / permissions, when known. */
  scopes?: string[];
  /** Categories the product needs but the token lacks. */
  missingScopes?: string[];
  error?: IntegrationError;
  /** The credential field a failed check is about, when it is not the key itself (e.g. "endpoint"). */
  field?: string;
}

export interface IntegrationDefinition<S extends z.ZodType = z.ZodType> {
  id: string; // "wildberries" | "ozon" | "smsaero" | "smsru" | "yookassa" | "dadata" | "s3"
  name: MessageKey;
  description: MessageKey;
  category: IntegrationCategory;
  /** lucide-react icon name, e.g. "ShoppingBag". */
  icon: string;
  credentialsSchema: S;
  credentialFields: CredentialField[];
  capabilities: Capability[];
  rateLimits: RateLimitRule[];
  /** Verifies live credentials against the vendor (or its sandbox) over HTTP. */
  check(credentials: z.infer<S>): Promise<CheckResult>;
  /** Masked hints safe to show in the browser, e.g. { token: "••••a1b2" }. */
  maskCredentials(credentials: z.infer<S>): Record<string, string>;
}
