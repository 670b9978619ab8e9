import type { DemoManifest } from '../../src/main/archive/library/demo';

type Entry = DemoManifest['documents'][number];

/** The invented issue: the masthead, the PDF title and the manifest all read from here. */
export const ISSUE = {
  file: 'saryarqa-1918-11-25.pdf',
  publication: 'Сарыарқа',
  place: 'Семей',
  number: 28,
  dateAsPrinted: '1918 ж. 25 қараша',
  weekday: 'Дүйсенбі',
  isoDate: '1918-11-25',
} as const;

export const ORDER = {
  file: 'archival-order-1918.jpg',
  number: 14,
  dateAsPrinted: '1918 ж. 2 желтоқсан',
  isoDate: '1918-12-02',
} as const;

export const SEAL = {
  file: 'seal-alashorda.png',
  /** Read clockwise from the top; a star is cut between the parts. */
  inscription: ['АЛАШОРДА', 'УАҚЫТША ҰЛТТЫҚ КЕҢЕС', 'СЕМЕЙ'],
} as const;

const REPOSITORY = 'Демонстрациялық мұрағат';
const RIGHTS = 'Демонстрациялық материал; Muragat бағдарламасымен бірге таратылады (CC0 1.0).';
const GENERATED = 'Muragat бағдарламасының scripts/make-demo.ts сценарийі жасаған демонстрациялық үлгі; нақты сканер көшірмесі емес.';

const newspaper: Entry = {
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
    script: 'Cyrl',
    archivalReference: { repository: REPOSITORY, fonds: 'Д-1', inventory: '1', file: '1', sheets: '1–2' },
    rights: RIGHTS,
    notes:
      `${GENERATED} Мақала мәтіні Алаш автономиясы туралы қазіргі анықтамалық мақаладан алынды. ` +
      `Түпнұсқа «Сарыарқа» газеті араб графикасымен (төте жазу) басылған; демода кирилл қолданылды.`,
  },
  tags: ['Алашорда', 'газет', 'демо'],
};

const order: Entry = {
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
      `Машинкамен басылған; төменгі жағында күлгін мөр мен қолтаңба, шетінде «Орындалсын» деген бұрыштама.`,
  },
  tags: ['Алашорда', 'бұйрық', 'мөр', 'демо'],
};

const seal: Entry = {
  file: SEAL.file,
  title: 'Алашорда мөрінің бедері',
  kind: 'seal',
  metadata: {
    place: ISSUE.place,
    language: 'kk',
    script: 'Cyrl',
    archivalReference: { repository: REPOSITORY, fonds: 'Д-1', inventory: '1', file: '2', sheets: '12' },
    rights: RIGHTS,
    notes:
      `${GENERATED} Дөңгелек мөр: шеңбер бойымен «${SEAL.inscription.join(' ★ ')}», ` +
      `ортасында ай мен жұлдыз, астында «1917». Бедер № ${ORDER.number} бұйрықтағы мөрмен бір үлгі.`,
  },
  tags: ['Алашорда', 'мөр', 'демо'],
};

export const MANIFEST: DemoManifest = { documents: [newspaper, order, seal] };
