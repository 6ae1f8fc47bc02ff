import { getTranslations } from "next-intl/server";
import { Landmark, TriangleAlert } from "lucide-react";
import { PaymentDestinationForm } from "@/components/billing/payment-destination-form";
import { ReadOnlyNote } from "@/components/ui/section";
import type { PaymentDestinationView } from "@/lib/data/payments/payment-destination";

/**
 * Which shop receives the money, in words every member can check: the shop's name and its
 * shopId (printed in the shop's own YooKassa dashboard), never a key. A missing or disabled
 * destination is said plainly, because payments are refused until the owner fixes it.
 */
export async function PaymentDestination({
  organizationId,
  destination,
  shops,
  isOwner,
}: {
  organizationId: string;
  destination: PaymentDestinationView | null;
  /** The organisation's active YooKassa shops: what the owner may choose from. */
  shops: ReadonlyArray<{ connectionId: string; name: string; shopId: string }>;
  isOwner: boolean;
}) {
  const t = await getTranslations("billing");
  const active = destination?.status === "active";
  const text = !destination
    ? t("destinationMissing")
    : t(active ? "destinationShop" : "destinationDisabled", { name: destination.name, shopId: destination.shopId });
  const Icon = active ? Landmark : TriangleAlert;
  return (
    <div className="space-y-3">
      <p
        data-testid="payment-destination"
        className={`flex items-start gap-2 rounded-md border px-3 py-2 text-sm ${active ? "border-slate-200 bg-white text-slate-800" : "border-amber-300 bg-amber-50 text-amber-900"}`}
      >
        <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
        {text}
      </p>
      {isOwner ? (
        shops.length > 0 ? (
          <PaymentDestinationForm organizationId={organizationId} currentId={destination?.connectionId ?? null} shops={shops} />
        ) : null
      ) : (
        <ReadOnlyNote>{t("destinationOwnerOnly")}</ReadOnlyNote>
      )}
    </div>
  );
}
