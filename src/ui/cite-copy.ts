/**
 * Puts a citation on the clipboard as plain text and HTML, with no
 * clipboard permission: inside the reader's click or key press, a copy
 * command whose copy event we fill. That works on http pages too, where
 * navigator.clipboard does not exist (not a secure context), in content
 * scripts and in extension pages alike. navigator.clipboard.write is the
 * fallback where the command is refused. DOM only.
 */
export interface RichText {
  text: string;
  html: string;
}

/**
 * The copy command, synchronous, so it must run inside the user gesture.
 * Our listener is on the window in the capture phase: it runs before the
 * page's own copy handlers (some add "Read more at…" to what is copied) and
 * stops the event there. True if our data went onto the clipboard.
 */
function copyByCommand(doc: Document, data: RichText): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  let filled = false;
  const onCopy = (e: ClipboardEvent): void => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', data.text);
    e.clipboardData.setData('text/html', data.html);
    e.preventDefault();
    e.stopImmediatePropagation();
    filled = true;
  };
  win.addEventListener('copy', onCopy, true);
  let ran = false;
  try {
    ran = doc.execCommand('copy');
  } catch {
    ran = false;
  } finally {
    win.removeEventListener('copy', onCopy, true);
  }
  return ran && filled;
}

async function copyByApi(doc: Document, data: RichText): Promise<boolean> {
  const win = doc.defaultView;
  const clip = win?.navigator.clipboard;
  if (!win || !clip) return false;
  try {
    if (typeof win.ClipboardItem === 'function' && typeof clip.write === 'function') {
      const item = new win.ClipboardItem({
        'text/plain': new Blob([data.text], { type: 'text/plain' }),
        'text/html': new Blob([data.html], { type: 'text/html' }),
      });
      await clip.write([item]);
    } else {
      await clip.writeText(data.text);
    }
    return true;
  } catch {
    return false;
  }
}

/** Copies data; resolves to whether it is on the clipboard. Call it from a trusted click or key handler. */
export async function copyRichText(doc: Document, data: RichText): Promise<boolean> {
  return copyByCommand(doc, data) || copyByApi(doc, data);
}
