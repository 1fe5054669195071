import { LibraryExporter } from '../library-io/library-exporter.service.js';
import { runCli } from './run-cli.js';

// npm run export -- <folder>   (default ./export); load it back with npm run seed -- <folder>
const dir = process.argv[2] ?? 'export';

await runCli(async ({ app }) => {
  const report = await app.get(LibraryExporter).exportTo(dir);
  console.log(
    `Exported ${report.exercises} exercises, ${report.progressions} progressions and ${report.media} media to ${dir}/`,
  );
});
