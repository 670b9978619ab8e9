import type { Rng } from './random';

export type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string };

export interface Article {
  title: string;
  blocks: Block[];
}

/** Sub-headings an editor might have set, placed before the sentence each anchor starts. */
const SECTIONS: { anchor: string; heading: string }[] = [
  { anchor: '2-жалпықазақ съезі милиция', heading: 'Милиция туралы' },
  { anchor: 'Бүкілқазақтық 2-съезде', heading: 'Жариялау мерзімі жөнінде' },
  { anchor: 'Большевиктер партиясы', heading: 'Ұлттық бірлік' },
  { anchor: 'Алаш автономиясы аталуы', heading: '«Алаш» сөзі' },
  { anchor: '1917 жылдың 5-13 желтоқсан', heading: 'Орынбор съезі' },
];

/** The seed's abbreviations (ж. for жыл, терр. for территориялық…) and initials end in a dot mid-sentence. */
const NOT_A_SENTENCE_END = /(?:^|[\s(-])(?:ж|ғ|терр|мемл|оңт|автоном|[А-ЯӘҒҚҢӨҰҮҺІ])\.$/u;

/** Drops the seed's web-page debris: the film credits after the article and the Latin transliteration. */
function clean(seed: string): string {
  const creditsAt = seed.indexOf('Жанр:');
  return (creditsAt >= 0 ? seed.slice(0, creditsAt) : seed)
    .replace(/\s*\([A-Za-zÀ-ž\s]+\)/g, '')
    .replace(/([.)])(?=[А-ЯӘҒҚҢӨҰҮҺІ])/gu, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Citations like (“Сарыарқа” газеті. Семей. 1918, 25 қараша) hold dots that end nothing. */
function insideParentheses(text: string): boolean {
  return text.split('(').length > text.split(')').length;
}

function sentences(text: string): string[] {
  const pieces = text.split(/(?<=[.!?][”»)]?)\s+(?=[«“А-ЯӘҒҚҢӨҰҮҺІ0-9])/u);
  const result: string[] = [];
  for (const piece of pieces) {
    const previous = result.at(-1);
    if (previous !== undefined && (NOT_A_SENTENCE_END.test(previous) || insideParentheses(previous))) {
      result[result.length - 1] = `${previous} ${piece}`;
    } else result.push(piece);
  }
  return result;
}

/** The seed article as newspaper copy: a title, paragraphs of a few sentences, sub-headings. */
export function seedArticle(seed: string, rng: Rng): Article {
  const all = sentences(clean(seed));
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let target = rng.int(2, 4);
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
    target = rng.int(2, 4);
  };
  for (const sentence of all) {
    const section = SECTIONS.find((s) => sentence.startsWith(s.anchor));
    if (section) {
      flush();
      blocks.push({ kind: 'heading', text: section.heading });
    }
    paragraph.push(sentence);
    if (paragraph.length >= target) flush();
  }
  flush();
  const missing = SECTIONS.filter((s) => !blocks.some((b) => b.kind === 'heading' && b.text === s.heading));
  if (missing.length > 0) throw new Error(`seed text changed: no sentence starts with ${missing.map((s) => `«${s.anchor}»`).join(', ')}`);
  return { title: 'Алаш автономиясы', blocks };
}
