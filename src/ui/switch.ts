/**
 * A labelled on/off switch: a <button role="switch" aria-checked>, with a
 * visible label and an optional hint tied to it through aria-describedby.
 */

export interface Switch {
  root: HTMLElement;
  button: HTMLButtonElement;
  set(on: boolean): void;
  setLabel(text: string): void;
  setHint(text: string): void;
  setDisabled(disabled: boolean): void;
}

let counter = 0;

export function buildSwitch(doc: Document, opts: { label: string; hint?: string; className?: string; onToggle: (next: boolean) => void }): Switch {
  const id = `pl-switch-${++counter}`;
  const root = doc.createElement('div');
  root.className = `pl-switch-row ${opts.className ?? ''}`.trim();

  const text = doc.createElement('div');
  text.className = 'pl-switch-text';
  const label = doc.createElement('label');
  label.className = 'pl-switch-label';
  label.htmlFor = id;
  label.id = `${id}-label`;
  label.textContent = opts.label;
  const hint = doc.createElement('div');
  hint.className = 'pl-switch-hint';
  hint.id = `${id}-hint`;
  hint.textContent = opts.hint ?? '';
  hint.hidden = !opts.hint;
  text.append(label, hint);

  const button = doc.createElement('button');
  button.type = 'button';
  button.id = id;
  button.className = 'pl-switch';
  button.setAttribute('role', 'switch');
  button.setAttribute('aria-checked', 'false');
  button.setAttribute('aria-describedby', hint.id);
  const thumb = doc.createElement('span');
  thumb.className = 'pl-switch-thumb';
  thumb.setAttribute('aria-hidden', 'true');
  button.append(thumb);
  button.addEventListener('click', () => opts.onToggle(button.getAttribute('aria-checked') !== 'true'));

  root.append(text, button);
  return {
    root,
    button,
    set: (on) => button.setAttribute('aria-checked', String(on)),
    setLabel: (t) => {
      label.textContent = t;
    },
    setHint: (t) => {
      hint.textContent = t;
      hint.hidden = t === '';
    },
    setDisabled: (d) => {
      button.disabled = d;
    },
  };
}
