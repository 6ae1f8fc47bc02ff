import { describe, expect, it } from "vitest";
import { mapWbOrder, mapWbSale, moscowToIso } from "@/lib/sync/mappers/wildberries";
import { orderRowSchema, saleRowSchema } from "@/lib/integrations/wildberries/schemas";

const order = orderRowSchema.parse({
  date: "2026-03-04T18:08:31",
  lastChangeDate: "2026-03-05T01:00:00",
  srid: "11.rabc.0.0",
  nmId: 123,
  barcode: "2000000000011",
  supplierArticle: "TS-1",
  warehouseName: "Коледино",
  totalPrice: 1000,
  discountPercent: 10,
  finishedPrice: 855.5,
  priceWithDisc: 900,
  isCancel: true,
  cancelDate: "2026-03-05T01:00:00",
});

describe("mapping WB statistics rows", () => {
  it("reads Moscow wall time as an instant three hours ahead of UTC", () => {
    expect(new Date(moscowToIso("2026-03-04T18:08:31")).toISOString()).toBe("2026-03-04T15:08:31.000Z");
    expect(new Date(moscowToIso("2026-03-04T18:08:31.25")).toISOString()).toBe("2026-03-04T15:08:31.250Z");
    expect(moscowToIso("2026-03-04")).toBe("2026-03-03T21:00:00.000Z");
    expect(() => moscowToIso("yesterday")).toThrow();
  });

  it("keys orders by srid and keeps what the buyer paid and the cancellation", () => {
    const row = mapWbOrder(order);
    expect(row).toMatchObject({
      externalId: "11.rabc.0.0",
      lineKey: "",
      status: "cancelled",
      isCancelled: true,
      amount: "855.50",
      offerId: "TS-1",
      productExternalId: "123",
    });
    expect(new Date(row.cancelledAt!).toISOString()).toBe("2026-03-04T22:00:00.000Z");
  });

  it("keys sales by saleID and tells returns from sales", () => {
    const sale = saleRowSchema.parse({ ...order, saleID: "R123", forPay: -700, finishedPrice: -855.5 });
    expect(mapWbSale(sale)).toMatchObject({
      externalId: "R123",
      kind: "return",
      orderExternalId: "11.rabc.0.0",
      amount: "-855.50",
      payout: "-700.00",
    });
    expect(mapWbSale({ ...sale, saleID: "S9" }).kind).toBe("sale");
  });
});
