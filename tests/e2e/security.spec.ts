import { readFile } from "node:fs/promises";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { e2eEnv } from "../../playwright.config";
import { collectFiles, createOrganization, login, uniquePhone } from "./support";
import { captureAction, connectThroughForm, contextAs, replayAction, sandboxAccount, type CapturedAction } from "./role-sessions";

/**
 * Attacks on the first organisation's connections from a signed-in user of another one: every
 * URL and route is a 404, every server action replayed with forged ids is a 404 and changes
 * nothing, a cross-site post is refused, and no credential reaches HTML, RSC or the bundle.
 * The app-wide defences (redirects, CSP, health, methods) are in hardening.spec.ts.
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
  await createOrganization(page, "Чужой магазин");
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
