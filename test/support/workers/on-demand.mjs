// A worker for the worker pool's spec: does what each task asks, crashes included.
import { threadId } from 'node:worker_threads';

const busy = (ms) => {
  const end = Date.now() + ms;
  while (Date.now() < end);
};

export default async function onDemand({ action, ms = 0 }) {
  switch (action) {
    case 'ok':
      busy(ms);
      return { threadId };
    case 'reject':
      throw new Error('refused by the task');
    case 'throw':
      // Like pdfkit failing in a zlib callback: an uncaught exception outside the task's promise.
      setTimeout(() => {
        throw new Error('uncaught in a callback');
      });
      return new Promise(() => undefined);
    case 'exit':
      process.exit(3);
      break;
    case 'oom': {
      const hoard = [];
      for (;;) hoard.push(new Array(100_000).fill({ threadId }));
    }
    case 'hang':
      for (;;);
  }
  throw new Error(`unknown action ${action}`);
}
