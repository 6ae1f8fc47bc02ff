import type { SandboxVendor } from "@/lib/sandbox/core/types";
import { createOzonSandbox } from "@/lib/sandbox/ozon";
import { createWildberriesSandbox } from "@/lib/sandbox/wildberries";

/**
 * Every fake vendor the sandbox serves. Each vendor adds one import and one entry here.
 */
export const sandboxVendors: SandboxVendor[] = [createOzonSandbox(), createWildberriesSandbox()];
