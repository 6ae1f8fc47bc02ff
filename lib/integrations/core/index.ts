/** The shared HTTP policy every vendor client builds on. */
export { IntegrationError, isIntegrationError, type IntegrationErrorCode } from "@/lib/integrations/core/errors";
export type { RateLimitRule } from "@/lib/integrations/core/rate-limit";
export { createVendorFetch, type VendorFetchOptions, type AttemptLogger } from "@/lib/integrations/core/vendor-fetch";
export { parseJson, expectOk, unwrap, validateBody, type OperationContext } from "@/lib/integrations/core/parse";
export { RETRY_SAFE_HEADER } from "@/lib/integrations/core/retry-policy";
export { retryAfterMs } from "@/lib/integrations/core/retry-after";
export { setClientRateLimitsEnabled } from "@/lib/integrations/core/token-bucket";
export { resetCircuits, type CircuitOptions } from "@/lib/integrations/core/circuit";
