import type { SandboxVendor } from "@/lib/sandbox/core/types";
import { createDadataSandbox } from "@/lib/sandbox/dadata";
import { createOzonSandbox } from "@/lib/sandbox/ozon";
import { createSmsInbox } from "@/lib/sandbox/sms-inbox";
import { createSmsAeroSandbox } from "@/lib/sandbox/smsaero";
import { createSmsRuSandbox } from "@/lib/sandbox/smsru";
import { createWildberriesSandbox } from "@/lib/sandbox/wildberries";
import { createYooKassaSandbox } from "@/lib/sandbox/yookassa";

/**
 * Every fake vendor the sandbox serves. Each vendor adds one import and one entry here.
 */
/** Both SMS fakes write to one inbox, readable at /smsaero/__messages and /smsru/__messages. */
const smsInbox = createSmsInbox();

export const sandboxVendors: SandboxVendor[] = [
  createYooKassaSandbox(),
  createSmsAeroSandbox({ inbox: smsInbox }),
  createSmsRuSandbox({ inbox: smsInbox }),
  createDadataSandbox(),
  createOzonSandbox(),
  createWildberriesSandbox(),
];
