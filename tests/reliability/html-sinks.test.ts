/**
 * Promise 9: no HTML string sinks. Runs ESLint's Node API with the
 * project's eslint.config.js on probe code linted as if it were a file under
 * src/ (lintText with a filePath: nothing is written), one probe per sink,
 * and asserts each is reported, so the rules cannot silently rot; then lints
 * src/ and asserts it has no such report.
 */
import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DIST_DIR } from '../../tooling/extension';
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
  ['tippy allowHTML: true', `tippy(el, { content: html, allowHTML: true });`],
  ["tippy 'allowHTML': true", `tippy(el, { content: html, 'allowHTML': true });`],
  ['el.allowHTML = true', `el.allowHTML = true;`],
  ['new DOMParser', `new DOMParser();`],
  ['parseFromString', `new DOMParser().parseFromString(html, 'text/html');`],
  ['setHTMLUnsafe', `el.setHTMLUnsafe(html);`],
  ["['setHTMLUnsafe']", `el['setHTMLUnsafe'](html);`],
  ['Document.parseHTMLUnsafe', `Document.parseHTMLUnsafe(html);`],
  ['srcdoc =', `el.srcdoc = html;`],
  ["['srcdoc'] =", `el['srcdoc'] = html;`],
  ["setAttribute('srcdoc')", `el.setAttribute('srcdoc', html);`],
  ["setAttribute('SRCDOC')", `el.setAttribute('SRCDOC', html);`],
  ['javascript: literal', `el.href = 'javascript:void 0';`],
  ['javascript: template', `el.href = \`  JavaScript:\${html}\`;`],
];

const wrap = (stmt: string): string => `export function probe(el: HTMLElement, html: string): void {\n  ${stmt}\n}\n`;

/** What must not appear in any built script: the lint's sinks as they survive bundling, vendor code included. */
const BUILT_SINKS: [string, RegExp][] = [
  ['setHTMLUnsafe / parseHTMLUnsafe', /\b(setHTMLUnsafe|parseHTMLUnsafe)\b/],
  ['srcdoc', /\bsrcdoc\b/i],
  ['DOMParser', /\bDOMParser\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['new Function / Function()', /(^|[^.\w$])Function\s*\(/],
  ['eval', /(^|[^.\w$])eval\s*\(/],
  ['javascript: URL', /javascript:/i],
  ['tippy allowHTML on', /allowHTML\s*:\s*(!0|true)/],
  ['outerHTML', /\bouterHTML\b/],
];
// tippy.js carries one innerHTML write, reached only with allowHTML on (which the lint forbids): that line is the one allowed.
const TIPPY_INNER_HTML = /^\s*element\[innerHTML\(\)\] = html;$/;

function builtScripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(m?js)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

let reported = 0;
let builtFilesChecked = 0;

describe('HTML string sinks are forbidden by lint', () => {
  const eslint = new ESLint({ cwd: ROOT });
  afterAll(() => writeFigures('html-sinks', { sinksProbed: PROBES.length, sinksReported: reported, builtFilesChecked, builtSinkPatterns: BUILT_SINKS.length }));

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

  it('the built extension (dist/, vendor code included) holds none of them', () => {
    const files = builtScripts(DIST_DIR);
    expect(files.length, `built scripts in ${DIST_DIR}`).toBeGreaterThan(5);
    const hits: string[] = [];
    for (const f of files) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const [name, re] of BUILT_SINKS) if (re.test(line)) hits.push(`${relative(DIST_DIR, f)}:${i + 1} ${name}`);
        if (/(\.innerHTML|\[['"`]innerHTML['"`]\]|\[innerHTML\(\)\])\s*\+?=[^=]/.test(line)) {
          if (!TIPPY_INNER_HTML.test(line)) hits.push(`${relative(DIST_DIR, f)}:${i + 1} innerHTML write`);
        }
      });
    }
    expect(hits).toEqual([]);
    builtFilesChecked = files.length;
  });
});
