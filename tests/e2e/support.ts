import { readdir } from "node:fs/promises";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { e2eEnv } from "../../playwright.config";
import { uniqueInn } from "../support/inn";

export const sandboxUrl = `http://127.0.0.1:${e2eEnv.SANDBOX_PORT}`;

/** A phone nobody else uses in this run, so per-phone SMS limits never collide between tests. */
export function uniquePhone(): string {
  return `+7999${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`;
}

/** The newest login code the sandbox SMS provider delivered to `phone`. */
export async function latestCode(phone: string, after?: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${sandboxUrl}/smsaero/__messages?phone=${encodeURIComponent(phone)}`);
    const messages = (await res.json()) as Array<{ id: string; text: string }>;
    const list = Array.isArray(messages) ? messages : ((messages as { messages?: typeof messages }).messages ?? []);
    const newest = list[0];
    if (newest && newest.id !== after) {
      const code = /\b(\d{6})\b/.exec(newest.text)?.[1];
      if (code) return code;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no SMS code for ${phone}`);
}

export async function requestCode(page: Page, phone: string) {
  await page.goto("/login");
  await page.getByLabel("Номер телефона").fill(phone);
  await page.getByRole("button", { name: "Получить код" }).click();
  await expect(page.getByLabel("Код из SMS")).toBeVisible();
}

export async function submitCode(page: Page, code: string) {
  await page.getByLabel("Код из SMS").fill(code);
  await page.getByRole("button", { name: "Войти" }).click();
}

/** Signs in through the real SMS flow; lands on the app or onboarding. */
export async function login(page: Page, phone: string) {
  await requestCode(page, phone);
  await submitCode(page, await latestCode(phone));
  await expect(page).not.toHaveURL(/\/login/);
}

/** A newcomer's onboarding: a fresh INN filled in by lookup, the team's name, and on to the overview. */
export async function createOrganization(page: Page, name: string) {
  await page.getByLabel("ИНН").fill(uniqueInn());
  await page.getByRole("button", { name: "Заполнить по ИНН" }).click();
  await expect(page.getByLabel("Полное наименование")).toHaveValue(/\S/);
  await page.getByLabel("Название для команды").fill(name);
  await page.getByRole("button", { name: "Создать организацию" }).click();
  await expect(page).toHaveURL(/\/overview/);
}

/** The files below `dir` that `keep` accepts (by default the scripts), as the build wrote them. */
export async function collectFiles(dir: string, keep: (name: string) => boolean = (name) => name.endsWith(".js")): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? collectFiles(path.join(dir, e.name), keep) : Promise.resolve(keep(e.name) ? [path.join(dir, e.name)] : []),
    ),
  );
  return nested.flat();
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `tests/artifacts/screenshots/${name}.png`, fullPage: true });
}
