import { expect, test } from "@playwright/test";
import { e2eEnv } from "../../playwright.config";

test.describe("app shell", () => {
  test("health endpoint reports the database and the executor to monitoring", async ({ request }) => {
    const res = await request.get("/api/health", { headers: { authorization: `Bearer ${e2eEnv.HEALTH_TOKEN}` } });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("up");
    expect(body.database.ok).toBe(true);
    expect(body.executor).toMatchObject({ ok: true, mode: "local" });
  });

  test("switches between Russian and English and remembers the choice", async ({ page }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await page.getByLabel("Язык").selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.screenshot({ path: "tests/artifacts/screenshots/shell-en.png", fullPage: true });
    await page.getByLabel("Language").selectOption("ru");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  });
});
