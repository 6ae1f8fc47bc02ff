import type { OzonAccount } from "@/devtools/sandbox/ozon/accounts";

export interface Warehouse {
  id: number;
  name: string;
}

/** Each seller has two own (FBS) warehouses and sells from three Ozon (FBO) ones. */
export function warehousesOf(account: OzonAccount): { fbs: Warehouse[]; fbo: Warehouse[]; rfbs: Warehouse } {
  const base = 1_020_000_000_000 + (account.seed % 1000) * 1000;
  return {
    fbs: [
      { id: base + 1, name: "Склад продавца, Москва" },
      { id: base + 2, name: "Склад продавца, Казань" },
    ],
    rfbs: { id: base + 3, name: "Склад продавца rFBS, Екатеринбург" },
    fbo: [
      { id: 17_023, name: "ХОРУГВИНО_РФЦ" },
      { id: 17_717_042_026_000, name: "РОСТОВ-НА-ДОНУ_РФЦ" },
      { id: 1_020_001_835_658_000, name: "ОМСК_РФЦ" },
    ],
  };
}
