import { describe, expect, it } from "vitest";
import { canEdit, canManageTeam, hasRole, isRole } from "@/lib/auth/roles";

describe("roles", () => {
  it("orders owner > manager > viewer", () => {
    expect(hasRole("owner", "owner")).toBe(true);
    expect(hasRole("owner", "viewer")).toBe(true);
    expect(hasRole("manager", "viewer")).toBe(true);
    expect(hasRole("manager", "owner")).toBe(false);
    expect(hasRole("viewer", "manager")).toBe(false);
    expect(hasRole("viewer", "viewer")).toBe(true);
  });

  it("lets a viewer change nothing and only owners manage the team", () => {
    expect(canEdit("viewer")).toBe(false);
    expect(canEdit("manager")).toBe(true);
    expect(canManageTeam("manager")).toBe(false);
    expect(canManageTeam("owner")).toBe(true);
  });

  it("recognises only the three roles", () => {
    expect(isRole("manager")).toBe(true);
    expect(isRole("admin")).toBe(false);
    expect(isRole("toString")).toBe(false);
  });
});
