import { RequestContext } from '../common/context/request-context.js';
import { FreeExerciseDbImporter } from '../library-io/free-exercise-db-importer.service.js';
import { runCli } from './run-cli.js';

// npm run import:free-exercise-db -- <path to exercises.json>
const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run import:free-exercise-db -- <path to exercises.json>');
  process.exit(2);
}

await runCli(async ({ app }) => {
  const report = await app
    .get(FreeExerciseDbImporter)
    .importFile(RequestContext.system(), file, (done, total) => {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`,
      );
    });
  process.stderr.write('\n');
  console.log(
    `Imported ${report.total} records in ${report.seconds} s: ${report.created} created, ` +
      `${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped.length} skipped, ` +
      `${report.images} pictures attached.`,
  );
  for (const { id, reason } of report.skipped) console.log(`  skipped ${id}: ${reason}`);
});
