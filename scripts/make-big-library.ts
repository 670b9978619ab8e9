/**
 * Writes a library of many documents (10,000 by default) for the library view's performance
 * screenshot and test: three real scans from the demo archive are imported once (so every
 * thumbnail resolves to a real page), then cloned into described documents written straight
 * into the catalog in one durable write.
 *
 *   npx tsx scripts/make-big-library.ts DIR [COUNT]
 */
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openArchive } from '../src/main/archive/archive';
import { openLibraryStore } from '../src/main/archive/store/library-store';
import type { Collection } from '../src/shared/domain/catalog';
import type { ArchiveDocument, DocumentKind } from '../src/shared/domain/document';
import type { Metadata } from '../src/shared/domain/metadata';
import { formatKazakhDate } from '../src/shared/text/kazakh-months';

const DEMO = resolve(import.meta.dirname, '../resources/demo');
const SCANS: Record<'newspaper' | 'document' | 'seal', string> = {
  newspaper: 'saryarqa-1918-11-25.pdf',
  document: 'archival-order-1918.jpg',
  seal: 'seal-alashorda.png',
};

/** The papers of the Alash years, where they came out and when. */
const PUBLICATIONS = [
  { name: 'Қазақ', place: 'Орынбор', from: 1913, to: 1918 },
  { name: 'Сарыарқа', place: 'Семей', from: 1917, to: 1919 },
  { name: 'Абай', place: 'Семей', from: 1918, to: 1918 },
  { name: 'Алаш', place: 'Ташкент', from: 1916, to: 1917 },
  { name: 'Ұран', place: 'Ташкент', from: 1917, to: 1917 },
  { name: 'Бірлік туы', place: 'Ташкент', from: 1917, to: 1918 },
  { name: 'Ақ жол', place: 'Ташкент', from: 1920, to: 1925 },
] as const;

const DOCUMENT_TITLES = [
  'Алашорданың милиция жасақтары туралы бұйрығы',
  'Облыстық қазақ съезінің қаулысы',
  'Уездік земство управасының хаты',
  'Жер мәселесі туралы өтініш',
  'Семей уездік милиция бастығының баянаты',
  'Торғай облыстық комитетінің хаттамасы',
  'Мұғалімдер курсын ашу туралы хабарландыру',
  'Аштыққа ұшырағандарға көмек туралы үндеу',
  'Алаш автономиясының уақытша ережесі',
  'Болыстық сайлау комиссиясының актісі',
];
const PHOTO_TITLES = ['Алашорда мүшелерінің суреті', 'Семейдегі Алаш полкі', 'Жалпықазақ съезінің делегаттары', 'Орынбордағы «Қазақ» редакциясы', 'Алаш мектебінің шәкірттері'];
const SEAL_TITLES = ['Алашорда мөрінің бедері', 'Облыстық земство мөрі', 'Болыс басқармасының мөрі', 'Уездік комитеттің мөртабаны'];
const TAGS = ['Алашорда', 'газет', 'төте жазу', 'жер мәселесі', 'оқу-ағарту', 'съезд', 'милиция', 'земство', 'мөр', 'хаттама', 'аштық', 'Түркістан', 'сайлау'];
const REPOSITORIES = ['ҚР Орталық мемлекеттік мұрағаты', 'Семей облысының мемлекеттік мұрағаты', 'Орынбор облысының мемлекеттік мұрағаты'];

/** A small seeded generator: the same library every run. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  return { next, int, pick };
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

interface Shelves {
  collections: Collection[];
  /** The collection for a publication's year, made on first use. */
  yearOf: (publication: string, year: number) => string;
  documentsShelf: string;
  photosShelf: string;
}

function shelves(): Shelves {
  const collections: Collection[] = [];
  const byKey = new Map<string, string>();
  const shelf = (key: string, name: string, parent?: string) => {
    const known = byKey.get(key);
    if (known) return known;
    const id = `c-${randomBytes(6).toString('hex')}`;
    collections.push({ id, name, ...(parent ? { parent } : {}) });
    byKey.set(key, id);
    return id;
  };
  const press = shelf('press', 'Мерзімді баспасөз');
  return {
    collections,
    yearOf: (publication, year) => shelf(`${publication}/${year}`, String(year), shelf(publication, publication, press)),
    documentsShelf: shelf('documents', 'Алашорда құжаттары'),
    photosShelf: shelf('photos', 'Фотосуреттер'),
  };
}

