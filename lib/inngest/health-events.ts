import type { HealthTransitionRecord } from "@/lib/data/health/apply-health-observation";
import { connectionHealthChanged } from "@/lib/inngest/events";

/** The event for a recorded transition; its id makes a re-sent alert event a no-op. */
export function healthChangedEvent(transition: HealthTransitionRecord) {
  return connectionHealthChanged.create(
    {
      organizationId: transition.organizationId,
      connectionId: transition.connectionId,
      transitionId: transition.id,
      fromState: transition.fromState,
      toState: transition.toState,
      reason: transition.reason,
    },
    { id: `health-transition-${transition.id}` },
  );
}
