/**
 * What the importer says to the press officer, in Russian, English and Tajik:
 * on the console and in the comments it writes next to the fields it could not
 * decide. The language comes from PRESS_MESSAGES_LANG (ru, en, tg), else from the
 * locale (LC_ALL, LC_MESSAGES, LANG), else English.
 */

export const MESSAGE_LANGS = ['ru', 'en', 'tg'] as const;
export type MessageLang = (typeof MESSAGE_LANGS)[number];

/** The language of messages for an environment such as process.env. */
export function messageLang(env: Record<string, string | undefined>): MessageLang {
  const known = (v: string | undefined) => MESSAGE_LANGS.find((l) => v?.toLowerCase().startsWith(l));
  // The same setting and order as the check's and build's messages (src/i18n/messages.ts on the trust side).
  if (env.PRESS_MESSAGES_LANG) return known(env.PRESS_MESSAGES_LANG) ?? 'en';
  // As POSIX resolves the locale: the first of these that is set decides.
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v);
  return known(locale) ?? 'en';
}

const en = {
  usage: 'Usage: npm run import -- <file.txt|.docx|.html> [--lang ru] [--dry-run] [--force]',
  wrote: 'Wrote {file}',
  marksNone: 'Nothing left marked. Run npm run check to verify it.',
  marksSome: '{count} TODO mark(s) need you. While any is left, npm run check and the site build refuse the release:',
  markLine: '  line {line}: {field} — {why}',
  cp1251: '{file}: the text was in the Windows-1251 code page and was converted to UTF-8. Check the letters in the result.',
  dupSource: 'This release is already on the site: {file} (same original address). Nothing was written. To import it anyway: --force',
  dupTitle: 'This release is already on the site: {file} (same title and date). Nothing was written. To import it anyway: --force',
  unsupported: '{file}: this kind of file is not supported; give a .txt, .docx or .html file',
  imagesSaved: 'Pictures saved next to the release: {files}. Their captions became the alt text: check them.',
  imageRemote: 'The picture {url} was not downloaded: save it next to the release and write its name in src.',
  error: 'import: {message}',
  dateNoTime: 'TODO: the text gives no time; 12:00 assumed: correct the time, then delete TODO',
  dateZone: 'TODO: the time {time} from the text is taken in the agency\'s time zone ({zone}): check it, then delete TODO',
  dateNoYear: 'TODO: the text says "{raw}" without a year; {year} is suggested {from}: check year and time, then delete TODO',
  fromSource: "from the original's address",
  fromToday: 'as the latest such day before today',
  dateNoZone: 'the time zone is unknown (no agency): add its offset, e.g. +05:00',
  dateNone: 'no date in the text; write it as 2020-10-07T10:00:00+05:00',
  titleNone: 'the first line does not read like a headline (it stays in the text): write the headline',
  agencyUnknown: 'id from content/agencies.yml; the text names "{text}"',
  asWritten: 'in the text: {text}',
  relatedMatched: 'headline in the text: "{title}"',
  relatedUrl: 'the address of this page, https://… (or delete the entry)',
  altCaption: 'the caption became the description: check that it describes the picture, then delete TODO',
  altNone: 'describe what the picture shows, then delete TODO',
  srcTodo: 'put the photo next to this file and write ./name.jpg',
};
export type MessageKey = keyof typeof en;

const ru: Record<MessageKey, string> = {
  usage: 'Использование: npm run import -- <файл.txt|.docx|.html> [--lang ru] [--dry-run] [--force]',
  wrote: 'Записан файл {file}',
  marksNone: 'Отметок не осталось. Проверьте файл: npm run check.',
  marksSome: 'Отметок TODO: {count}. Проверьте и заполните их; пока хоть одна осталась, npm run check и сборка сайта не пропустят выпуск:',
  markLine: '  строка {line}: {field} — {why}',
  cp1251: '{file}: текст был в кодировке Windows-1251 и перекодирован в UTF-8. Проверьте буквы в результате.',
  dupSource: 'Этот выпуск уже есть на сайте: {file} (тот же адрес оригинала). Ничего не записано. Импортировать всё равно: --force',
  dupTitle: 'Этот выпуск уже есть на сайте: {file} (тот же заголовок и дата). Ничего не записано. Импортировать всё равно: --force',
  unsupported: '{file}: такой файл не поддерживается; нужен .txt, .docx или .html',
  imagesSaved: 'Рядом с выпуском сохранены картинки: {files}. Подписи стали замещающим текстом (alt): проверьте их.',
  imageRemote: 'Картинка {url} не скачана: сохраните её рядом с выпуском и впишите её имя в src.',
  error: 'import: {message}',
  dateNoTime: 'TODO: время в тексте не указано, поставлено 12:00: исправьте время и удалите TODO',
  dateZone: 'TODO: время {time} из текста взято по часовому поясу агентства ({zone}): проверьте и удалите TODO',
  dateNoYear: 'TODO: в тексте «{raw}» без года; год {year} предложен {from}: проверьте год и время, затем удалите TODO',
  fromSource: 'по адресу оригинала',
  fromToday: 'как последний такой день до сегодняшнего',
  dateNoZone: 'часовой пояс неизвестен (нет агентства): допишите смещение, например +05:00',
  dateNone: 'даты в тексте нет; впишите её так: 2020-10-07T10:00:00+05:00',
  titleNone: 'первая строка не похожа на заголовок (она осталась в тексте): напишите заголовок',
  agencyUnknown: 'id из content/agencies.yml; в тексте: «{text}»',
  asWritten: 'в тексте: {text}',
  relatedMatched: 'заголовок в тексте: «{title}»',
  relatedUrl: 'адрес этой страницы, https://… (или удалите запись)',
  altCaption: 'подпись стала описанием: проверьте, что оно описывает картинку, и удалите TODO',
  altNone: 'опишите, что на картинке, и удалите TODO',
  srcTodo: 'положите фото рядом с этим файлом и впишите ./имя.jpg',
};

