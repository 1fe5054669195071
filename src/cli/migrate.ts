import { DataSource } from 'typeorm';
import { runCli } from './run-cli.js';

// Starting the app applies every pending migration; this reports where the schema stands.
await runCli(async ({ app }) => {
  const rows: { name: string }[] = await app
    .get(DataSource)
    .query('SELECT name FROM migrations ORDER BY id');
  console.log(
    `Schema up to date: ${rows.length} migrations applied (latest ${rows.at(-1)?.name}).`,
  );
});
