/**
 * Builds real Word files for the importer's tests with the `docx` library: a
 * Title-style headline, paragraphs, a picture with its alt text and a
 * Caption-style paragraph under it. `node tests/support/make-docx.ts <out.docx>`
 * writes the corpus's Word input (tests/fixtures/import/corpus/26-ru-word.docx).
 */
import { writeFileSync } from 'node:fs';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from 'docx';
import sharp from 'sharp';

export interface WordRelease {
  title?: string;
  paragraphs: string[];
  /** A PNG inserted after the first paragraph, with its caption paragraph. */
  picture?: { png: Uint8Array; caption: string; alt?: string };
}

/** The .docx bytes of a release. */
export async function makeDocx(r: WordRelease): Promise<Buffer> {
  const children: Paragraph[] = [];
  if (r.title) children.push(new Paragraph({ text: r.title, heading: HeadingLevel.TITLE }));
  r.paragraphs.forEach((text, i) => {
    children.push(new Paragraph({ text }));
    if (i === 0 && r.picture) {
      children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: r.picture.png, transformation: { width: 80, height: 60 }, altText: { name: 'photo', title: r.picture.alt ?? '', description: r.picture.alt ?? '' } })] }));
      children.push(new Paragraph({ text: r.picture.caption, style: 'Caption' }));
    }
  });
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { italics: true } }] },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** A tiny valid PNG (8x6, one colour), drawn by sharp. */
export const PNG = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#33aa66' } }).png().toBuffer();

/** The corpus's Word input. */
export const CORPUS_WORD: WordRelease = {
  title: 'Таджикистан и Армения обсудили сотрудничество в сфере образования',
  paragraphs: [
    'ЕРЕВАН, 16 июня 2025 года /МИД Таджикистана/. Посол Таджикистана в Армении встретился с министром образования Армении. Стороны обсудили обмен студентами.',
    'Стороны договорились подготовить соглашение.',
    'Фото: МИД Таджикистана',
  ],
  picture: { png: PNG, caption: 'Посол и министр во время встречи' },
};

if (import.meta.url === `file://${process.argv[1]}`) writeFileSync(process.argv[2]!, await makeDocx(CORPUS_WORD));
