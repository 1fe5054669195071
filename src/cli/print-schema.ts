import { writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchemaFile, SCHEMA_FILE } from '../common/schema-file.js';
import { runCli } from './run-cli.js';

// The schema is built from the code; a throw-away embedded database lets the app start anywhere.
await runCli(
  async ({ app }) => {
    writeFileSync(SCHEMA_FILE, printSchemaFile(app.get(GraphQLSchemaHost).schema));
    console.log(`Wrote ${SCHEMA_FILE}`);
  },
  { ...process.env, DATABASE_URL: '', DATA_DIR: 'memory://', NODE_ENV: 'test' },
);
