import type { SandboxVendor } from "@/devtools/sandbox/core/types";
import { createDadataSandbox } from "@/devtools/sandbox/dadata";
import { createOzonSandbox } from "@/devtools/sandbox/ozon";
import { createSmsInbox } from "@/devtools/sandbox/sms-inbox";
import { createSmsAeroSandbox } from "@/devtools/sandbox/smsaero";
import { createSmsRuSandbox } from "@/devtools/sandbox/smsru";
import { createWildberriesSandbox } from "@/devtools/sandbox/wildberries";
import { createYooKassaSandbox } from "@/devtools/sandbox/yookassa";

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
