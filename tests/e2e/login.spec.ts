import { expect, test } from "@playwright/test";
import { latestCode, login, requestCode, screenshot, submitCode, uniquePhone } from "./support";
import { uniqueInn } from "../support/inn";

test.describe("SMS-code login", () => {
  test("normalises a typed phone, rejects a wrong code, then signs in", async ({ page }) => {
    const phone = uniquePhone();
    const typed = `8 (${phone.slice(2, 5)}) ${phone.slice(5, 8)}-${phone.slice(8, 10)}-${phone.slice(10)}`;
    await requestCode(page, typed);
    await screenshot(page, "login-code");
    const code = await latestCode(phone);
    const wrong = code === "000000" ? "111111" : "000000";

    await submitCode(page, wrong);
    await expect(page.getByText(/Неверный код\. Осталось 2 попытки/)).toBeVisible();

    await submitCode(page, code);
    await expect(page).toHaveURL(/\/onboarding/);
  });

  test("three wrong codes kill the code; even the right one is refused afterwards", async ({ page }) => {
    const phone = uniquePhone();
    await requestCode(page, phone);
    const code = await latestCode(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    await submitCode(page, wrong);
    await expect(page.getByText(/Осталось 2 попытки/)).toBeVisible();
    await submitCode(page, wrong);
    await expect(page.getByText(/Осталась 1 попытка/)).toBeVisible();
    await submitCode(page, wrong);
    await expect(page.getByText(/больше не действует/)).toBeVisible();
    await screenshot(page, "login-locked");

    await submitCode(page, code);
    await expect(page.getByText(/больше не действует|истёк или уже использован/)).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test("a malformed phone gets an error beside the field and sends nothing", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Номер телефона").fill("12345");
    await page.getByRole("button", { name: "Получить код" }).click();
    const field = page.getByLabel("Номер телефона");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    const describedBy = await field.getAttribute("aria-describedby");
    expect(describedBy).toBeTruthy();
    await expect(page.locator(`[id="${describedBy!.split(" ").pop()}"]`)).not.toBeEmpty();
  });
});

test.describe("onboarding", () => {
  test("a new user creates an organisation from its INN through DaData", async ({ page }) => {
    await login(page, uniquePhone());
    await expect(page).toHaveURL(/\/onboarding/);

    const inn = page.getByLabel("ИНН");
    await inn.fill("7707083894");
    await page.getByRole("button", { name: "Заполнить по ИНН" }).click();
    await expect(inn).toHaveAttribute("aria-invalid", "true");

    await inn.fill(uniqueInn());
    await page.getByRole("button", { name: "Заполнить по ИНН" }).click();
    await expect(page.getByLabel("Полное наименование")).toHaveValue(/\S/);
    await page.getByLabel("Название для команды").fill("Мой магазин");
    await screenshot(page, "onboarding-by-inn");
    await page.getByRole("button", { name: "Создать организацию" }).click();
    await expect(page).toHaveURL(/\/overview/);
    await expect(page.getByText("Мой магазин").first()).toBeVisible();
  });
});
