/**
 * Where the time Policy Lens adds to a fresh-tab article load goes: traced
 * loads with and without the extension (LOADS pairs, default 2), with V8's
 * sampling profiler on (PROFILE=0 turns it off: it inflates what it
 * samples), printing the main thread's samples by extension function, its
 * timeline events by name and by script, and each task that ran extension
 * code with what it held. A diagnostic, not a measurement:
 * `npm run bench:profile` (BENCH_SKIP_BUILD=1 reuses the bench build; ONLY picks articles).
 */
import { resolve } from 'node:path';
import { launchWithExtension } from '../tooling/extension';
import { startFixtureServer } from '../tooling/server';
import { ARTICLES } from './article-bench';
import { BENCH_DIST, REPO, buildBench } from './build-bench';
import { ELSEWHERE, NEWS, PLAIN } from './config';
import { generatePage } from './generate-page';
import { waitPaintedScript } from './page-scripts';
import { pageThread, type TraceEvent } from './trace';

const CATS = [...(process.env.PROFILE === '0' ? [] : ['disabled-by-default-v8.compile', 'disabled-by-default-v8.cpu_profiler']), 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', '-*'].join(',');

interface Node { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber?: number } }

function profile(events: TraceEvent[], pid: number, tid: number): { self: Map<string, number>; byScript: Map<string, number>; total: number } {
  const nodes = new Map<number, Node>();
  const samples: { id: number; dt: number }[] = [];
  for (const e of events as unknown as { name: string; pid: number; tid: number; args?: { data?: { cpuProfile?: { nodes?: Node[]; samples?: number[] }; timeDeltas?: number[] } } }[]) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue;
    const d = e.args?.data;
    for (const n of d?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const s = d?.cpuProfile?.samples ?? [];
    const dt = d?.timeDeltas ?? [];
    for (let i = 0; i < s.length; i++) samples.push({ id: s[i]!, dt: dt[i] ?? 0 });
  }
  void tid;
  const self = new Map<string, number>();
  const byScript = new Map<string, number>();
  let total = 0;
  // Each sample's time is the delta to the next one.
  for (let i = 0; i < samples.length - 1; i++) {
    const t = samples[i + 1]!.dt / 1000;
    let n = nodes.get(samples[i]!.id);
    if (!n) continue;
    const leaf = n.callFrame;
    if (leaf.functionName === '(idle)' || leaf.functionName === '(program)') continue;
    total += t;
    // The outermost extension frame, and the script it belongs to.
    let ext: string | null = null;
    let extFn = '';
    while (n) {
      const u = n.callFrame.url ?? '';
      if (u.startsWith('chrome-extension://')) {
        ext = u.replace(/^chrome-extension:\/\/[a-z]+\//, '');
        extFn = n.callFrame.functionName || '(anon)';
      }
      n = n.parent !== undefined ? nodes.get(n.parent) : undefined;
    }
    const leafKey = `${leaf.functionName || '(anon)'} ${(leaf.url ?? '').replace(/^.*\//, '')}:${leaf.lineNumber ?? ''}`;
    if (ext) {
      byScript.set(`${ext} ${extFn}`, (byScript.get(`${ext} ${extFn}`) ?? 0) + t);
      self.set(leafKey, (self.get(leafKey) ?? 0) + t);
    } else byScript.set('(page/other) ' + (leaf.functionName || '(anon)'), (byScript.get('(page/other) ' + (leaf.functionName || '(anon)')) ?? 0) + t);
  }
  return { self, byScript, total };
}

const top = (m: Map<string, number>, n: number): string =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `   ${v.toFixed(2).padStart(7)} ms  ${k}`).join('\n');

