import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { LOGIN_CODE_RESEND_AFTER_MS } from "@/lib/auth/login-code";
import { createOrganization, login, uniquePhone } from "./support";

/**
 * Issue 12, attack 5: "sessions survive sign-out". A session cookie copied before sign-out used to
 * keep working for 30 days (pages, actions, CSV export). Now the cookie names a server-side session
 * that sign-out ends, so the copy gets the login page. A fresh phone and organisation keep the demo
 * users' SMS budget for the other specs.
 */
test.describe.configure({ mode: "serial" });

const phone = uniquePhone();
let signedOut: BrowserContext;
let otherDevice: BrowserContext;

/** A new browser holding exactly the cookies another one had: a stolen or copied session. */
async function copyOf(browser: Browser, cookies: Awaited<ReturnType<BrowserContext["cookies"]>>) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  return context;
}

test.afterAll(async () => {
  await signedOut?.close();
  await otherDevice?.close();
});

test("a session cookie copied before sign-out gets the login page after it", async ({ browser }) => {
  signedOut = await browser.newContext();
  const page = await signedOut.newPage();
  await login(page, phone);
  await createOrganization(page, "Сеансы");

  const captured = await signedOut.cookies();
  const before = await copyOf(browser, captured);
  expect((await before.request.get("/api/export/orders")).status()).toBe(200);
  expect(await (await before.request.get("/api/auth/session")).json()).toMatchObject({ user: { phone: expect.any(String) } });
  await before.close();

  await page.getByLabel("Профиль").click();
  await page.getByRole("button", { name: "Выйти", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  const copy = await copyOf(browser, captured);
  const stolen = await copy.newPage();
  await stolen.goto("/overview");
  await expect(stolen).toHaveURL(/\/login/);
  await expect(stolen.getByRole("heading", { name: "Вход" })).toBeVisible();
  expect((await copy.request.get("/api/export/orders")).status()).toBe(401);
  // Auth.js's own session endpoint does not name the owner of an ended session either.
  expect(await (await copy.request.get("/api/auth/session")).json()).toBeNull();
  await copy.close();
});

test("«Выйти на всех устройствах» ends the session of another browser too", async ({ browser }) => {
  // Two sign-ins of one phone: the second code may be asked for only a minute after the first.
  test.setTimeout(150_000);
  const owner = uniquePhone();
  otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await login(other, owner);
  const firstCodeAt = Date.now();
  await createOrganization(other, "Сеансы");

  await other.waitForTimeout(Math.max(0, firstCodeAt + LOGIN_CODE_RESEND_AFTER_MS + 1_000 - Date.now()));
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, owner);
  await page.goto("/settings/security");
  await expect(page.getByRole("table", { name: "Активные сеансы" }).getByText("это устройство")).toBeVisible();
  await page.getByRole("button", { name: "Выйти на всех устройствах" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Выйти на всех устройствах" }).click();
  await expect(page).toHaveURL(/\/login/);
  await context.close();

  await other.goto("/overview");
  await expect(other).toHaveURL(/\/login/);
});
