import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

/** A small PNG of the given size with some ink on it. */
export async function writePng(dir: string, name: string, width = 300, height = 400, shade = 40): Promise<string> {
  const path = join(dir, name);
  await sharp({ create: { width, height, channels: 3, background: { r: 240, g: 235, b: 220 } } })
    .composite([{ input: { create: { width: Math.max(1, Math.floor(width / 2)), height: Math.max(1, Math.floor(height / 20)), channels: 3, background: { r: shade, g: shade, b: shade } } }, top: Math.floor(height / 10), left: Math.floor(width / 10) }])
    .png()
    .toFile(path);
  return path;
}

/** A JPEG stored landscape with EXIF orientation 6: displayed portrait. */
export async function writeRotatedJpeg(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await sharp({ create: { width: 600, height: 400, channels: 3, background: { r: 200, g: 190, b: 170 } } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toFile(path);
  return path;
}

/** A PDF with pages of the given sizes in points. */
export async function writePdf(dir: string, name: string, pageSizes: [number, number][] = [[595, 842]]): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const [index, [w, h]] of pageSizes.entries()) {
    const page = pdf.addPage([w, h]);
    page.drawText(`Page ${index + 1}`, { x: 50, y: h - 80, size: 24, font });
  }
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  const path = join(dir, name);
  await writeFile(path, await pdf.save());
  return path;
}

/** A multi-page TIFF with the given compression; each page a different shade so pages can be told apart. */
export async function writeTiff(dir: string, name: string, pages: number, compression: 'lzw' | 'deflate' | 'jpeg' | 'none', size: [number, number] = [400, 600]): Promise<string> {
  const [width, height] = size;
  const images = await Promise.all(
    Array.from({ length: pages }, (_, n) =>
      sharp({ create: { width, height, channels: 3, background: { r: 240 - n * 30, g: 230 - n * 30, b: 210 - n * 30 } } })
        .png()
        .toBuffer(),
    ),
  );
  const path = join(dir, name);
  await sharp(images, { join: { animated: true } }).tiff({ compression }).toFile(path);
  return path;
}
