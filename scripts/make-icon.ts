/** `npx tsx scripts/make-icon.ts`: renders build/icon.svg to the PNG electron-builder turns into every platform's icon. */
import { resolve } from 'node:path';
import sharp from 'sharp';

const svg = resolve(import.meta.dirname, '../build/icon.svg');
const png = resolve(import.meta.dirname, '../build/icon.png');
await sharp(svg, { density: 96 }).resize(1024, 1024).png().toFile(png);
process.stdout.write(`wrote ${png}\n`);
