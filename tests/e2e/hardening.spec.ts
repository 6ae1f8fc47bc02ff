import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eEnv } from "../../playwright.config";
import { innCheckDigits } from "../../lib/validations/inn";
import { LOGIN_CODE_RESEND_AFTER_MS } from "@/lib/auth/login-code";
import { collectFiles, latestCode, login, submitCode, uniquePhone } from "./support";
import { contextAs } from "./role-sessions";

/**
 * The app-wide defences, each test on its own: a login redirect stays on our origin, every page
 * runs under a nonce CSP, health says only "up" without its token, no server-only file is served,
 * a refused admin page is any 404, and unexpected methods are refused. The attacks of one
 * organisation on another are in security.spec.ts.
 */

/** The browser's origin for this run: every redirect and script must stay on it. */
const ourOrigin = new URL(e2eEnv.APP_URL).origin;

test("a real login with a callbackUrl that hides another host stays on our origin", async ({ browser }) => {
  // Two sign-ins of one phone: the second code may be asked for only a minute after the first.
  test.setTimeout(150_000);
  const phone = uniquePhone();
  // A seller with an organisation: only they are sent to the callback (newcomers go to onboarding).
  const first = await browser.newContext();
  const setup = await first.newPage();
  await login(setup, phone);
  const firstCodeAt = Date.now();
  // An INN no other organisation of this run has (each INN may hold one organisation).
  const prefix = String(100_000_000 + Math.floor(Math.random() * 899_999_999));
  await setup.getByLabel("ИНН").fill(prefix + innCheckDigits(prefix));
  await setup.getByLabel("Название для команды").fill("Редирект");
  await setup.getByRole("button", { name: "Создать организацию" }).click();
  await expect(setup).toHaveURL(/\/overview/);
  await first.close();

  const context = await browser.newContext();
  const offsite: string[] = [];
  // Matched on the host: the login URL itself names evil.example in its query.
  await context.route(
    (url) => url.hostname.endsWith("evil.example"),
    (route) => {
      offsite.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  await page.waitForTimeout(Math.max(0, firstCodeAt + LOGIN_CODE_RESEND_AFTER_MS + 1_000 - Date.now()));
  // The tab arrives decoded as "/\t/evil.example"; browsers drop the tab and follow "//evil.example".
  await page.goto("/login?callbackUrl=/%09/evil.example");
  await page.getByLabel("Номер телефона").fill(phone);
  await page.getByRole("button", { name: "Получить код" }).click();
  // The field appears once the new code is sent; read the inbox only then, or it holds the first.
  await expect(page.getByLabel("Код из SMS")).toBeVisible();
  await submitCode(page, await latestCode(phone));
  await expect(page).toHaveURL(/\/overview/);
  expect(new URL(page.url()).origin).toBe(ourOrigin);
  expect(offsite).toEqual([]);
  await context.close();
});

test("every page carries a nonce CSP its scripts run under, with no violation", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await contextAs(browser, "owner");
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const consoleViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) consoleViolations.push(message.text());
  });
  const nonces = new Set<string>();
  for (const url of ["/overview", "/orders", "/sales", "/products", "/stocks", "/connections", "/syncs", "/files", "/settings/team"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    const headers = response!.headers();
    const policy = headers["content-security-policy"];
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce, url).toBeTruthy();
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("object-src 'none'");
    nonces.add(nonce!);
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"]).toContain("max-age=");
    // Next put this response's nonce on every script it rendered.
    const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
    expect(scriptNonces.length, url).toBeGreaterThan(0);
    for (const scriptNonce of scriptNonces) expect(scriptNonce, url).toBe(nonce);
    // Scripts ran: the App Router's client runtime started (it sets window.next when it boots).
    await page.waitForFunction(() => Boolean((window as unknown as { next?: unknown }).next));
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), url).toEqual([]);
  }
  expect(nonces.size).toBe(9);
  expect(consoleViolations).toEqual([]);
  await context.close();
});

test("the login page runs its scripts under the policy too: the language switch works", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/login");
  expect(response?.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'/);
  await page.getByLabel("Язык").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Language").selectOption("ru");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  expect(violations).toEqual([]);
  await context.close();
});

test("public health says only up; details need the token", async ({ browser }) => {
  const anonymous = await browser.newContext();
  const open = await anonymous.request.get("/api/health");
  expect(open.status()).toBe(200);
  expect(await open.json()).toEqual({ status: "up" });
  const wrong = await anonymous.request.get("/api/health", { headers: { authorization: "Bearer not-the-token-at-all" } });
  expect(await wrong.json()).toEqual({ status: "up" });
  const monitoring = await anonymous.request.get("/api/health", { headers: { authorization: `Bearer ${e2eEnv.HEALTH_TOKEN}` } });
  expect(await monitoring.json()).toMatchObject({ status: "up", database: { ok: true }, executor: { ok: true } });
  await anonymous.close();
});

test("no server-only file is served to browsers: no PGlite WASM or data under /_next/static", async ({ request }) => {
  const files = await collectFiles(".next/static", () => true);
  expect(files.some((f) => f.endsWith(".js"))).toBe(true);
  const serverOnly = files.filter((f) => /\.(wasm|data)$/.test(f) || /pglite|initdb/i.test(path.basename(f)));
  expect(serverOnly).toEqual([]);
  for (const file of files.filter((f) => f.includes(`${path.sep}media${path.sep}`))) {
    expect(path.basename(file)).toMatch(/\.(woff2?|css|js|svg|png)$/);
  }
  expect((await request.get("/_next/static/media/pglite.wasm")).status()).toBe(404);
});

test("a refused admin page is any 404, down to its title", async ({ browser }) => {
  const viewer = await contextAs(browser, "viewer");
  const page = await viewer.newPage();
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  const plainTitle = await page.title();
  const plainHeading = await page.locator("h1, h2").first().textContent();
  for (const url of ["/admin/health", "/admin/users", "/admin/audit", "/admin/connections/anything"]) {
    expect((await page.goto(url))?.status(), url).toBe(404);
    expect(await page.title(), url).toBe(plainTitle);
    expect(await page.locator("h1, h2").first().textContent(), url).toBe(plainHeading);
  }
  expect(plainTitle).not.toMatch(/админ|admin/i);
  await viewer.close();
});

test("TRACE and other unexpected methods are refused, never a 500", async ({ request }) => {
  for (const [method, url] of [
    ["TRACE", "/"],
    ["TRACE", "/login"],
    ["PUT", "/overview"],
    ["DELETE", "/login"],
    ["TRACE", "/api/health"],
  ]) {
    const status = (await request.fetch(url, { method, maxRedirects: 0 })).status();
    expect(status, `${method} ${url}`).toBeGreaterThanOrEqual(400);
    expect(status, `${method} ${url}`).toBeLessThan(500);
  }
});
