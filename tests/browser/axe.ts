/**
 * axe-core in a real page: injects the library (from node_modules, never the
 * network) and returns its violations, formatted so a failing expectation
 * says what and where.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Violations of the WCAG 2.1 A/AA rules and axe's best practices under
 * `include` (a selector; the whole document by default). Inside a shadow
 * root, pass the path as axe 4.14 takes it: [{ fromShadowDom: ['#host', '.inside'] }]
 * (the older [['#host', '.inside']] form selects nothing there).
 */
export async function axeViolations(page: Page | Frame, include?: string | string[][] | Array<{ fromShadowDom: string[] }>): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (inc) => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const r = await axe.run(inc ? { include: typeof inc === 'string' ? [inc] : inc } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
}
