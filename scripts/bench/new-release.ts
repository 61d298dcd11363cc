/** The one release the benchmark adds to a corpus to time an edit-to-live rebuild. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a new Russian release, newer than every generated one (so it joins the front
 * page of its lists and feeds), naming the corpus's first agency and topic; returns
 * the function that removes it again, so the kept corpus stays as generated.
 */
export function addNewRelease(corpus: string): () => void {
  const first = (file: string) => /^- id: (\S+)/m.exec(readFileSync(join(corpus, file), 'utf8'))?.[1] ?? '';
  const dir = join(corpus, 'releases', 'ru', '2026');
  const file = join(dir, 'bench-new-release.md');
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, [
    '---',
    'title: "Новый пресс-релиз: одна правка в большом архиве"',
    'summary: "Проверка пересборки после добавления одного релиза."',
    'date: 2026-01-15T10:00:00+05:00',
    `agency: ${first('agencies.yml')}`,
    'participants:\n  countries: [TJ, RU, KZ]',
    `topics: [${first('topics.yml')}]`,
    'translationKey: bench-new-release',
    'slug: bench-new-release',
    '---',
    '',
    'Один новый релиз. Пересборка должна стоить столько, сколько он меняет, а не весь архив.',
    '',
  ].join('\n'));
  return () => rmSync(file, { force: true });
}
