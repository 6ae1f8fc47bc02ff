import type { SandboxVendor } from "@/lib/sandbox/core/types";
import { createOzonSandbox } from "@/lib/sandbox/ozon";

/**
 * Every fake vendor the sandbox serves. Each vendor adds one import and one entry here.
 */
export const sandboxVendors: SandboxVendor[] = [createOzonSandbox()];
