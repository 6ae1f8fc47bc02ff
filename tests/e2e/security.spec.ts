import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { e2eEnv } from "../../playwright.config";
import { innCheckDigits } from "../../lib/validations/inn";
import { latestCode, login, submitCode, uniquePhone } from "./support";
import { uniqueInn } from "../support/inn";
import { captureAction, connectThroughForm, contextAs, replayAction, sandboxAccount, type CapturedAction } from "./role-sessions";

/**
 * Attacks on the first organisation's connections from a signed-in user of another one: every
 * URL and route is a 404, every server action replayed with forged ids is a 404 and changes
 * nothing, a cross-site post is refused, and no credential reaches HTML, RSC or the bundle.
 */
test.describe.configure({ mode: "serial" });

let owner: BrowserContext;
let ownerPage: Page;
let attacker: BrowserContext;
let victim: { organizationId: string; connectionId: string; token: string; runId: string };
let attackerOrganizationId: string;
const actions: Record<string, CapturedAction> = {};

const hiddenOrganizationId = (page: Page) => page.locator('input[name="organizationId"]').first().inputValue();

test.beforeAll(async ({ browser }) => {
  owner = await contextAs(browser, "owner");
  ownerPage = await owner.newPage();
});
test.afterAll(async () => {
  await owner?.close();
  await attacker?.close();
});

