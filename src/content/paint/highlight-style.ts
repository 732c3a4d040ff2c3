/**
 * The user's highlight look, applied live. Not through a sheet in
 * document.adoptedStyleSheets: page scripts can read those, and the user's
 * own colour would mark them across sites. The rules are handed to the
 * background, which inserts them into this frame (scripting.insertCSS),
 * out of the page's sight. highlight.css (the manifest stylesheet) carries
 * the default look, so nothing is sent for it.
 */
import { isDefaultLook, type HighlightLook } from '../../core/highlight-look';

export class HighlightStyler {
  /** What was last sent (null: nothing inserted). */
  private sent: HighlightLook | null = null;

  /** send(look, previous) asks for look's rules in this frame in place of previous's (null: none). */
  constructor(private readonly send: (look: HighlightLook | null, previous: HighlightLook | null) => void) {}

  apply(look: HighlightLook): void {
    if (isDefaultLook(look)) return this.remove();
    if (this.sent && this.sent.style === look.style && this.sent.color === look.color) return;
    const previous = this.sent;
    this.sent = { ...look };
    this.send(this.sent, previous);
  }

  remove(): void {
    if (this.sent === null) return;
    const previous = this.sent;
    this.sent = null;
    this.send(null, previous);
  }
}
