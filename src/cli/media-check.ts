import { MediaChecker } from '../media/media-check.js';
import { runCli } from './run-cli.js';

// npm run media:check [-- --dry-run]
// Decodes every stored image as uploads are now decoded; marks the damaged ones, so they are no
// longer served and handouts leave them out. Bytes are never changed. Exit code 2 when any image
// is damaged or missing, for scripts.
const dryRun = process.argv.includes('--dry-run');

await runCli(async ({ app }) => {
  const report = await app.get(MediaChecker).run({ dryRun });
  for (const { key, problem } of report.damaged) console.log(`damaged  ${key}  ${problem}`);
  for (const key of report.missing) console.log(`missing  ${key}`);
  for (const key of report.withMetadata)
    console.log(`metadata ${key}  (still carries EXIF/XMP/ICC)`);
  console.log(
    `Checked ${report.checked} stored images: ${report.damaged.length} damaged, ` +
      `${report.missing.length} missing, ${report.withMetadata.length} with metadata; ` +
      (dryRun ? 'nothing marked (--dry-run).' : `${report.rowsMarked} media rows (un)marked.`),
  );
  if (report.damaged.length || report.missing.length) process.exitCode = 2;
});
