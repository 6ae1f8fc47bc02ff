/** The marketplace as text in its brand colour (the name is always there; colour only adds). */
export function MarketplaceBadge({ marketplace }: { marketplace: "wildberries" | "ozon" }) {
  const colour = marketplace === "wildberries" ? "bg-wb/10 text-wb" : "bg-ozon/10 text-ozon";
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${colour}`}>{marketplace === "wildberries" ? <abbr title="Wildberries" className="no-underline">WB</abbr> : "Ozon"}</span>;
}
