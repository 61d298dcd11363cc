/** Fixed facts the generated corpus draws on: real country codes, real IANA zones, topics. */

/** 60 real ISO 3166-1 alpha-2 codes. */
export const COUNTRIES = [
  'AF', 'AM', 'AT', 'AZ', 'BE', 'BY', 'BR', 'CA', 'CH', 'CN', 'CZ', 'DE', 'DK', 'EE', 'EG', 'ES', 'FI', 'FR',
  'GB', 'GE', 'GR', 'HU', 'IN', 'IR', 'IT', 'JP', 'KG', 'KR', 'KW', 'KZ', 'LT', 'LV', 'MD', 'MN', 'MY', 'NL',
  'NO', 'PK', 'PL', 'PT', 'QA', 'RO', 'RS', 'RU', 'SA', 'SE', 'SG', 'SK', 'TH', 'TJ', 'TM', 'TR', 'UA', 'AE',
  'US', 'UZ', 'VN', 'ZA', 'ID', 'IL',
] as const;

/** Agency home countries with a real zone of each. */
export const AGENCY_HOMES: Array<[country: string, zone: string]> = [
  ['TJ', 'Asia/Dushanbe'], ['RU', 'Europe/Moscow'], ['BY', 'Europe/Minsk'], ['KZ', 'Asia/Almaty'],
  ['UZ', 'Asia/Tashkent'], ['KG', 'Asia/Bishkek'], ['AM', 'Asia/Yerevan'], ['AZ', 'Asia/Baku'],
  ['GE', 'Asia/Tbilisi'], ['TM', 'Asia/Ashgabat'], ['DE', 'Europe/Berlin'], ['FR', 'Europe/Paris'],
  ['GB', 'Europe/London'], ['US', 'America/New_York'], ['JP', 'Asia/Tokyo'], ['CN', 'Asia/Shanghai'],
  ['IN', 'Asia/Kolkata'], ['AE', 'Asia/Dubai'], ['TR', 'Europe/Istanbul'], ['AT', 'Europe/Vienna'],
  ['KW', 'Asia/Kuwait'], ['IR', 'Asia/Tehran'], ['PK', 'Asia/Karachi'], ['RU', 'Asia/Yekaterinburg'],
  ['RU', 'Asia/Vladivostok'], ['US', 'America/Los_Angeles'], ['CA', 'America/Toronto'], ['BR', 'America/Sao_Paulo'],
  ['SG', 'Asia/Singapore'], ['ZA', 'Africa/Johannesburg'],
];

/** Topics with real names per language. */
export const TOPICS: Array<{ id: string; name: Record<'ru' | 'en' | 'tg', string> }> = [
  { id: 'diplomacy', name: { ru: 'Дипломатия', en: 'Diplomacy', tg: 'Дипломатия' } },
  { id: 'media', name: { ru: 'СМИ и информация', en: 'Media and information', tg: 'ВАО ва иттилоот' } },
  { id: 'compatriots', name: { ru: 'Соотечественники', en: 'Compatriots abroad', tg: 'Ҳамватанон' } },
  { id: 'health', name: { ru: 'Здравоохранение', en: 'Health', tg: 'Тандурустӣ' } },
  { id: 'culture', name: { ru: 'Культура', en: 'Culture', tg: 'Фарҳанг' } },
  { id: 'economy', name: { ru: 'Экономика и торговля', en: 'Economy and trade', tg: 'Иқтисод ва савдо' } },
  { id: 'education', name: { ru: 'Образование', en: 'Education', tg: 'Маориф' } },
  { id: 'energy', name: { ru: 'Энергетика', en: 'Energy', tg: 'Энергетика' } },
  { id: 'transport', name: { ru: 'Транспорт', en: 'Transport', tg: 'Нақлиёт' } },
  { id: 'security', name: { ru: 'Безопасность', en: 'Security', tg: 'Амният' } },
  { id: 'water', name: { ru: 'Водные ресурсы', en: 'Water resources', tg: 'Захираҳои об' } },
  { id: 'sport', name: { ru: 'Спорт', en: 'Sport', tg: 'Варзиш' } },
];

export const LANGS = ['ru', 'en', 'tg'] as const;
