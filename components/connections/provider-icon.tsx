import { icons, Plug } from "lucide-react";

/**
 * The lucide icon a registry entry names. Server components only: the icon map is large, and
 * rendering it here sends just the one SVG to the browser.
 */
export function ProviderIcon({ name, className = "size-5" }: { name: string; className?: string }) {
  const Icon = icons[name as keyof typeof icons] ?? Plug;
  return <Icon aria-hidden className={className} />;
}
