// The entry of a worker thread whose module is TypeScript, which only happens when the sources
// run directly (jest): registers swc's ESM loader in this thread, then hands piscina the
// module's default export. The compiled app (dist/) never comes here: its workers load plain .js.
import { register } from 'node:module';
import { workerData } from 'node:worker_threads';

register('@swc-node/register/esm', import.meta.url);
const entry = await import(workerData.tsEntry);

export default entry.default;