async function main(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD !== '1') await buildBench();
  const server = await startFixtureServer(resolve(REPO, 'tests/fixtures'));
  server.route('/bench/blank.html', { body: '<!doctype html><title>blank</title><p>Another site.</p>' });
  for (const a of ARTICLES) server.route(`/bench/page-${a.key}.html`, { body: generatePage({ chars: a.chars, termEvery: a.termEvery }).html });
  const session = await launchWithExtension({ port: server.port, dist: BENCH_DIST, viewport: { width: 1280, height: 900 } });
  const only = process.env.ONLY?.split(',');
  try {
    for (const a of ARTICLES) {
      if (only && !only.includes(a.key)) continue;
      for (const host of Array.from({ length: Number(process.env.LOADS ?? 2) }, () => [PLAIN, NEWS]).flat()) {
        const page = await session.context.newPage();
        const cdp = await session.context.newCDPSession(page);
        await page.goto(`http://${ELSEWHERE}/bench/blank.html`);
        await cdp.send('Tracing.start', { categories: CATS, transferMode: 'ReturnAsStream' });
        const url = `http://${host}/bench/page-${a.key}.html`;
        await page.goto(url, { waitUntil: 'load' });
        if (host === NEWS) await cdp.send('Runtime.evaluate', { expression: waitPaintedScript(5000, 10_000), awaitPromise: true }).catch(() => undefined);
        await new Promise((ok) => setTimeout(ok, 2000));
        const complete = new Promise<string | undefined>((ok) => cdp.once('Tracing.tracingComplete', (e) => ok(e.stream)));
        await cdp.send('Tracing.end');
        const stream = await complete;
        const parts: string[] = [];
        for (;;) {
          const c = await cdp.send('IO.read', { handle: stream!, size: 4 << 20 });
          parts.push(c.base64Encoded ? Buffer.from(c.data, 'base64').toString('utf8') : c.data);
          if (c.eof) break;
        }
        const parsed = JSON.parse(parts.join('')) as { traceEvents: TraceEvent[] };
        const ev = parsed.traceEvents;
        const pt = pageThread(ev, url);
        await cdp.detach();
        await page.close();
        if (!pt) {
          console.log(`${a.key} ${host}: no page thread`);
          continue;
        }
        let busy = 0;
        for (const t of pt.tasks) if (t.ts + (t.dur ?? 0) > pt.parse.ts) busy += (t.ts + (t.dur ?? 0) - Math.max(t.ts, pt.parse.ts)) / 1000;
        const p = profile(ev, pt.parse.pid, pt.parse.tid);
        // Timeline children by name, summed (outermost only per name).
        const byName = new Map<string, number>();
        for (const e of pt.thread) if (e.cat.includes('devtools.timeline') && e.ts >= pt.parse.ts) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
        console.log(`\n== ${a.key} on ${host}: busy ${busy.toFixed(1)} ms in ${pt.tasks.length} tasks; sampled JS ${p.total.toFixed(1)} ms`);
        console.log(' by extension script/outer fn:\n' + top(p.byScript, 25));
        console.log(' extension self time by leaf:\n' + top(p.self, 25));
        console.log(' timeline:\n' + top(byName, 18));
        const byUrl = new Map<string, number>();
        for (const e of pt.thread) {
          if (e.ts < pt.parse.ts) continue;
          const d = e.args?.data as { url?: string; fileName?: string } | undefined;
          const u = (d?.url ?? d?.fileName ?? (e.args as { fileName?: string } | undefined)?.fileName ?? '').replace(/^.*\//, '');
          if (!u) continue;
          byUrl.set(`${e.name} ${u}`, (byUrl.get(`${e.name} ${u}`) ?? 0) + (e.dur ?? 0) / 1000);
        }
        console.log(' by url:\n' + top(byUrl, 20));
        // Our tasks: those with an extension EvaluateScript/FunctionCall/TimerFire inside.
        const ours = pt.tasks.filter((t) => pt.thread.some((c) => c.ts >= t.ts && c.ts + (c.dur ?? 0) <= t.ts + (t.dur ?? 0) && String((c.args?.data as { url?: string } | undefined)?.url ?? '').startsWith('chrome-extension')));
        console.log(` tasks touching extension code: ${ours.length}, ${ours.reduce((a, t) => a + (t.dur ?? 0) / 1000, 0).toFixed(1)} ms: ` + ours.map((t) => ((t.dur ?? 0) / 1000).toFixed(2)).join(' '));
        for (const t of ours) {
          const kids = pt.thread.filter((c) => c !== t && c.ts >= t.ts && c.ts + (c.dur ?? 0) <= t.ts + (t.dur ?? 0) && c.cat.includes('devtools.timeline'));
          const sum = new Map<string, number>();
          for (const k of kids) {
            const u = String((k.args?.data as { url?: string } | undefined)?.url ?? '').replace(/^.*\//, '');
            const key = `${k.name}${u ? ` ${u}` : ''}`;
            sum.set(key, (sum.get(key) ?? 0) + (k.dur ?? 0) / 1000);
          }
          console.log(`   task ${((t.ts - pt.parse.ts) / 1000).toFixed(1)} ms after parse, ${((t.dur ?? 0) / 1000).toFixed(2)} ms: ` + [...sum].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', '));
        }
      }
    }
  } finally {
    await session.close();
    await server.close();
  }
}

void main();
