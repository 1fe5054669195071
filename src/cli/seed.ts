import { LibrarySeeder } from '../seeding/library-seeder.js';
import { runCli } from './run-cli.js';

await runCli(async ({ app }) => {
  const report = await app.get(LibrarySeeder).seed();
  const { progressions: p } = report;
  console.log(
    `Seed library loaded. Exercises: ${report.created} created, ${report.updated} updated, ` +
      `${report.unchanged} unchanged. Progressions: ${p.created} created, ${p.updated} updated, ` +
      `${p.unchanged} unchanged.`,
  );
});
