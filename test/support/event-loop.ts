import { readFileSync } from 'node:fs';

export interface EventLoopWatch {
  /** Longest time between two ticks, whatever held the loop up (work here, or the CPU elsewhere). */
  longestGapMs: number;
  /** Longest time between two ticks that this thread spent running: work that blocked the loop. */
  longestBusyGapMs: number;
}

/** CPU time of this process's main thread, in ms (Linux: /proc, in 10 ms clock ticks). */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * Watches the event loop with a 10 ms timer. On a machine whose CPU is shared, a late tick may
 * only mean that this thread was not scheduled; a tick late because this thread was busy is a
 * block. So each gap is measured twice: by the clock, and by this thread's own CPU time. Where
 * /proc is not there, the busy gap falls back to the clock.
 */
export function watchEventLoop(): { stop(): EventLoopWatch } {
  const result: EventLoopWatch = { longestGapMs: 0, longestBusyGapMs: 0 };
  let lastAt = performance.now();
  let lastCpu = mainThreadCpuMs();
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = mainThreadCpuMs();
    const gap = now - lastAt;
    result.longestGapMs = Math.max(result.longestGapMs, gap);
    const busy = cpu !== null && lastCpu !== null ? cpu - lastCpu : gap;
    result.longestBusyGapMs = Math.max(result.longestBusyGapMs, Math.min(busy, gap + 10));
    lastAt = now;
    lastCpu = cpu;
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      return result;
    },
  };
}
