import { expect } from "vitest";
import { IntegrationError } from "@/lib/integrations/core/errors";

/**
 * Awaits a call that must fail and hands back its IntegrationError, so the test can go on to assert
 * its kind and details; a success or any other error fails the test here.
 */
export async function integrationFailure(promise: Promise<unknown>): Promise<IntegrationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IntegrationError);
  return error as IntegrationError;
}
