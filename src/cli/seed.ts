import { LibrarySeeder } from '../seeding/library-seeder.js';
import { runCli } from './run-cli.js';

await runCli(async ({ app }) => {
  const report = await app.get(LibrarySeeder).seed();
  console.log(
    `Seed library loaded: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged.`,
  );
});