function describe(index: number, rng: ReturnType<typeof random>, shelf: Shelves): { kind: DocumentKind; title: string; metadata: Metadata; tags: string[]; collections: string[] } {
  const roll = rng.next();
  const kind: DocumentKind = roll < 0.62 ? 'newspaper-issue' : roll < 0.86 ? 'document' : roll < 0.95 ? 'photograph' : 'seal';
  const publication = rng.pick(PUBLICATIONS);
  const year = kind === 'newspaper-issue' ? rng.int(publication.from, publication.to) : rng.int(1913, 1925);
  const month = rng.int(1, 12);
  const day = rng.int(1, daysIn(year, month));
  const printed = formatKazakhDate(year, month, day);
  // Until February 1918 Russia and its press counted days by the Julian calendar.
  const calendar = year < 1918 || (year === 1918 && month < 2) ? 'julian' : 'gregorian';
  const reference = {
    repository: rng.pick(REPOSITORIES),
    fonds: `Р-${rng.int(1, 1800)}`,
    inventory: String(rng.int(1, 12)),
    file: String(rng.int(1, 900)),
    sheets: `${rng.int(1, 40)}–${rng.int(41, 90)}`,
  };
  const tags = [...new Set([rng.pick(TAGS), rng.pick(TAGS), ...(rng.next() < 0.5 ? ['төте жазу'] : [])])];
  const common = { dateAsPrinted: printed, calendar, isoDate: `${year}-${pad(month)}-${pad(day)}`, language: 'kk', archivalReference: reference } as const;
  if (kind === 'newspaper-issue') {
    const issue = rng.int(1, 320);
    return {
      kind,
      title: `«${publication.name}», ${printed}, № ${issue}`,
      metadata: { ...common, publication: publication.name, place: publication.place, issueNumber: issue, script: year < 1924 ? 'Arab' : 'Cyrl' },
      tags: [...new Set(['газет', ...tags])],
      collections: [shelf.yearOf(publication.name, year)],
    };
  }
  const title = kind === 'document' ? `${rng.pick(DOCUMENT_TITLES)}, № ${rng.int(1, 250)}` : kind === 'photograph' ? `${rng.pick(PHOTO_TITLES)}, ${year}` : rng.pick(SEAL_TITLES);
  return {
    kind,
    title,
    metadata: { ...common, place: rng.pick(PUBLICATIONS).place, script: rng.next() < 0.6 ? 'Arab' : 'Cyrl', notes: `Үлгі жазба № ${index + 1}: өнімділікті сынауға арналған.` },
    tags,
    collections: kind === 'photograph' ? [shelf.photosShelf] : kind === 'document' ? [shelf.documentsShelf] : [],
  };
}

/** Builds the library in `dir` and returns how many documents it holds. */
export async function makeBigLibrary(dir: string, count = 10_000): Promise<number> {
  const archive = await openArchive(dir, { appVersion: 'make-big-library' });
  let templates: Record<keyof typeof SCANS, ArchiveDocument>;
  try {
    const names = Object.keys(SCANS) as (keyof typeof SCANS)[];
    const results = await archive.service.importFiles({ paths: names.map((name) => join(DEMO, SCANS[name])), uploads: [], grouping: 'file' });
    const docs = archive.store.catalog().documents;
    templates = Object.fromEntries(
      names.map((name, i) => {
        const result = results[i];
        if (!result) throw new Error(`no import result for ${SCANS[name]}`);
        if (!result.ok) throw new Error(`could not import ${SCANS[name]}: ${result.error.message}`);
        const doc = docs.find((d) => d.id === result.docId);
        if (!doc) throw new Error(`${SCANS[name]} was imported but is not in the catalog`);
        return [name, doc];
      }),
    ) as typeof templates;
  } finally {
    await archive.close();
  }

  const store = await openLibraryStore(dir);
  try {
    const rng = random(1918);
    const shelf = shelves();
    const start = Date.parse('2024-09-01T08:00:00.000Z');
    const documents: ArchiveDocument[] = Array.from({ length: count }, (_, index) => {
      const described = describe(index, rng, shelf);
      const template = described.kind === 'newspaper-issue' ? templates.newspaper : described.kind === 'seal' ? templates.seal : templates.document;
      const importedAt = new Date(start + index * 47_000).toISOString();
      return { ...structuredClone(template), ...described, id: randomBytes(8).toString('hex'), importedAt, updatedAt: importedAt };
    });
    await store.updateCatalog((catalog) => {
      catalog.documents = documents;
      catalog.collections = shelf.collections;
    });
  } finally {
    await store.close();
  }
  return count;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, count] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: npx tsx scripts/make-big-library.ts DIR [COUNT]');
    process.exit(2);
  }
  const started = performance.now();
  const made = await makeBigLibrary(resolve(dir), count ? Number(count) : undefined);
  console.log(`${made} documents written to ${resolve(dir)} in ${Math.round(performance.now() - started)} ms`);
}
