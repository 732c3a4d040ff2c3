import { afterEach, describe, expect, it } from 'vitest';
import type { CardUi } from './card-ui';
import { offerUi, takeUi } from './ui-handoff';
import { UiLoader } from './ui-loader';

const fakeUi = { createTooltip: () => null, card: () => null } as unknown as CardUi;

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__policyLensCardUi;
});

function loader(waitMs = 200) {
  const requests: number[] = [];
  const warnings: string[] = [];
  let fail = false;
  const l = new UiLoader(
    async () => {
      requests.push(1);
      if (fail) throw new Error('no receiver');
    },
    (m) => warnings.push(m),
    waitMs,
  );
  return { l, requests, warnings, failNext: () => (fail = true) };
}

describe('UiLoader', () => {
  it('asks once, however many wait, and resolves when the injected script offers the UI', async () => {
    const { l, requests } = loader();
    const a = l.load();
    const b = l.load();
    expect(requests.length).toBe(1);
    expect(l.current).toBeNull();
    offerUi(fakeUi);
    expect(await a).toBe(fakeUi);
    expect(await b).toBe(fakeUi);
    expect(l.current).toBe(fakeUi);
    expect(await l.load()).toBe(fakeUi);
    expect(requests.length).toBe(1);
  });

  it('does not ask when the UI is here already (injected earlier in this frame)', async () => {
    offerUi(fakeUi);
    const { l, requests } = loader();
    expect(await l.load()).toBe(fakeUi);
    expect(requests.length).toBe(0);
  });

  it('gives null after the wait, warns, and asks again on the next load', async () => {
    const { l, requests, warnings } = loader(30);
    expect(await l.load()).toBeNull();
    expect(warnings).toEqual(['the tooltip did not load']);
    const again = l.load();
    expect(requests.length).toBe(2);
    offerUi(fakeUi);
    expect(await again).toBe(fakeUi);
  });

  it('a request that fails is reported, and the wait still ends', async () => {
    const { l, warnings, failNext } = loader(30);
    failNext();
    expect(await l.load()).toBeNull();
    expect(warnings[0]).toMatch(/could not load the tooltip: Error: no receiver/);
    expect(takeUi()).toBeNull();
  });
});
