import { LibrarySeeder } from '../library-io/library-seeder.service.js';
import { runCli } from './run-cli.js';

// npm run seed [-- <folder in the seeds/ layout, e.g. one written by npm run export>]
const dir = process.argv[2];

await runCli(async ({ app }) => {
  const report = await app.get(LibrarySeeder).seed(dir);
  const { progressions: p } = report;
  console.log(
    `Seed library loaded. Exercises: ${report.created} created, ${report.updated} updated, ` +
      `${report.unchanged} unchanged. Progressions: ${p.created} created, ${p.updated} updated, ` +
      `${p.unchanged} unchanged.`,
  );
});
