import type { DadataClient } from "@/lib/integrations/dadata/client";

export interface OrganizationDetails {
  inn: string;
  name: string;
  legalName: string;
  kpp: string | null;
  ogrn: string | null;
  address: string | null;
  /** ACTIVE, LIQUIDATING, LIQUIDATED…: the form warns about anything but ACTIVE. */
  status: string;
}

/** The registry details of the company or sole proprietor with this INN, or null when none. */
export async function lookupPartyByInn(options: { dadata: DadataClient; inn: string }): Promise<OrganizationDetails | null> {
  const party = await options.dadata.findPartyByInn(options.inn);
  if (!party) return null;
  return {
    inn: party.data.inn,
    name: party.data.name.short_with_opf ?? party.value,
    legalName: party.data.name.full_with_opf,
    kpp: party.data.kpp ?? null,
    ogrn: party.data.ogrn ?? null,
    address: party.data.address?.value ?? null,
    status: party.data.state.status,
  };
}