test("the owner's real calls give each action's id (connect, check, sync, disable, new keys, delete)", async () => {
  // Six real actions against the sandbox, each waiting for the vendor where its limits say so.
  test.setTimeout(150_000);
  const page = ownerPage;
  const shop = await sandboxAccount("wildberries", { scale: 60 });
  await page.goto("/connections/new?provider=wildberries");
  const organizationId = await hiddenOrganizationId(page);
  actions.create = await captureAction(page, async () => {
    await page.getByLabel("Название").fill("WB security");
    await page.getByLabel("Токен API").fill(shop.credentials.token);
    await page.getByRole("button", { name: "Подключить" }).click();
  });
  await expect(page).toHaveURL(/\/connections\/c[a-z0-9]+$/, { timeout: 20_000 });
  const connectionId = page.url().split("/").pop()!;

  actions.check = await captureAction(page, () => page.getByRole("button", { name: "Проверить" }).click());
  await expect(page.getByTestId("check-result")).toBeVisible();
  actions.sync = await captureAction(page, () =>
    page.getByRole("group", { name: "Синхронизировать сейчас" }).getByRole("button", { name: "Товары" }).click(),
  );
  await expect(page.locator('tr[data-run-status="succeeded"]', { hasText: "Товары" }).filter({ hasText: "вручную" })).toBeVisible({
    timeout: 40_000,
  });
  const runs = (await (await page.request.get(`/api/sync-runs?connectionId=${connectionId}`)).json()) as {
    runs: Array<{ id: string; trigger: string }>;
  };
  runs.runs = runs.runs.filter((r) => r.trigger === "manual");
  actions.disable = await captureAction(page, async () => {
    await page.getByRole("button", { name: "Отключить" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Отключить" }).click();
  });
  await expect(page.getByRole("button", { name: "Включить" })).toBeVisible();
  actions.enable = await captureAction(page, () => page.getByRole("button", { name: "Включить" }).click());
  await expect(page.getByRole("button", { name: "Отключить" })).toBeVisible();

  await page.goto(`/connections/${connectionId}/edit`);
  actions.update = await captureAction(page, async () => {
    await page.getByLabel("Токен API").fill(shop.credentials.token);
    await page.getByRole("button", { name: "Проверить и сохранить" }).click();
  });
  // Saved: the toast, and back on the connection's page (not left on the edit form). The save
  // runs a live check, and WB allows 3 pings per 30 s per host: after the connect and the check
  // above, the client waits for WB's window rather than earn a 429, so give it that long.
  await expect(page.getByText("Ключи обновлены")).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(new RegExp(`/connections/${connectionId}$`), { timeout: 15_000 });

  // Delete is captured on a throwaway connection; the replays aim it at the victim.
  const spare = await connectThroughForm(page, "ozon", (await sandboxAccount("ozon", { scale: 10 })).credentials, "Ozon spare");
  actions.delete = await captureAction(page, async () => {
    await page.getByRole("button", { name: "Удалить" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Удалить навсегда" }).click();
  });
  await expect(page).toHaveURL(/\/connections$/);
  actions.delete.body = actions.delete.body.split(spare).join(connectionId);

  victim = { organizationId, connectionId, token: shop.credentials.token, runId: runs.runs[0].id };
  expect(Object.keys(actions)).toHaveLength(7);
});

test("a user of another organisation gets 404 on every URL and route of the first one", async ({ browser }) => {
  attacker = await browser.newContext();
  const page = await attacker.newPage();
  await login(page, uniquePhone());
  await page.getByLabel("ИНН").fill(uniqueInn());
  await page.getByRole("button", { name: "Заполнить по ИНН" }).click();
  await expect(page.getByLabel("Полное наименование")).toHaveValue(/\S/);
  await page.getByLabel("Название для команды").fill("Чужой магазин");
  await page.getByRole("button", { name: "Создать организацию" }).click();
  await expect(page).toHaveURL(/\/overview/);
  await page.goto("/connections/new?provider=ozon");
  attackerOrganizationId = await hiddenOrganizationId(page);
  expect(attackerOrganizationId).not.toBe(victim.organizationId);

  const { connectionId, organizationId, runId } = victim;
  for (const url of [
    `/connections/${connectionId}`,
    `/connections/${connectionId}/edit`,
    "/admin/health",
    `/admin/connections/${connectionId}`,
  ]) {
    expect((await page.goto(url))?.status(), url).toBe(404);
  }
  for (const url of [
    `/api/sync-runs?connectionId=${connectionId}`,
    `/api/sync-runs?organizationId=${organizationId}`,
    `/api/sync-runs?organizationId=${organizationId}&connectionId=${connectionId}`,
    `/api/sync-runs/${runId}`,
    `/api/sync-runs/${runId}?organizationId=${organizationId}`,
  ]) {
    expect((await attacker.request.get(url)).status(), url).toBe(404);
  }
  // A filter by another organisation's connection shows none of its runs.
  await page.goto(`/syncs?connection=${connectionId}`);
  await expect(page.getByText("WB security")).toHaveCount(0);
  // Signed out, the route says 401 rather than leaking anything.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/api/sync-runs?connectionId=${connectionId}`)).status()).toBe(401);
  await anonymous.close();
});

test("every connection action replayed with forged ids is a 404 and writes nothing", async () => {
  const { connectionId, organizationId } = victim;
  for (const [name, action] of Object.entries(actions)) {
    // As captured: the victim's organisation id, which the attacker is no member of.
    const asIs = await replayAction(attacker, action, {});
    expect(asIs.text, `${name} with the victim's organisation`).toContain('"status":404');
    expect(asIs.text, name).not.toContain('"ok":true');
    // The attacker's own organisation with the victim's connection id. (Create has no
    // connection id: into their own organisation it would be the attacker's own connection.)
    if (name === "create") continue;
    const own = await replayAction(attacker, action, { [organizationId]: attackerOrganizationId });
    expect(own.text, `${name} with the attacker's organisation`).toContain('"status":404');
    expect(own.text, name).not.toContain('"ok":true');
  }
  const ownerPage2 = await owner.newPage();
  await ownerPage2.goto(`/connections/${connectionId}`);
  await expect(ownerPage2.getByRole("heading", { name: "WB security" })).toBeVisible();
  await expect(ownerPage2.getByRole("button", { name: "Отключить" })).toBeVisible();
  await ownerPage2.close();
  // The one manual run is the owner's own; scheduled runs may come and go, forged ones never did.
  const { runs } = (await (await owner.request.get(`/api/sync-runs?connectionId=${connectionId}`)).json()) as {
    runs: Array<{ trigger: string }>;
  };
  expect(runs.filter((r) => r.trigger === "manual")).toHaveLength(1);
  const listPage = await owner.newPage();
  await listPage.goto("/connections");
  await expect(listPage.getByRole("heading", { name: "WB security" })).toHaveCount(1);
  await listPage.close();
});

test("a cross-site post of a server action is rejected by Next", async () => {
  const control = await replayAction(owner, actions.check, {});
  expect(control.text).toContain('"ok":true');
  const crossSite = await replayAction(owner, actions.check, {}, { origin: "https://evil.example.com" });
  expect(crossSite.status).toBeGreaterThanOrEqual(400);
  expect(crossSite.text).not.toContain('"ok":true');
});

test("no credential or server secret in HTML, RSC payloads or the client bundle", async () => {
  const { connectionId, token } = victim;
  const secrets = [token, token.slice(-40), e2eEnv.AUTH_SECRET, e2eEnv.CREDENTIALS_ENCRYPTION_KEYS.split(":")[1]];
  for (const url of [
    "/connections",
    `/connections/${connectionId}`,
    `/connections/${connectionId}/edit`,
    "/syncs",
    `/api/sync-runs?connectionId=${connectionId}`,
  ]) {
    for (const headers of [{}, { RSC: "1" }] as Array<Record<string, string>>) {
      const body = await (await owner.request.get(url, { headers })).text();
      expect(body.length, url).toBeGreaterThan(50);
      for (const secret of secrets) expect(body.includes(secret), `${url} ${JSON.stringify(headers)}`).toBe(false);
    }
  }
  const files = await collectFiles(".next/static");
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = await readFile(file, "utf8");
    for (const secret of secrets) expect(text.includes(secret), file).toBe(false);
  }
});

async function collectFiles(dir: string, keep: (name: string) => boolean = (name) => name.endsWith(".js")): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? collectFiles(path.join(dir, e.name), keep) : Promise.resolve(keep(e.name) ? [path.join(dir, e.name)] : []),
    ),
  );
  return nested.flat();
}

/** The browser's origin for this run: every redirect and script must stay on it. */
const ourOrigin = new URL(e2eEnv.APP_URL).origin;

test("a real login with a callbackUrl that hides another host stays on our origin", async ({ browser }) => {
  test.setTimeout(90_000);
  const phone = uniquePhone();
  // A seller with an organisation: only they are sent to the callback (newcomers go to onboarding).
  const first = await browser.newContext();
  const setup = await first.newPage();
  await login(setup, phone);
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
  // The tab arrives decoded as "/\t/evil.example"; browsers drop the tab and follow "//evil.example".
  await page.goto("/login?callbackUrl=/%09/evil.example");
  await page.getByLabel("Номер телефона").fill(phone);
  await page.getByRole("button", { name: "Получить код" }).click();
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
