import { expect, test, type Page } from "@playwright/test";
import { contextAs } from "./role-sessions";
import { login, screenshot, uniquePhone } from "./support";
import { uniqueInn } from "../support/inn";

/**
 * The seller's views over the demo organisation's synced sandbox data: `npm run dev` connects the
 * demo shops and starts their first syncs, so the data arrives without any manual step.
 */
async function exportedOrderCount(page: Page): Promise<number> {
  const res = await page.request.get("/api/export/orders?period=all");
  return (await res.text()).trim().split("\r\n").length - 1;
}

/** Until the first syncs of both demo shops have finished: orders present and no longer growing. */
async function waitForSyncedOrders(page: Page) {
  await expect(async () => {
    const before = await exportedOrderCount(page);
    await new Promise((r) => setTimeout(r, 2_000));
    const after = await exportedOrderCount(page);
    expect(before).toBeGreaterThan(500);
    expect(after).toBe(before);
  }).toPass({ timeout: 120_000 });
}

/** The owner's page once the demo data is synced; its browser context closes after the test, passed or not. */
const ownerTest = test.extend<{ syncedOwnerPage: Page }>({
  syncedOwnerPage: async ({ browser }, provide) => {
    const context = await contextAs(browser, "owner");
    const page = await context.newPage();
    await waitForSyncedOrders(page);
    await provide(page);
    await context.close();
  },
});

function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => line.split(";").map((cell) => cell.replace(/^"|"$/g, "")));
}

const tableRows = (page: Page) => page.locator("table tbody tr");