const tg: Record<MessageKey, string> = {
  usage: 'Истифода: npm run import -- <файл.txt|.docx|.html> [--lang tg] [--dry-run] [--force]',
  wrote: 'Файл навишта шуд: {file}',
  marksNone: 'Нишонае намонд. Файлро санҷед: npm run check.',
  marksSome: 'Нишонаҳои TODO: {count}. Онҳоро санҷед ва пур кунед; то яктои онҳо монад, npm run check ва сохтани сомона хабарро намегузаронанд:',
  markLine: '  сатри {line}: {field} — {why}',
  cp1251: '{file}: матн бо рамзгузории Windows-1251 буд ва ба UTF-8 табдил дода шуд. Ҳарфҳоро дар натиҷа санҷед.',
  dupSource: 'Ин хабар аллакай дар сомона ҳаст: {file} (ҳамон суроғаи аслӣ). Ҳеҷ чиз навишта нашуд. Барои ба ҳар ҳол ворид кардан: --force',
  dupTitle: 'Ин хабар аллакай дар сомона ҳаст: {file} (ҳамон сарлавҳа ва сана). Ҳеҷ чиз навишта нашуд. Барои ба ҳар ҳол ворид кардан: --force',
  unsupported: '{file}: ин навъи файл дастгирӣ намешавад; файли .txt, .docx ё .html диҳед',
  imagesSaved: 'Дар паҳлӯи хабар расмҳо сабт шуданд: {files}. Тавзеҳҳо матни ивазкунанда (alt) шуданд: онҳоро санҷед.',
  imageRemote: 'Расми {url} зеркашӣ нашуд: онро дар паҳлӯи хабар сабт кунед ва номашро дар src нависед.',
  error: 'import: {message}',
  dateNoTime: 'TODO: вақт дар матн нест, 12:00 гузошта шуд: вақтро ислоҳ кунед ва TODO-ро нест кунед',
  dateZone: 'TODO: вақти {time} аз матн бо минтақаи вақти агентӣ ({zone}) гирифта шуд: санҷед ва TODO-ро нест кунед',
  dateNoYear: 'TODO: дар матн «{raw}» бе сол аст; соли {year} {from} пешниҳод шуд: сол ва вақтро санҷед, баъд TODO-ро нест кунед',
  fromSource: 'аз рӯи суроғаи аслӣ',
  fromToday: 'ҳамчун охирин чунин рӯз то имрӯз',
  dateNoZone: 'минтақаи вақт маълум нест (агентӣ нест): фарқи вақтро илова кунед, масалан +05:00',
  dateNone: 'сана дар матн нест; онро чунин нависед: 2020-10-07T10:00:00+05:00',
  titleNone: 'сатри аввал ба сарлавҳа монанд нест (дар матн монд): сарлавҳа нависед',
  agencyUnknown: 'id аз content/agencies.yml; дар матн: «{text}»',
  asWritten: 'дар матн: {text}',
  relatedMatched: 'сарлавҳа дар матн: «{title}»',
  relatedUrl: 'суроғаи ин саҳифа, https://… (ё сабтро нест кунед)',
  altCaption: 'тавзеҳ тавсиф шуд: санҷед, ки он расмро тавсиф мекунад, ва TODO-ро нест кунед',
  altNone: 'нависед, ки дар расм чӣ тасвир шудааст, ва TODO-ро нест кунед',
  srcTodo: 'суратро дар паҳлӯи ин файл гузоред ва ./ном.jpg нависед',
};

export const MESSAGES: Record<MessageLang, Record<MessageKey, string>> = { en, ru, tg };

/** A bound message function for one language: say('wrote', { file }). */
export function messages(lang: MessageLang) {
  return (key: MessageKey, vars: Record<string, string | number> = {}): string =>
    MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
export type Say = ReturnType<typeof messages>;
