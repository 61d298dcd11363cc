/** File names of a release's generated card (1200x630) and of its 16:9, 4:3 and 1:1 shapes, beside its page ([...card].png.ts). Plain data: the benchmark counts them too. */
export const CARD_FILES = { og: 'og.png', wide: 'card-16x9.png', standard: 'card-4x3.png', square: 'card-1x1.png' } as const;
