/** Reference lists the sandbox draws from: WB warehouses, regions, catalogue vocabulary. */

export interface WbOffice {
  id: number;
  name: string;
  region: string;
  oblastOkrug: string;
  regionName: string;
}

/** A WB office; its federal district is always named after its region (`Центральный федеральный округ`). */
const office = (id: number, name: string, region: string, regionName: string): WbOffice => ({
  id,
  name,
  region,
  oblastOkrug: `${region} федеральный округ`,
  regionName,
});

export const WB_OFFICES: WbOffice[] = [
  office(507, "Коледино", "Центральный", "Московская область"),
  office(117501, "Подольск", "Центральный", "Московская область"),
  office(120762, "Электросталь", "Центральный", "Московская область"),
  office(206348, "Тула", "Центральный", "Тульская область"),
  office(117986, "Казань", "Приволжский", "Республика Татарстан"),
  office(130744, "Краснодар", "Южный", "Краснодарский край"),
  office(208277, "Невинномысск", "Северо-Кавказский", "Ставропольский край"),
  office(1733, "Екатеринбург - Испытателей 14г", "Уральский", "Свердловская область"),
  office(686, "Новосибирск", "Сибирский", "Новосибирская область"),
  office(1193, "Санкт-Петербург Шушары", "Северо-Западный", "Ленинградская область"),
];

export const WB_SUBJECTS = [
  { id: 192, name: "Футболки", category: "Одежда" },
  { id: 11, name: "Платья", category: "Одежда" },
  { id: 105, name: "Кроссовки", category: "Обувь" },
  { id: 2647, name: "Мультистайлеры", category: "Бытовая техника" },
  { id: 1456, name: "Кружки", category: "Дом" },
  { id: 3979, name: "Чехлы для телефонов", category: "Электроника" },
  { id: 469, name: "Рюкзаки", category: "Аксессуары" },
  { id: 2365, name: "Игрушки мягкие", category: "Игрушки" },
] as const;

export const WB_BRANDS = ["Северный ветер", "Уютный дом", "TechLine", "Мишка и Ко", "Urban Step", "Лаванда"] as const;

export const WB_TECH_SIZES = [
  { techSize: "0", wbSize: "" },
  { techSize: "S", wbSize: "44" },
  { techSize: "M", wbSize: "46" },
  { techSize: "L", wbSize: "48" },
  { techSize: "42", wbSize: "42" },
] as const;

export const WB_COUNTRY = "Россия";
