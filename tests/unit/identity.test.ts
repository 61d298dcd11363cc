import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { organisationName, organisationTagline } from '../../src/lib/content/organisation.ts';
import { squarePng } from '../../src/lib/outputs/logo.ts';

describe('the organisation name, the one publisher name', () => {
  const org = { name: { ru: 'Пресс-служба МИД', tg: 'Хадамоти матбуоти ВКХ' }, tagline: { ru: 'Релизы' } };
  it("is the file's name in the page's language, else the reference language's", () => {
    expect(organisationName(org, 'tg')).toBe('Хадамоти матбуоти ВКХ');
    expect(organisationName(org, 'en')).toBe('Пресс-служба МИД');
    expect(organisationName({ name: { en: 'Press Office' } }, 'tg')).toBe('Press Office');
  });
  it('falls back to the UI strings only when the file names nothing', () => {
    expect(organisationName({ name: {} }, 'tg')).toBe('Маркази матбуот');
    expect(organisationTagline(org, 'en')).toBe('Релизы');
    expect(organisationTagline({}, 'en')).toBe('Press releases from government offices and agencies');
  });
});

/** RGBA of the pixel at (x, y). */
async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * 4;
  return [...data.subarray(i, i + 4)];
}

describe('the publisher logo', () => {
  it('is the SVG drawn on a transparent square, centred and not stretched', async () => {
    const wide = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 64"><rect width="96" height="64" fill="#b22222"/></svg>';
    const png = await squarePng(wide, 512);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 512, height: 512 });
    // 3:2 in a square: 512 x 341 in the middle, about 85 px clear above and below.
    expect(await pixel(png, 256, 256)).toEqual([0xb2, 0x22, 0x22, 255]);
    expect(await pixel(png, 2, 256)).toEqual([0xb2, 0x22, 0x22, 255]);
    expect((await pixel(png, 256, 40))[3]).toBe(0);
    expect((await pixel(png, 256, 471))[3]).toBe(0);
  });
  it('draws a small SVG at full resolution, not as an enlarged bitmap', async () => {
    // A 1-unit stripe in a 16-unit icon: 32 px wide at 512 px, with sharp edges.
    const icon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect x="8" width="1" height="16" fill="#000"/></svg>';
    const png = await squarePng(icon, 512);
    expect((await pixel(png, 255, 256))[3]).toBe(0);
    expect((await pixel(png, 256, 256))[3]).toBe(255);
    expect((await pixel(png, 287, 256))[3]).toBe(255);
    expect((await pixel(png, 288, 256))[3]).toBe(0);
  });
});
