// `npm run start:dev`: the service in Nest's watch mode and the console under Vite's dev server
// with hot reload, in one terminal. Vite proxies /graphql, /media, /handouts and /h to the service
// (console/vite.config.ts), so the console at http://localhost:5173/console/ talks to it
// same-origin, as in production. Either child ending ends both; Ctrl-C ends both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const children = [
  ['service', 'npx', ['nest', 'start', '--watch']],
  ['console', 'npx', ['vite', '--config', 'console/vite.config.ts', 'console']],
].map(([name, command, args]) => {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n'))
        if (line) process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  child.on('exit', (code) => {
    console.log(`[${name}] exited with ${code}`);
    stop(code ?? 1);
  });
  return child;
});

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
