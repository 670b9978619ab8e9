/** A page's reference pixel grid: the coordinates every region of the page is stored in. */
export interface PageGrid {
  width: number;
  height: number;
}
