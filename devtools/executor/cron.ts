import { Cron } from "croner";
import type { RegisteredFunction } from "./registry";

/** Inngest accepts a `TZ=Europe/Moscow ` (or `CRON_TZ=`) prefix; without one, crons run in UTC. */
export function parseCronSpec(spec: string): { pattern: string; timezone: string } {
  const match = /^\s*(?:CRON_TZ|TZ)=(\S+)\s+(.+)$/.exec(spec);
  return match ? { pattern: match[2]!.trim(), timezone: match[1]! } : { pattern: spec.trim(), timezone: "UTC" };
}

/**
 * Cron triggers, scheduled with croner. Five fields as in Inngest; a sixth, leading seconds field
 * is also accepted (handy in tests). Jobs are diffed on every registration so a re-sync neither
 * duplicates nor drops schedules.
 */
export class CronScheduler {
  private readonly jobs = new Map<string, Cron>();

  constructor(
    private readonly onTick: (fn: RegisteredFunction, cron: string) => void,
    private readonly warn: (message: string) => void,
  ) {}

  sync(functions: RegisteredFunction[], lookup: (id: string) => RegisteredFunction | undefined): void {
    const wanted = new Set<string>();
    for (const fn of functions) {
      for (const cron of fn.crons) {
        const key = `${fn.id}\u0000${cron}`;
        wanted.add(key);
        if (this.jobs.has(key)) continue;
        try {
          const { pattern, timezone } = parseCronSpec(cron);
          const job = new Cron(pattern, { timezone, mode: "5-or-6-parts", protect: true }, () => {
            const current = lookup(fn.id);
            if (current) this.onTick(current, cron);
          });
          this.jobs.set(key, job);
        } catch (error) {
          this.warn(`Function "${fn.id}": invalid cron "${cron}": ${(error as Error).message}`);
        }
      }
    }
    for (const [key, job] of this.jobs) {
      if (wanted.has(key)) continue;
      job.stop();
      this.jobs.delete(key);
    }
  }

  nextRun(functionId: string): Date | undefined {
    const runs = [...this.jobs].filter(([key]) => key.startsWith(`${functionId}\u0000`)).flatMap(([, job]) => job.nextRun() ?? []);
    return runs.sort((a, b) => a.getTime() - b.getTime())[0];
  }

  close(): void {
    for (const job of this.jobs.values()) job.stop();
    this.jobs.clear();
  }
}
