/** Sizes in screen (CSS) pixels, the same at every zoom: the overlay divides them by its scale. */

/** A resize grip's side. */
export const GRIP_PX = 9;
/** An outline point's grip, across. */
export const VERTEX_PX = 10;
/** How near an edge a double-click adds a point, and how near the first point a click closes an outline. */
export const NEAR_PX = 8;
/** A press that moves less than this is a click, not a drag. */
export const CLICK_SLOP_PX = 4;
/** A region number's badge: its height, and the width each digit adds to its padding. */
export const BADGE_HEIGHT_PX = 16;
export const BADGE_DIGIT_PX = 7;
export const BADGE_PADDING_PX = 8;
