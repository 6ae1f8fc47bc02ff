import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { recordHealthObservation } from "@/lib/health/record-health-observation";
import { claimTransitionAlert } from "@/lib/data/health/mark-transition-alerted";
import { listUnalertedTransitionsAcrossOrganizations } from "@/lib/data/admin/list-unalerted-transitions-across-organizations";
import { HEALTH_POLICY } from "@/lib/health/connection-health";
import { deliverHealthAlert, registerHealthAlertSink, type HealthAlert } from "@/lib/health/connection-health-alerts";
import { testDb, uniqueSuffix } from "../../support/database";

/** State changes are recorded as transitions, alerted once through the pluggable sinks, and disable after N failures. */
let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db.$disconnect());

async function makeConnection() {
  const s = uniqueSuffix();
  const org = await db.organization.create({ data: { slug: `health-${s}`, name: `Health ${s}` } });
  const connection = await db.connection.create({
    data: {
      organizationId: org.id,
      provider: "wildberries",
      name: `WB ${s}`,
      accountKey: `acc-${s}`,
      credentialsEncrypted: "v1.x",
      credentialsHint: {},
      tokenExpiresAt: new Date(Date.now() + 200 * 86_400_000),
    },
  });
  return { organizationId: org.id, connectionId: connection.id };
}

const at = (offsetMs = 0) => new Date(Date.now() + offsetMs);

describe("recording health observations", () => {
  it("records each change of state once, with its reason, and nothing when the state holds", async () => {
    const ids = await makeConnection();
    const first = await recordHealthObservation({
      db,
      ...ids,
      syncedResources: [],
      observation: { source: "check", ok: true, latencyMs: 80, at: at() },
    });
    expect(first).toMatchObject({ fromState: "unknown", toState: "healthy" });
    expect(
      await recordHealthObservation({
        db,
        ...ids,
        syncedResources: [],
        observation: { source: "check", ok: true, latencyMs: 90, at: at(1) },
      }),
    ).toBeNull();
    const revoked = await recordHealthObservation({
      db,
      ...ids,
      syncedResources: [],
      observation: {
        source: "sync",
        ok: false,
        errorCode: "auth_failed",
        errorMessage: "wildberries GET /api/v1/supplier/sales: 401",
        at: at(2),
      },
    });
    expect(revoked).toMatchObject({ fromState: "healthy", toState: "auth_failed" });

    const transitions = await db.healthTransition.findMany({ where: { connectionId: ids.connectionId }, orderBy: { id: "asc" } });
    expect(transitions.map((t) => [t.fromState, t.toState])).toEqual([
      ["unknown", "healthy"],
      ["healthy", "auth_failed"],
    ]);
    const connection = await db.connection.findUniqueOrThrow({ where: { id: ids.connectionId } });
    expect([connection.health, connection.lastErrorCode, connection.consecutiveFailures]).toEqual(["auth_failed", "auth_failed", 1]);
    expect(await db.healthCheck.count({ where: { connectionId: ids.connectionId } })).toBe(3);
  });

  it("disables the connection after N consecutive failures", async () => {
    const ids = await makeConnection();
    for (let i = 0; i < HEALTH_POLICY.disableAfterFailures; i++) {
      await recordHealthObservation({
        db,
        ...ids,
        syncedResources: [],
        observation: { source: "sync", ok: false, errorCode: "vendor_unavailable", at: at(i) },
      });
    }
    const connection = await db.connection.findUniqueOrThrow({ where: { id: ids.connectionId } });
    expect([connection.status, connection.health]).toEqual(["disabled", "disabled"]);
    expect(connection.disabledReason).toContain(`${HEALTH_POLICY.disableAfterFailures} consecutive failures`);
  });

  it("marks a connection stale when a synced resource missed its freshness target", async () => {
    const ids = await makeConnection();
    await db.connection.update({ where: { id: ids.connectionId }, data: { createdAt: at(-10 * 86_400_000) } });
    await db.syncCursor.create({ data: { ...ids, resource: "orders", cursor: {}, lastSuccessAt: at(-5 * 3600_000) } });
    const transition = await recordHealthObservation({
      db,
      ...ids,
      syncedResources: ["orders"],
      observation: { source: "check", ok: true, latencyMs: 50, at: at() },
    });
    expect(transition).toMatchObject({ toState: "stale", reason: "stale data: orders" });
  });

  it("alerts each transition once through every registered sink", async () => {
    const ids = await makeConnection();
    const transition = (await recordHealthObservation({
      db,
      ...ids,
      syncedResources: [],
      observation: { source: "check", ok: false, errorCode: "timeout", at: at() },
    }))!;
    expect((await listUnalertedTransitionsAcrossOrganizations({ db, olderThan: at(60_000) })).map((t) => t.id)).toContain(transition.id);

    const received: HealthAlert[] = [];
    const unregister = registerHealthAlertSink((alert) => void received.push(alert));
    try {
      const alert = await claimTransitionAlert({ db, organizationId: ids.organizationId, transitionId: transition.id });
      expect(alert).toMatchObject({ connectionId: ids.connectionId, fromState: "unknown", toState: "degraded" });
      await deliverHealthAlert(alert!);
      expect(await claimTransitionAlert({ db, organizationId: ids.organizationId, transitionId: transition.id })).toBeNull();
      // Another organisation cannot claim it.
      expect(await claimTransitionAlert({ db, organizationId: "someone-else", transitionId: transition.id })).toBeNull();
    } finally {
      unregister();
    }
    expect(received.map((a) => a.toState)).toEqual(["degraded"]);
    expect((await listUnalertedTransitionsAcrossOrganizations({ db, olderThan: at(60_000) })).map((t) => t.id)).not.toContain(
      transition.id,
    );
  });
});
