/**
 * Compares builds on the fresh-tab article loads (article-bench.ts): each
 * build in a browser of its own, one after another, ROUNDS times, so a
 * lever is judged against the build before it on the same machine within
 * minutes. `tsx bench/compare-builds.ts <dist> <dist>…` (bench builds:
 * buildBench(outDir) in build-bench.ts); ONLY picks the articles
 * (default a10k-none), ROUNDS the repeats (default 1).
 */
import { resolve } from 'node:path';
import { launchWithExtension } from '../tooling/extension';
import { startFixtureServer } from '../tooling/server';
import { ARTICLES, benchArticle } from './article-bench';
import { REPO } from './build-bench';
import { NEWS, PLAIN } from './config';
import { generatePage } from './generate-page';
import { summarize } from './stats';

async function main(): Promise<void> {
  const dists = process.argv.slice(2);
  const only = (process.env.ONLY ?? 'a10k-none').split(',');
  const server = await startFixtureServer(resolve(REPO, 'tests/fixtures'));
  server.route('/bench/blank.html', { body: '<!doctype html><title>blank</title><p>Another site.</p>' });
  const planted = new Map<string, number>();
  for (const a of ARTICLES) {
    const g = generatePage({ chars: a.chars, termEvery: a.termEvery });
    planted.set(a.key, g.planted);
    server.route(`/bench/page-${a.key}.html`, { body: g.html });
  }
  for (let round = 0; round < Number(process.env.ROUNDS ?? 1); round++) {
    for (const dist of dists) {
      const session = await launchWithExtension({ port: server.port, dist, viewport: { width: 1280, height: 900 }, extraArgs: [`--unsafely-treat-insecure-origin-as-secure=http://${NEWS},http://${PLAIN}`] });
      try {
        for (const a of ARTICLES.filter((x) => only.includes(x.key))) {
          const r = await benchArticle(session.context, a, planted.get(a.key) ?? 0, () => {});
          const f = (xs: number[]): string => {
            const s = summarize(xs);
            return s ? `${s.median.toFixed(1)} [${s.min.toFixed(1)}–${s.max.toFixed(1)}]` : 'n/a';
          };
          console.log(`${dist.padEnd(24)} ${a.key.padEnd(10)} added: wall ${f(r.addedMs)}, CPU ${f(r.addedCpuMs)} | eval ${f(r.evalMs)} | first ${f(r.firstVisibleMs)} | painted ${f(r.totalMs)}`);
        }
      } finally {
        await session.close();
      }
    }
  }
  await server.close();
}
void main();
