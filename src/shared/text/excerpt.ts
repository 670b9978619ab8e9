/** How much of a text is looked at for its excerpt: a list must not scan 100 kB on every keystroke. */
const LOOK_AT = 400;

/**
 * The first words of a text on one line, cut at a word boundary within `max` characters, with
 * an ellipsis when there is more. Empty for a text of only spaces.
 */
export function excerpt(text: string, max = 60): string {
  const flat = text.slice(0, LOOK_AT).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return text.length > LOOK_AT ? `${flat}…` : flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  // A first word longer than half the line is cut inside rather than leaving the line bare.
  const head = (space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).trimEnd();
  return `${head}…`;
}
