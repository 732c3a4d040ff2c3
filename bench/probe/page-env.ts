/** The bench probes' view of the page: User Timing marks, the clock, frames. */
import { afterNextRender } from '../../src/content/shared/yield';
import type { PerfEnv } from './perf-marks';

export const pageEnv: PerfEnv = {
  mark(name, detail, startTime) {
    try {
      const opts: PerformanceMarkOptions = {};
      if (detail !== undefined) opts.detail = detail;
      if (startTime !== undefined) opts.startTime = startTime;
      performance.mark(name, opts);
    } catch {
      // A page that replaced performance.mark must not break the bench.
    }
  },
  now: () => performance.now(),
  afterNextFrame(cb) {
    void afterNextRender(window).then(cb);
  },
  viewportHeight: () => window.innerHeight,
};
