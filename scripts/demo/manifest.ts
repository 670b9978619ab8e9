import type { z } from 'zod';
import type { DemoManifest as DemoManifestSchema } from '../../src/main/archive/library/demo-manifest';
import { ISSUE, ORDER, SEAL, SEAL_INSCRIPTION } from './catalog';
import type { IssueHeading } from './newspaper';
import type { Box } from './paper';

type DemoManifest = z.input<typeof DemoManifestSchema>;
type Entry = DemoManifest['documents'][number];
type Region = NonNullable<Entry['regions']>[number];

/** Kazakh in the Arabic-based script runs right to left; in Cyrillic, left to right. */
const scriptOf = (text: string): Pick<Region, 'language' | 'script' | 'direction'> =>
  /[\u0600-\u06FF]/.test(text) ? { language: 'kk-Arab', script: 'Arab', direction: 'rtl' } : { language: 'kk', script: 'Cyrl', direction: 'ltr' };

/** Where the renderers put what the manifest describes, in each image's own pixels. */
export interface DemoLayout {
  issueHeadings: IssueHeading[];
  orderSeal: Box;
}

const REPOSITORY = 'Демонстрациялық мұрағат';
const RIGHTS = 'Демонстрациялық материал; Muragat бағдарламасымен бірге таратылады (CC0 1.0).';
const GENERATED = 'Muragat бағдарламасының scripts/make-demo.ts сценарийі жасаған демонстрациялық үлгі; нақты сканер көшірмесі емес.';
const SEAL_ID = 'seal-alashorda';

/** Shelves: the paper by year and issue, and the Alashorda's own papers. */
const COLLECTIONS = {
  paper: { id: 'saryarqa', name: ISSUE.publication },
  year: { id: 'saryarqa-1918', name: ISSUE.isoDate.slice(0, 4), parent: 'saryarqa' },
  issue: { id: `saryarqa-1918-${ISSUE.number}`, name: `№ ${ISSUE.number}`, parent: 'saryarqa-1918' },
  alashorda: { id: 'alashorda-documents', name: 'Алашорда құжаттары' },
} as const;

const rect = (box: Box): Region['shape'] => ({ type: 'rect', ...box });

function newspaper(headings: IssueHeading[]): Entry {
  return {
    file: ISSUE.file,
    title: `«${ISSUE.publication}», ${ISSUE.dateAsPrinted}, № ${ISSUE.number}`,
    kind: 'newspaper-issue',
    metadata: {
      publication: ISSUE.publication,
      place: ISSUE.place,
      issueNumber: ISSUE.number,
      dateAsPrinted: ISSUE.dateAsPrinted,
      calendar: 'gregorian',
      isoDate: ISSUE.isoDate,
      language: 'kk',
      script: 'Arab',
      archivalReference: { repository: REPOSITORY, fonds: 'Д-1', inventory: '1', file: '1', sheets: '1–2' },
      rights: RIGHTS,
      notes:
        `${GENERATED} Мақала мәтіні Алаш автономиясы туралы қазіргі анықтамалық мақаладан алынды. ` +
        'Түпнұсқа «Сарыарқа» газеті араб графикасымен (төте жазу) басылған. Демода 1-бет кириллицамен, ' +
        'мақаланың жалғасы 2-бетте Байтұрсынұлы емлесімен төте жазуға аударылып басылды.',
    },
    tags: ['Алашорда', 'газет', 'төте жазу', 'демо'],
    collections: [COLLECTIONS.issue.id],
    regions: headings.map((heading, i) => ({
      id: `issue-heading-${i + 1}`,
      page: heading.page,
      shape: rect(heading.box),
      kind: 'heading',
      text: heading.text,
      ...scriptOf(heading.text),
      status: 'done',
    })),
  };
}

function order(sealBox: Box): Entry {
  return {
    file: ORDER.file,
    title: `Алашорданың милиция жасақтары туралы бұйрығы, № ${ORDER.number}`,
    kind: 'document',
    metadata: {
      place: ISSUE.place,
      dateAsPrinted: ORDER.dateAsPrinted,
      calendar: 'gregorian',
      isoDate: ORDER.isoDate,
      language: 'kk',
      script: 'Cyrl',
      archivalReference: { repository: REPOSITORY, fonds: 'Д-1', inventory: '1', file: '2', sheets: '12' },
      rights: RIGHTS,
      notes:
        `${GENERATED} Бұйрық мәтіні 2-жалпықазақ съезінің милиция туралы қаулысының сөйлемдерінен құрастырылды. ` +
        'Машинкамен басылған; төменгі жағында күлгін мөр мен қолтаңба, шетінде «Орындалсын» деген бұрыштама.',
    },
    tags: ['Алашорда', 'бұйрық', 'мөр', 'демо'],
    collections: [COLLECTIONS.alashorda.id],
    regions: [{ id: 'order-seal', page: 0, shape: rect(sealBox), kind: 'seal', text: SEAL_INSCRIPTION, ...scriptOf(SEAL_INSCRIPTION), status: 'done', sealId: SEAL_ID }],
  };
}

const sealImage: Entry = {
  file: SEAL.file,
  title: 'Алашорда мөрінің бедері',
  kind: 'seal',
  metadata: {
    place: ISSUE.place,
    language: 'kk',
    script: 'Arab',
    archivalReference: { repository: REPOSITORY, fonds: 'Д-1', inventory: '1', file: '2', sheets: '12' },
    rights: RIGHTS,
    notes:
      `${GENERATED} Дөңгелек мөр: шеңбер бойымен төте жазумен «${SEAL.legend.join(' ★ ')}» (жоғарыдан бастап оңнан солға), ` +
      `ортасында ай мен жұлдыз, астында «${SEAL.year}». Бедер № ${ORDER.number} бұйрықтағы мөрмен бір үлгі.`,
  },
  tags: ['Алашорда', 'мөр', 'төте жазу', 'демо'],
  collections: [COLLECTIONS.alashorda.id],
};

/** resources/demo/manifest.json, given where the renderers drew the headings and the seal. */
export function demoManifest(layout: DemoLayout): DemoManifest {
  return {
    collections: Object.values(COLLECTIONS),
    seals: [
      {
        id: SEAL_ID,
        inscription: SEAL_INSCRIPTION,
        inscriptionScript: 'Arab',
        owner: 'Алашорда (Уақытша Ұлттық Кеңес)',
        dates: '1917–1920',
        notes:
          'Ойдан жасалған демонстрациялық мөр: Алашорданың нақты мөрінің көшірмесі емес. ' +
          'Жазуы төте жазумен, шеңбер бойымен жоғарыдан бастап оңнан солға оқылады; ортасында ай мен жұлдыз, астында жыл.',
        image: { file: SEAL.file, page: 0 },
      },
    ],
    documents: [newspaper(layout.issueHeadings), order(layout.orderSeal), sealImage],
  };
}
