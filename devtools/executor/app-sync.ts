import { headerKeys } from "inngest";
import type { Logger } from "@/lib/logger";
import { signRequest } from "./request-signature";
import type { Timers } from "./timers";

/**
 * Out-of-band sync, as the Inngest dev server does it: `PUT <app serve URL>` makes the SDK post
 * its functions to `POST /fn/register` on this executor. Apps usually start after the executor,
 * so each URL is retried every `pollMs` until a PUT succeeds, then re-synced every `resyncMs`
 * (0 = never) to pick up functions changed by a dev-server reload.
 */
export class AppSync {
  private readonly synced = new Set<string>();

  constructor(
    private readonly appUrls: string[],
    private readonly options: {
      pollMs: number;
      resyncMs: number;
      timers: Timers;
      logger: Logger;
      signal: AbortSignal;
      /** An app that verifies signatures serves only a signed PUT (an empty body signs as ""). */
      signingKey?: string;
    },
  ) {}

  start(): void {
    for (const url of this.appUrls) void this.loop(url);
  }

  /** PUTs every configured app now; resolves true when all of them accepted. */
  async syncAll(): Promise<boolean> {
    const results = await Promise.all(this.appUrls.map((url) => this.syncOne(url)));
    return results.every(Boolean);
  }

  isSynced(url: string): boolean {
    return this.synced.has(url);
  }

  private async loop(url: string): Promise<void> {
    const ok = await this.syncOne(url);
    const next = ok ? this.options.resyncMs : this.options.pollMs;
    if (next > 0) this.options.timers.after(next, () => void this.loop(url));
  }

  private async syncOne(url: string): Promise<boolean> {
    if (this.options.signal.aborted) return false;
    try {
      const { signingKey } = this.options;
      const res = await fetch(url, {
        method: "PUT",
        headers: signingKey ? { [headerKeys.Signature]: signRequest("", signingKey) } : {},
        signal: AbortSignal.any([this.options.signal, AbortSignal.timeout(30_000)]),
      });
      const body = await res.text();
      if (!res.ok) throw new Error(`HTTP ${res.status}: ${body.slice(0, 300)}`);
      if (!this.synced.has(url)) this.options.logger.info({ url }, "executor: app synced");
      this.synced.add(url);
      return true;
    } catch (error) {
      if (this.options.signal.aborted) return false;
      const level = this.synced.has(url) ? "warn" : "debug";
      this.options.logger[level]({ url, err: (error as Error).message }, "executor: app sync failed; will retry");
      this.synced.delete(url);
      return false;
    }
  }
}
