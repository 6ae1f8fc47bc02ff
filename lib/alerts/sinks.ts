/**
 * Where alerts of one kind go. The default sink writes a structured log line (the log pipeline
 * alerts on it); e-mail, Telegram or a pager are further sinks registered at start-up. Connection
 * health and the login SMS budget each keep one list; this is the list.
 */
export interface AlertSinks<A> {
  /** Adds a sink; returns the call that removes it again. */
  register: (sink: (alert: A) => Promise<void> | void) => () => void;
  /** Calls every sink, each on its own: one that throws or rejects does not keep the alert from the others. */
  deliver: (alert: A) => Promise<{ attempted: number; failures: unknown[] }>;
}

export function alertSinks<A>(defaultSink: (alert: A) => Promise<void> | void): AlertSinks<A> {
  const sinks = [defaultSink];
  return {
    register(sink) {
      sinks.push(sink);
      return () => {
        const index = sinks.indexOf(sink);
        if (index >= 0) sinks.splice(index, 1);
      };
    },
    async deliver(alert) {
      const results = await Promise.allSettled(sinks.map(async (sink) => sink(alert)));
      const failures = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
      return { attempted: results.length, failures };
    },
  };
}
