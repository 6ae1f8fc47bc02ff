/** The marketplace as text in its brand colour (the name is always there; colour only adds). */
export function MarketplaceBadge({ marketplace }: { marketplace: "wildberries" | "ozon" }) {
  return marketplace === "wildberries" ? (
    <abbr title="Wildberries" className="rounded bg-wb/10 px-1.5 py-0.5 text-xs font-medium text-wb no-underline">
      WB
    </abbr>
  ) : (
    <span className="rounded bg-ozon/10 px-1.5 py-0.5 text-xs font-medium text-ozon">Ozon</span>
  );
}
