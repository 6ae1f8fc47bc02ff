/** Reference lists the sandbox draws from: WB warehouses, regions, catalogue vocabulary. */

export interface WbOffice {
  id: number;
  name: string;
  region: string;
  oblastOkrug: string;
  regionName: string;
}

export const WB_OFFICES: WbOffice[] = [
  { id: 507, name: "Коледино", region: "Центральный", oblastOkrug: "Центральный федеральный округ", regionName: "Московская область" },
  { id: 117501, name: "Подольск", region: "Центральный", oblastOkrug: "Центральный федеральный округ", regionName: "Московская область" },
  {
    id: 120762,
    name: "Электросталь",
    region: "Центральный",
    oblastOkrug: "Центральный федеральный округ",
    regionName: "Московская область",
  },
  { id: 206348, name: "Тула", region: "Центральный", oblastOkrug: "Центральный федеральный округ", regionName: "Тульская область" },
  { id: 117986, name: "Казань", region: "Приволжский", oblastOkrug: "Приволжский федеральный округ", regionName: "Республика Татарстан" },
  { id: 130744, name: "Краснодар", region: "Южный", oblastOkrug: "Южный федеральный округ", regionName: "Краснодарский край" },
  {
    id: 208277,
    name: "Невинномысск",
    region: "Северо-Кавказский",
    oblastOkrug: "Северо-Кавказский федеральный округ",
    regionName: "Ставропольский край",
  },
  {
    id: 1733,
    name: "Екатеринбург - Испытателей 14г",
    region: "Уральский",
    oblastOkrug: "Уральский федеральный округ",
    regionName: "Свердловская область",
  },
  { id: 686, name: "Новосибирск", region: "Сибирский", oblastOkrug: "Сибирский федеральный округ", regionName: "Новосибирская область" },
  {
    id: 1193,
    name: "Санкт-Петербург Шушары",
    region: "Северо-Западный",
    oblastOkrug: "Северо-Западный федеральный округ",
    regionName: "Ленинградская область",
  },
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
