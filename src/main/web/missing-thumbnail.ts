/** A quiet sheet-of-paper card for a page whose thumbnail is not made (yet). No text: no language to pick. */
export const MISSING_THUMBNAIL_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="320" viewBox="0 0 240 320">
<rect width="240" height="320" fill="#efe9dc"/>
<rect x="48" y="56" width="144" height="12" rx="3" fill="#d8cfbd"/>
<rect x="48" y="88" width="144" height="8" rx="3" fill="#e1d9c8"/>
<rect x="48" y="108" width="120" height="8" rx="3" fill="#e1d9c8"/>
<rect x="48" y="128" width="136" height="8" rx="3" fill="#e1d9c8"/>
</svg>`;
