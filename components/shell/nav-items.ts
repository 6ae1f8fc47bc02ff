import type { LucideIcon } from "lucide-react";
import {
  Activity,
  BarChart3,
  Boxes,
  Cable,
  CreditCard,
  FolderOpen,
  Package,
  ReceiptText,
  RefreshCw,
  ScrollText,
  ShieldCheck,
  ShoppingCart,
  UserX,
  Users,
} from "lucide-react";

export interface NavItem {
  href: string;
  key:
    | "overview"
    | "products"
    | "stocks"
    | "orders"
    | "sales"
    | "connections"
    | "syncs"
    | "files"
    | "billing"
    | "team"
    | "security"
    | "admin"
    | "adminUsers"
    | "adminAudit";
  icon: LucideIcon;
  adminOnly?: boolean;
}

export const navItems: NavItem[] = [
  { href: "/overview", key: "overview", icon: BarChart3 },
  { href: "/products", key: "products", icon: Package },
  { href: "/stocks", key: "stocks", icon: Boxes },
  { href: "/orders", key: "orders", icon: ShoppingCart },
  { href: "/sales", key: "sales", icon: ReceiptText },
  { href: "/connections", key: "connections", icon: Cable },
  { href: "/syncs", key: "syncs", icon: RefreshCw },
  { href: "/files", key: "files", icon: FolderOpen },
  { href: "/settings/billing", key: "billing", icon: CreditCard },
  { href: "/settings/team", key: "team", icon: Users },
  { href: "/settings/security", key: "security", icon: ShieldCheck },
  { href: "/admin/health", key: "admin", icon: Activity, adminOnly: true },
  { href: "/admin/users", key: "adminUsers", icon: UserX, adminOnly: true },
  { href: "/admin/audit", key: "adminAudit", icon: ScrollText, adminOnly: true },
];
