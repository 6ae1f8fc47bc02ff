import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { screenshot } from "./support";
import { connectThroughForm, contextAs, sandboxAccount } from "./role-sessions";

/**
 * Connections in the browser as the demo organisation's owner and viewer: registry-driven forms
 * with errors beside their fields, the live check, "Sync now" with live progress and the
 * finished run, disable/enable/delete with an accessible confirmation, and a read-only viewer.
 */
test.describe.configure({ mode: "serial" });

let owner: BrowserContext;
let page: Page;
let wbId: string;
let ozonId: string;

test.beforeAll(async ({ browser }) => {
  owner = await contextAs(browser, "owner");
  page = await owner.newPage();
});
test.afterAll(() => owner?.close());

test("connecting Wildberries: a malformed token and a token without Statistics are shown beside the field, a good one connects", async () => {
  await page.goto("/connections");
  await page.getByRole("link", { name: "Добавить подключение" }).first().click();
  await expect(page.getByRole("heading", { name: "Новое подключение" })).toBeVisible();
  await screenshot(page, "connections-providers");
  await page.getByRole("link", { name: /Wildberries/ }).click();

  const token = page.getByLabel("Токен API");
  await token.fill("not-a-token");
  await page.getByRole("button", { name: "Подключить" }).click();
  await expect(token).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await token.getAttribute("aria-describedby"))!.split(" ")[0];
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText("не похоже на токен");

  const noStatistics = await sandboxAccount("wildberries", { scopes: ["content", "analytics", "marketplace"], scale: 60 });
  await token.fill(noStatistics.credentials.token);
  await page.getByRole("button", { name: "Подключить" }).click();
  await expect(page.locator(`[id="${(await token.getAttribute("aria-describedby"))!.split(" ")[0]}"]`)).toContainText("Статистика");
  await screenshot(page, "connection-form-error");
  await expect(page).toHaveURL(/provider=wildberries/);

  const good = await sandboxAccount("wildberries", { scale: 60 });
  wbId = await connectThroughForm(page, "wildberries", good.credentials, "WB e2e");
  await expect(page.getByRole("heading", { name: "WB e2e" })).toBeVisible();
  await expect(page.getByText("Работает").first()).toBeVisible();
  await expect(page.getByText(`••••${good.credentials.token.slice(-4)}`)).toBeVisible();
  await expect(page.getByText("Статистика").first()).toBeVisible();
  expect(await page.content()).not.toContain(good.credentials.token);
});

test("connecting Ozon: a malformed key beside its field, then Sync now shows live progress and the finished run", async () => {
  await page.goto("/connections/new?provider=ozon");
  await page.getByLabel("Client-Id").fill("12ab");
  await page.getByLabel("API-ключ").fill("short");
  await page.getByRole("button", { name: "Подключить" }).click();
  await expect(page.getByLabel("Client-Id")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("API-ключ")).toHaveAttribute("aria-invalid", "true");
  // What was typed survives the failed attempt.
  await expect(page.getByLabel("Client-Id")).toHaveValue("12ab");

  const shop = await sandboxAccount("ozon", { scale: 20_000 });
  ozonId = await connectThroughForm(page, "ozon", shop.credentials, "Ozon e2e");
  await expect(page.getByText(shop.credentials.clientId).first()).toBeVisible();
  expect(await page.content()).not.toContain(shop.credentials.apiKey);

  await page.getByRole("group", { name: "Синхронизировать сейчас" }).getByRole("button", { name: "Заказы" }).click();
  const active = page.getByTestId("active-run");
  await expect(active).toBeVisible({ timeout: 20_000 });
  await expect(active.getByRole("progressbar", { name: /Заказы/ })).toBeVisible();
  await expect(active).toContainText(/Страниц: \d+/);
  await screenshot(page, "sync-progress");
  await expect(page.getByText(/Заказы: загружено [\d\s ]+ строк/)).toBeVisible({ timeout: 50_000 });
  // Scheduled runs may start beside it; the manual orders run is the one this test started.
  const finished = page.locator('tr[data-run-status="succeeded"]', { hasText: "Заказы" }).filter({ hasText: "вручную" });
  await expect(finished).toHaveCount(1);
  await expect(finished).toContainText("Готово");
  await screenshot(page, "connection-detail");

  await page.goto("/syncs?status=succeeded");
  await expect(page.locator("tbody tr").first()).toContainText("Ozon e2e");
  await screenshot(page, "syncs");
});

test("check, disable with Escape and focus return, enable and delete with confirmation", async () => {
  await page.goto(`/connections/${wbId}`);
  await page.getByRole("button", { name: "Проверить" }).click();
  await expect(page.getByTestId("check-result")).toContainText("Подключение работает");

  const disable = page.getByRole("button", { name: "Отключить" });
  await disable.click();
  const dialog = page.getByRole("dialog", { name: /Отключить «WB e2e»/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Отмена" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(disable).toBeFocused();

  await disable.click();
  await dialog.getByRole("button", { name: "Отключить" }).click();
  await expect(page.getByText("Подключение отключено").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Включить" })).toBeVisible();
  await page.getByRole("button", { name: "Включить" }).click();
  await expect(page.getByRole("button", { name: "Отключить" })).toBeVisible();

  await page.getByRole("button", { name: "Удалить" }).click();
  const confirm = page.getByRole("dialog", { name: /Удалить «WB e2e»/ });
  await confirm.getByRole("button", { name: "Удалить навсегда" }).click();
  await expect(page).toHaveURL(/\/connections$/);
  await expect(page.getByRole("heading", { name: "WB e2e" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Ozon e2e" })).toBeVisible();
  await screenshot(page, "connections");
  expect((await page.request.get(`/connections/${wbId}`)).status()).toBe(404);
});

test("a viewer sees connections read-only and cannot change them, even by posting the action", async ({ browser }) => {
  // The owner's real call gives the action's id and body; the viewer replays it.
  await page.goto(`/connections/${ozonId}`);
  const { captureAction, replayAction } = await import("./role-sessions");
  const disableCall = await captureAction(page, async () => {
    await page.getByRole("button", { name: "Отключить" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Отключить" }).click();
  });
  await expect(page.getByRole("button", { name: "Включить" })).toBeVisible();
  await page.getByRole("button", { name: "Включить" }).click();
  await expect(page.getByRole("button", { name: "Отключить" })).toBeVisible();

  const viewer = await contextAs(browser, "viewer");
  const viewerPage = await viewer.newPage();
  await viewerPage.goto("/connections");
  await expect(viewerPage.getByText("можно смотреть, но не менять")).toBeVisible();
  await expect(viewerPage.getByRole("link", { name: "Добавить подключение" })).toHaveCount(0);
  await viewerPage.goto(`/connections/${ozonId}`);
  await expect(viewerPage.getByRole("heading", { name: "Ozon e2e" })).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Отключить" })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "Заказы" })).toHaveCount(0);
  await expect(viewerPage.getByRole("table", { name: "История синхронизаций" })).toBeVisible();
  await screenshot(viewerPage, "connections-viewer");
  await viewerPage.goto("/connections/new?provider=ozon");
  await expect(viewerPage.getByLabel("API-ключ")).toHaveCount(0);

  const forged = await replayAction(viewer, disableCall, {});
  expect(forged.text).toContain('"status":403');
  expect(forged.text).not.toContain('"ok":true');
  await page.reload();
  await expect(page.getByRole("button", { name: "Отключить" })).toBeVisible();
  await viewer.close();
});
