/**
 * Promise 9: no HTML string sinks. Runs ESLint's Node API with the
 * project's eslint.config.js on probe code linted as if it were a file under
 * src/ (lintText with a filePath: nothing is written), one probe per sink,
 * and asserts each is reported, so the rules cannot silently rot; then lints
 * src/ and asserts it has no such report.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFigures } from './helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const PROBE_PATH = resolve(ROOT, 'src/content/__sink-probe__.ts');
const SINK_RULES = new Set(['no-restricted-syntax', 'no-eval', 'no-implied-eval', 'no-new-func']);

/** Each probe is one statement that must be reported. */
const PROBES: [string, string][] = [
  ['innerHTML =', `el.innerHTML = html;`],
  ['innerHTML +=', `el.innerHTML += html;`],
  ["['innerHTML'] =", `el['innerHTML'] = html;`],
  ['outerHTML =', `el.outerHTML = html;`],
  ["['outerHTML'] =", `el['outerHTML'] = html;`],
  ['insertAdjacentHTML', `el.insertAdjacentHTML('beforeend', html);`],
  ["['insertAdjacentHTML']", `el['insertAdjacentHTML']('beforeend', html);`],
  ['document.write', `document.write(html);`],
  ['document.writeln', `document.writeln(html);`],
  ['window.document.write', `window.document.write(html);`],
  ['createContextualFragment', `document.createRange().createContextualFragment(html);`],
  ['eval', `eval(html);`],
  ['indirect eval', `(0, eval)(html);`],
  ['new Function', `new Function(html);`],
  ['Function()', `Function(html)();`],
  ['setTimeout(string)', `setTimeout('probe(el, html)', 1);`],
];

const wrap = (stmt: string): string => `export function probe(el: HTMLElement, html: string): void {\n  ${stmt}\n}\n`;

let reported = 0;

describe('HTML string sinks are forbidden by lint', () => {
  const eslint = new ESLint({ cwd: ROOT });
  afterAll(() => writeFigures('html-sinks', { sinksProbed: PROBES.length, sinksReported: reported }));

  it.each(PROBES)('reports %s in shipped code', async (_name, stmt) => {
    const [res] = await eslint.lintText(wrap(stmt), { filePath: PROBE_PATH });
    const hits = (res?.messages ?? []).filter((m) => m.ruleId !== null && SINK_RULES.has(m.ruleId) && m.line === 2);
    expect(hits.map((m) => m.ruleId), `${stmt} → ${JSON.stringify(res?.messages.map((m) => [m.ruleId, m.message]))}`).not.toEqual([]);
    reported++;
  });

  it('the same code without a sink passes (the probe file is linted as src/ code at all)', async () => {
    const [res] = await eslint.lintText(wrap('el.textContent = html;'), { filePath: PROBE_PATH });
    expect(res?.messages ?? []).toEqual([]);
  });

  it('src/ has no sink', async () => {
    const results = await eslint.lintFiles(['src/']);
    const hits = results.flatMap((r) => r.messages.filter((m) => m.ruleId !== null && SINK_RULES.has(m.ruleId)).map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(hits).toEqual([]);
  }, 120_000);
});
