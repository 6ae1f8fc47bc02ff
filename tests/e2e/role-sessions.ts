import { mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { login, sandboxUrl } from "./support";

/**
 * The demo organisation's people, each signed in once per run through the real SMS flow and
 * kept as a storage state in tests/artifacts/.auth/. A phone may receive only 3 SMS an hour,
 * so every spec reuses the saved session and logs in again only when it no longer works
 * (a fresh e2e database has new user ids, so last run's cookies are refused).
 */
export const DEMO = { owner: "+79990000000", admin: "+79990000001", viewer: "+79990000002", manager: "+79990000003" } as const;
export type DemoRole = keyof typeof DEMO;

const AUTH_DIR = "tests/artifacts/.auth";

export async function contextAs(browser: Browser, role: DemoRole): Promise<BrowserContext> {
  const file = `${AUTH_DIR}/${role}.json`;
  if (existsSync(file)) {
    const context = await browser.newContext({ storageState: file });
    const res = await context.request.get(role === "admin" ? "/admin/health" : "/connections", { maxRedirects: 0 });
    if (res.status() === 200) return context;
    await context.close();
  }
  await mkdir(AUTH_DIR, { recursive: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, DEMO[role]);
  await context.storageState({ path: file });
  await page.close();
  return context;
}

/** A fresh sandbox shop: credentials nobody has connected yet (WB options: scopes, scale…). */
export async function sandboxAccount(vendor: "wildberries" | "ozon", options: Record<string, unknown> = {}) {
  const res = await fetch(`${sandboxUrl}/__sandbox/accounts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ vendor, ...options }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { accountKey: string; credentials: Record<string, string> };
}

export async function sandboxControl(path: string, body: unknown) {
  const res = await fetch(`${sandboxUrl}/__sandbox${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
}

/** Connects a shop through the UI form and returns the new connection's id (from the URL). */
export async function connectThroughForm(
  page: Page,
  provider: "wildberries" | "ozon",
  credentials: Record<string, string>,
  name: string,
): Promise<string> {
  await page.goto(`/connections/new?provider=${provider}`);
  await expect(page.getByLabel("Название")).toBeVisible();
  await page.getByLabel("Название").fill(name);
  if (provider === "wildberries") {
    await page.getByLabel("Токен API").fill(credentials.token);
  } else {
    await page.getByLabel("Client-Id").fill(credentials.clientId);
    await page.getByLabel("API-ключ").fill(credentials.apiKey);
  }
  await page.getByRole("button", { name: "Подключить" }).click();
  await expect(page).toHaveURL(/\/connections\/c[a-z0-9]+$/, { timeout: 20_000 });
  return page.url().split("/").pop()!;
}

/** The id and body format of a server action, captured from a real call the page makes. */
export interface CapturedAction {
  id: string;
  contentType: string;
  body: string;
  url: string;
}

export async function captureAction(page: Page, trigger: () => Promise<unknown>): Promise<CapturedAction> {
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    trigger(),
  ]);
  const headers = request.headers();
  return {
    id: headers["next-action"],
    contentType: headers["content-type"],
    body: request.postDataBuffer()?.toString("utf8") ?? "",
    url: request.url(),
  };
}

/** Replays a captured action with ids swapped, as a forger would; returns the status and the RSC answer. */
export async function replayAction(
  context: BrowserContext,
  action: CapturedAction,
  replace: Record<string, string>,
  extraHeaders: Record<string, string> = {},
) {
  let body = action.body;
  for (const [from, to] of Object.entries(replace)) body = body.split(from).join(to);
  const res = await context.request.post(action.url, {
    headers: { "next-action": action.id, "content-type": action.contentType, accept: "text/x-component", ...extraHeaders },
    data: Buffer.from(body, "utf8"),
    maxRedirects: 0,
  });
  return { status: res.status(), text: await res.text() };
}
