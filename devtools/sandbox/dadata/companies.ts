import { innCheckDigits, isValidInn } from "@/lib/validations/inn";
import { buildAddress, CITIES, type SandboxAddress } from "@/devtools/sandbox/dadata/addresses";

/**
 * Deterministic companies for DaData's party suggestions: every INN with a valid checksum
 * is a company (10 digits) or a sole proprietor (12 digits), derived from the INN itself,
 * so the same INN always shows the same name, address and director.
 */
export interface SandboxParty {
  value: string;
  unrestricted_value: string;
  data: {
    inn: string;
    kpp: string | null;
    ogrn: string;
    ogrn_date: number;
    type: "LEGAL" | "INDIVIDUAL";
    hid: string;
    branch_type: "MAIN" | null;
    name: { full_with_opf: string; short_with_opf: string; full: string; short: string | null; latin: null };
    opf: { type: "2014"; code: string; full: string; short: string };
    fio?: { surname: string; name: string; patronymic: string };
    management: { name: string; post: string; disqualified: null } | null;
    state: {
      status: "ACTIVE" | "LIQUIDATING" | "LIQUIDATED";
      actuality_date: number;
      registration_date: number;
      liquidation_date: number | null;
    };
    okved: string;
    address: SandboxAddress;
  };
}

export const DEMO_INN = "7707083893";

const SURNAMES = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Морозов", "Волков"];
const NAMES = ["Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил", "Игорь"];
const PATRONYMICS = ["Александрович", "Сергеевич", "Викторович", "Павлович", "Николаевич"];
const WORDS_A = ["СЕВЕРНЫЙ", "ТОРГОВЫЙ", "ЛОГИСТИЧЕСКИЙ", "ТЕКСТИЛЬНЫЙ", "ЗЕЛЁНЫЙ", "ЦИФРОВОЙ", "ДОМАШНИЙ"];
const WORDS_B = ["ДОМ", "ДВОР", "ОБОЗ", "РЯД", "ПРОМЫСЕЛ", "МАРКЕТ", "СКЛАД"];
const OKVEDS = ["47.91", "46.90", "47.19", "14.13", "46.42", "52.10"];

