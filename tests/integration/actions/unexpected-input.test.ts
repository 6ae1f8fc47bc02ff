import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { ActionResult } from "@/lib/errors/action-result";
import ru from "@/lib/i18n/messages/ru.json";
import { uniqueSuffix } from "../../support/database";
import { actionsFixture, formOf, organizationWith, signInAs } from "./harness";

vi.mock("@/lib/auth/auth", async () => (await import("./harness")).fakeAuthModule());
vi.mock("next-intl/server", async () => (await import("./harness")).fakeIntlModule());
vi.mock("@/lib/db", async () => (await import("./harness")).testDatabaseModule());
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// A request without the active-organisation cookie: a call that names no organisation falls back to the caller's own.
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => {} }) }));

/**
 * Server actions posted with what no form sends: a NUL byte in a text field, arguments of the
 * wrong shape, values zod words in English. Each answers a validation failure in the reader's
 * language (Russian here, as on a first visit) and writes nothing; none is a 500.
 */
const { db, app: actions } = actionsFixture(["createOrganization", "changeMemberRole", "createConnection"], async () => ({
  lookupByInn: (await import("@/lib/actions/organizations/lookup-organization-by-inn")).lookupOrganizationByInnAction,
  presignDownload: (await import("@/lib/actions/files/presign-download")).presignDownloadAction,
  actionFailureFrom: (await import("@/lib/errors/to-action-failure")).actionFailureFrom,
}));

function failureOf(result: ActionResult) {
  if (result.ok) throw new Error("expected a failure");
  return result;
}

/** Every text a person is shown is a Russian sentence of the catalogue: no key, no English from zod. */
function expectRussianCatalogueText(text: string | undefined) {
  expect(text).toBeTruthy();
  expect(Object.values(ru.validation)).toContain(text);
  expect(text).not.toMatch(/[A-Za-z]{3,}/);
}

describe("a NUL byte in a text field", () => {
  it("is refused beside the field when naming an organisation, which is not created (it was a 500)", async () => {
    const { ownerId } = await organizationWith(db, []);
    signInAs(ownerId);
    const name = `Рога\u0000и копыта ${uniqueSuffix()}`;
    const failure = failureOf(await actions.createOrganization(null, formOf({ name, inn: "7707083893" })));
    expect(failure).toMatchObject({ code: "validation", status: 400 });
    expect(failure.fieldErrors.name).toEqual([ru.validation.invalidCharacters]);
    expect(await db.organization.count({ where: { name: { startsWith: "Рога" } } })).toBe(0);
  });
});

describe("arguments of the wrong shape", () => {
  it("answers a form action called without a form with a validation failure, not a TypeError", async () => {
    const { ownerId } = await organizationWith(db, []);
    signInAs(ownerId);
    for (const argument of [null, undefined, "name=x", 42, ["name", "x"], { name: "Shop", inn: "7707083893" }]) {
      const result = await actions.createOrganization(null, argument as unknown as FormData);
      const failure = failureOf(result);
      expect(failure, JSON.stringify(argument)).toMatchObject({ code: "validation", status: 400 });
      expect(failure.formError).toBe(ru.validation.malformedRequest);
    }
    expect(await db.membership.count({ where: { userId: ownerId } })).toBe(1);
  });

  it("answers an object action called with a string, null or an array the same way", async () => {
    const org = await organizationWith(db, ["viewer"]);
    signInAs(org.members.viewer!.userId);
    for (const argument of [null, "file-1", ["file-1"]]) {
      const failure = failureOf(await actions.presignDownload(argument as never));
      expect(failure, JSON.stringify(argument)).toMatchObject({
        code: "validation",
        status: 400,
        formError: ru.validation.malformedRequest,
      });
    }
    // A field of the wrong type is a field error, in words of the catalogue.
    const failure = failureOf(await actions.presignDownload({ organizationId: org.organizationId, fileId: { $ne: "" } } as never));
    expect(failure.code).toBe("validation");
    expectRussianCatalogueText(failure.fieldErrors.fileId?.[0]);
    const inn = failureOf(await actions.lookupByInn(7707083893 as unknown as string));
    expectRussianCatalogueText(inn.fieldErrors.inn?.[0]);
  });

  it("still checks the caller first: signed out, a malformed call is unauthenticated, not a validation answer", async () => {
    signInAs(null);
    expect(await actions.createOrganization(null, "x" as unknown as FormData)).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});

describe("messages zod would word in English", () => {
  it("are catalogue sentences in Russian beside their field", async () => {
    const org = await organizationWith(db, ["viewer"]);
    signInAs(org.ownerId);
    const empty = failureOf(
      await actions.changeMemberRole(null, formOf({ organizationId: org.organizationId, membershipId: "", role: "manager" })),
    );
    expect(empty.fieldErrors.membershipId).toEqual([ru.validation.required]);
    const missing = failureOf(await actions.changeMemberRole(null, formOf({ organizationId: org.organizationId, role: "manager" })));
    expect(missing.fieldErrors.membershipId).toEqual([ru.validation.required]);
    const long = failureOf(
      await actions.createOrganization(null, formOf({ name: "Магазин", inn: "7707083893", legalName: "Я".repeat(301), address: "" })),
    );
    expect(long.fieldErrors.legalName).toEqual([ru.validation.tooLong]);
    for (const messages of [...Object.values(empty.fieldErrors), ...Object.values(missing.fieldErrors)]) {
      for (const message of messages ?? []) expectRussianCatalogueText(message);
    }
    expect((await db.membership.findUniqueOrThrow({ where: { id: org.members.viewer!.membershipId } })).role).toBe("viewer");
  });

  it("in a zod error a handler throws, are catalogue sentences too", async () => {
    const thrown = z.object({ comment: z.string().max(3) }).safeParse({ comment: "слишком длинно" }).error!;
    expect(thrown.issues[0].message).toMatch(/Too big/);
    const failure = failureOf(await actions.actionFailureFrom(thrown));
    expect(failure.fieldErrors.comment).toEqual([ru.validation.tooLong]);
  });

  it("leave a vendor schema's own Russian words as they are", async () => {
    const org = await organizationWith(db, []);
    signInAs(org.ownerId);
    const form = formOf({
      organizationId: org.organizationId,
      provider: "ozon",
      name: "Ozon",
      "credentials.clientId": "abc",
      "credentials.apiKey": "x",
    });
    const failure = failureOf(await actions.createConnection(null, form));
    expect(Object.values(failure.fieldErrors).flat().join(" ")).toMatch(/Client-Id — это число/);
  });
});