test.describe("seller views", () => {
  ownerTest("overview shows KPIs and per-marketplace charts after the first sync", async ({ syncedOwnerPage: page }) => {
    await page.goto("/overview?period=90d");
    await expect(page.getByRole("heading", { name: "Выручка по дням" })).toBeVisible();
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    expect(await page.locator(".recharts-surface").count()).toBeGreaterThanOrEqual(2);
    await expect(page.locator(".recharts-legend-wrapper").first()).toContainText("Wildberries");
    await expect(page.locator(".recharts-legend-wrapper").first()).toContainText("Ozon");
    // The numbers behind the chart are there for people who would rather read.
    await page.getByText("Показать данные таблицей").first().click();
    await expect(page.locator("table").first()).toBeVisible();
    await screenshot(page, "overview");
  });

  ownerTest("orders: filter by marketplace, search, page through; filters live in the URL", async ({ syncedOwnerPage: page }) => {
    await page.goto("/orders?period=all&size=25");
    const filters = page.getByRole("search", { name: "Фильтры" });
    await filters.getByLabel("Площадка").selectOption("ozon");
    await filters.getByRole("button", { name: "Применить" }).click();
    await expect(page).toHaveURL(/marketplace=ozon/);
    await expect(tableRows(page).first()).toBeVisible();
    const badges = await tableRows(page).locator("td:nth-child(2)").allInnerTexts();
    expect(badges.length).toBe(25);
    expect(badges.every((b) => b.trim() === "Ozon")).toBe(true);

    // Keyset paging: the next page holds other order lines (an Ozon posting may span two pages,
    // one line each), and going back returns the first page.
    const firstPage = await tableRows(page).allTextContents();
    const firstRow = (await tableRows(page).first().textContent())!;
    await page.getByRole("navigation", { name: "Страницы" }).getByRole("link", { name: "Вперёд" }).click();
    await expect(page).toHaveURL(/after=/);
    await expect(tableRows(page).first()).not.toHaveText(firstRow);
    const secondPage = await tableRows(page).allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((row) => firstPage.includes(row))).toEqual([]);
    await page.reload();
    expect(await tableRows(page).allTextContents()).toEqual(secondPage);
    await page.getByRole("navigation", { name: "Страницы" }).getByRole("link", { name: "Назад" }).click();
    await expect(page).not.toHaveURL(/after=/);
    await expect(tableRows(page).first()).toHaveText(firstRow);
    expect(await tableRows(page).allTextContents()).toEqual(firstPage);

    // Search by one order's number finds that order.
    const number = (await tableRows(page).first().locator("td:nth-child(3)").innerText()).trim();
    await filters.getByLabel("Поиск").fill(number);
    await filters.getByRole("button", { name: "Применить" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(number)}`));
    const found = await tableRows(page).locator("td:nth-child(3)").allInnerTexts();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((n) => n.trim() === number)).toBe(true);
    await screenshot(page, "orders-search");
  });

  ownerTest("products, stocks and sales filter and search", async ({ syncedOwnerPage: page }) => {
    await page.goto("/products?marketplace=wildberries");
    await expect(tableRows(page).first()).toBeVisible();
    const firstOffer = (await tableRows(page).first().innerText()).match(/art-[\w-]+/)?.[0];
    expect(firstOffer).toBeTruthy();
    const filters = page.getByRole("search", { name: "Фильтры" });
    await filters.getByLabel("Поиск").fill(firstOffer!);
    await filters.getByRole("button", { name: "Применить" }).click();
    await expect(tableRows(page)).toHaveCount(1);
    await expect(tableRows(page).first()).toContainText(firstOffer!);
    await screenshot(page, "products");

    await page.goto("/stocks?level=low");
    await expect(page.getByRole("search", { name: "Фильтры" })).toBeVisible();
    // Low stock: out of stock, or fewer than 14 days at the current rate of orders.
    const daysOfStock = await tableRows(page).locator("td:last-child").allInnerTexts();
    expect(daysOfStock.length).toBeGreaterThan(0);
    for (const cell of daysOfStock) {
      const days = Number(cell.replace(/[^\d,]/g, "").replace(",", "."));
      expect(cell.includes("Нет в наличии") || days < 14, cell).toBe(true);
    }
    await screenshot(page, "stocks-low");

    await page.goto("/sales?period=all&kind=return");
    await expect(tableRows(page).first()).toBeVisible();
    const amounts = await tableRows(page).locator("td:last-child").allInnerTexts();
    expect(amounts.every((a) => a.includes("−") || a.includes("-"))).toBe(true);
  });

  ownerTest("CSV export streams exactly the filtered rows", async ({ syncedOwnerPage: page }) => {
    await page.goto("/orders?period=all&marketplace=wildberries");
    const summary = await page
      .getByText(/\d[\d\s ]* заказ/)
      .first()
      .innerText();
    const expected = Number(summary.match(/^([\d\s ]+)/)![1]!.replace(/\D/g, ""));
    const href = await page.getByRole("link", { name: "Скачать CSV" }).getAttribute("href");
    expect(href).toContain("marketplace=wildberries");
    const res = await page.request.get(href!);
    expect(res.headers()["content-type"]).toContain("text/csv");
    const rows = parseCsv(await res.text());
    const [header, ...data] = rows;
    const marketplaceColumn = header!.findIndex((h) => /Площадка/i.test(h));
    expect(marketplaceColumn).toBeGreaterThanOrEqual(0);
    expect(data).toHaveLength(expected);
    expect(data.every((r) => r[marketplaceColumn] === "wildberries")).toBe(true);
  });

  test("a user of another organisation sees none of it", async ({ page }) => {
    await login(page, uniquePhone());
    await page.getByLabel("ИНН").fill(uniqueInn());
    await page.getByLabel("Название для команды").fill("Чужая организация");
    await page.getByLabel("Полное наименование").fill("ООО Чужая");
    await page.getByRole("button", { name: "Создать организацию" }).click();
    await expect(page).toHaveURL(/\/overview/);
    for (const path of ["/orders?period=all", "/sales?period=all", "/products", "/stocks"]) {
      await page.goto(path);
      await expect(tableRows(page)).toHaveCount(0);
    }
    const csv = parseCsv(await (await page.request.get("/api/export/orders?period=all")).text());
    expect(csv).toHaveLength(1);
  });
});