/** A stable 32-bit hash of the INN, so data never depends on seed or call order. */
function innHash(inn: string, salt: string): number {
  let h = 2166136261;
  for (const ch of `${salt}:${inn}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}
const pick = <T>(list: readonly T[], inn: string, salt: string) => list[innHash(inn, salt) % list.length];

/** OGRN (13 digits) / OGRNIP (15): the last digit is the remainder of the rest mod 11 (or 13), mod 10. */
function ogrnFor(inn: string, individual: boolean): string {
  const year = String(2 + (innHash(inn, "year") % 20)).padStart(2, "0");
  const body = `${individual ? "3" : "1"}${year}${inn.slice(0, 2)}${String(innHash(inn, "ogrn")).padStart(10, "0")}`;
  const digits = body.slice(0, individual ? 14 : 12);
  const check = Number(BigInt(digits) % (individual ? 13n : 11n)) % 10;
  return `${digits}${check}`;
}

function sberbank(): SandboxParty {
  const address = { ...buildAddress(0, 3, 19), unrestricted_value: "117312, г Москва, ул Вавилова, д 19" };
  return {
    value: "ПАО СБЕРБАНК",
    unrestricted_value: "ПАО СБЕРБАНК",
    data: {
      inn: DEMO_INN,
      kpp: "773601001",
      ogrn: "1027700132195",
      ogrn_date: Date.UTC(2002, 7, 16),
      type: "LEGAL",
      hid: "145a83ab38c9ad95889a7b894ea57009c3b7b8ab19db5f4d8e6b3e6f6c9c0c4e",
      branch_type: "MAIN",
      name: {
        full_with_opf: 'ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО "СБЕРБАНК РОССИИ"',
        short_with_opf: "ПАО СБЕРБАНК",
        full: "СБЕРБАНК РОССИИ",
        short: "СБЕРБАНК",
        latin: null,
      },
      opf: { type: "2014", code: "12247", full: "Публичное акционерное общество", short: "ПАО" },
      management: { name: "Греф Герман Оскарович", post: "ПРЕЗИДЕНТ, ПРЕДСЕДАТЕЛЬ ПРАВЛЕНИЯ", disqualified: null },
      state: { status: "ACTIVE", actuality_date: Date.UTC(2025, 0, 1), registration_date: Date.UTC(1991, 5, 20), liquidation_date: null },
      okved: "64.19",
      address,
    },
  };
}

/** The party for `inn`, or null when the INN is invalid or names a region that does not exist ("00"). */
export function partyByInn(inn: string): SandboxParty | null {
  if (!isValidInn(inn) || inn.startsWith("00")) return null;
  if (inn === DEMO_INN) return sberbank();
  const individual = inn.length === 12;
  const cityIndex = CITIES.findIndex((c) => c.regionCode === inn.slice(0, 2));
  const address = buildAddress(
    cityIndex >= 0 ? cityIndex : innHash(inn, "city"),
    innHash(inn, "street"),
    1 + (innHash(inn, "house") % 120),
  );
  const person = { surname: pick(SURNAMES, inn, "s"), name: pick(NAMES, inn, "n"), patronymic: pick(PATRONYMICS, inn, "p") };
  const personName = `${person.surname} ${person.name} ${person.patronymic}`;
  const brand = `${pick(WORDS_A, inn, "a")} ${pick(WORDS_B, inn, "b")}`;
  const registeredAt = Date.UTC(2005 + (innHash(inn, "reg") % 19), innHash(inn, "m") % 12, 1 + (innHash(inn, "d") % 28));
  const liquidated = innHash(inn, "state") % 20 === 0;
  const shortWithOpf = individual ? `ИП ${personName}` : `ООО "${brand}"`;
  return {
    value: shortWithOpf,
    unrestricted_value: shortWithOpf,
    data: {
      inn,
      kpp: individual ? null : `${inn.slice(0, 4)}01001`,
      ogrn: ogrnFor(inn, individual),
      ogrn_date: registeredAt,
      type: individual ? "INDIVIDUAL" : "LEGAL",
      hid: innHash(inn, "hid").toString(16).padStart(8, "0").repeat(8),
      branch_type: individual ? null : "MAIN",
      name: individual
        ? {
            full_with_opf: `Индивидуальный предприниматель ${personName}`,
            short_with_opf: shortWithOpf,
            full: personName,
            short: null,
            latin: null,
          }
        : {
            full_with_opf: `ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ "${brand}"`,
            short_with_opf: shortWithOpf,
            full: brand,
            short: brand,
            latin: null,
          },
      opf: individual
        ? { type: "2014", code: "50102", full: "Индивидуальный предприниматель", short: "ИП" }
        : { type: "2014", code: "12300", full: "Общество с ограниченной ответственностью", short: "ООО" },
      ...(individual ? { fio: person } : {}),
      management: individual ? null : { name: personName, post: "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР", disqualified: null },
      state: {
        status: liquidated ? "LIQUIDATED" : "ACTIVE",
        actuality_date: registeredAt + 86_400_000,
        registration_date: registeredAt,
        liquidation_date: liquidated ? registeredAt + 3 * 365 * 86_400_000 : null,
      },
      okved: pick(OKVEDS, inn, "okved"),
      address,
    },
  };
}

/** A fixed catalogue for name searches: the demo company plus companies derived from `seed`. */
export function partyCatalogue(seed: number, size = 200): SandboxParty[] {
  const parties = [sberbank()];
  for (let i = 0; parties.length < size; i++) {
    const region = CITIES[i % CITIES.length].regionCode;
    const prefix = `${region}${String((seed * 7919 + i * 104_729) % 10_000_000).padStart(7, "0")}`;
    const party = partyByInn(`${prefix}${innCheckDigits(prefix)}`);
    if (party) parties.push(party);
  }
  return parties;
}
