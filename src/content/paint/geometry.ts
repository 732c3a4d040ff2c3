/** A rect in document coordinates (client rect + scroll): stable while the document scrolls. */
export interface DocRect {
  l: number;
  t: number;
  r: number;
  b: number;
}
