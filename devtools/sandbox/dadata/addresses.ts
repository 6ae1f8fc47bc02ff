/** A small deterministic gazetteer: enough for address suggestions and company addresses. */
export const CITIES = [
  { city: "Москва", region: "г Москва", postal: "1", lat: 55.7558, lon: 37.6173, regionCode: "77" },
  { city: "Санкт-Петербург", region: "г Санкт-Петербург", postal: "19", lat: 59.9386, lon: 30.3141, regionCode: "78" },
  { city: "Казань", region: "Респ Татарстан", postal: "42", lat: 55.7963, lon: 49.1088, regionCode: "16" },
  { city: "Екатеринбург", region: "Свердловская обл", postal: "62", lat: 56.8389, lon: 60.6057, regionCode: "66" },
  { city: "Новосибирск", region: "Новосибирская обл", postal: "63", lat: 55.0084, lon: 82.9357, regionCode: "54" },
  { city: "Краснодар", region: "Краснодарский край", postal: "35", lat: 45.0355, lon: 38.9753, regionCode: "23" },
] as const;

export const STREETS = ["ул Ленина", "пр-кт Мира", "ул Садовая", "ул Вавилова", "ул Гагарина", "наб Речная", "ул Складская"];

export interface SandboxAddress {
  value: string;
  unrestricted_value: string;
  data: {
    postal_code: string;
    country: string;
    region_with_type: string;
    city: string;
    street_with_type: string;
    house: string;
    geo_lat: string;
    geo_lon: string;
    qc_geo: string;
  };
}

export function buildAddress(cityIndex: number, streetIndex: number, house: number): SandboxAddress {
  const place = CITIES[cityIndex % CITIES.length];
  const street = STREETS[streetIndex % STREETS.length];
  const postal = `${place.postal}${String(100_000 + cityIndex * 7919 + streetIndex * 131).slice(-(6 - place.postal.length))}`;
  const prefix = place.region.startsWith("г ") ? place.region : `${place.region}, г ${place.city}`;
  const value = `${prefix}, ${street}, д ${house}`;
  return {
    value,
    unrestricted_value: `${postal}, ${value}`,
    data: {
      postal_code: postal,
      country: "Россия",
      region_with_type: place.region,
      city: place.city,
      street_with_type: street,
      house: String(house),
      geo_lat: (place.lat + streetIndex * 0.003).toFixed(6),
      geo_lon: (place.lon + house * 0.0005).toFixed(6),
      qc_geo: "0",
    },
  };
}

/** Every address the sandbox knows: each city × street, houses 1–25. */
export function suggestAddresses(query: string, count: number): SandboxAddress[] {
  const words = query.toLowerCase().replace(/[,.]/g, " ").split(/\s+/).filter(Boolean);
  const found: SandboxAddress[] = [];
  for (let c = 0; c < CITIES.length && found.length < count; c++) {
    for (let s = 0; s < STREETS.length && found.length < count; s++) {
      for (let house = 1; house <= 25 && found.length < count; house++) {
        const address = buildAddress(c, s, house);
        const haystack = address.unrestricted_value.toLowerCase();
        if (words.every((w) => haystack.includes(w))) found.push(address);
      }
    }
  }
  return found;
}
