// PostGraphile 5 over the same database, served by grafserv on node:http, as its docs show
// (https://postgraphile.org/postgraphile/5/usage-library/).
//
//   DATABASE_URL=... PORT=... node bench/peers/postgraphile.mjs
//
// LIST uses postgraphile-plugin-connection-filter (`overlaps` on the planes array, `in` on stance),
// the idiomatic generic filter. SEARCH is a custom SQL function, bench.search_exercises(query),
// which PostGraphile exposes as `benchSearchExercises` (created by the runner in the bench
// database only, see ../search-sql.mjs). DETAIL uses the generated `exerciseBySlug` and relations.
import './node20.mjs';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';
import { pgSmartTags } from 'postgraphile/utils';

/**
 * Only the two tables the workloads read. The service keeps adding tables (accounts, media,
 * revisions...) whose generated names can clash (PostGraphile then drops parts of the schema with
 * a "recoverable error"); hiding them, a smart tag set here rather than in the database, keeps
 * the peer stable.
 */
const ONLY_WORKLOAD_TABLES = pgSmartTags({
  kind: 'class',
  match: (table) => !['exercise', 'progression'].includes(table.relname),
  tags: { behavior: '-*' },
});

const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  plugins: [ONLY_WORKLOAD_TABLES],
  // Without this, columns that have no index (stance, kind, position) cannot be filtered or
  // ordered on; the service filters on them too, so allow it.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public', 'bench'],
      poolConfig: { max: 10 }, // the service's DB_POOL_SIZE default
    }),
  ],
  // Relation filters, so DETAIL can hide edges to unpublished exercises as the service does.
  schema: { connectionFilterRelations: true },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  serv.addTo(server).catch((error) => {
    console.error(error);
    process.exit(1);
  });
  // Build the schema before saying we listen, so warm-up does not measure introspection.
  await pgl.getSchema();
  server.listen(Number(process.env.PORT ?? 4002), '127.0.0.1', () =>
    console.log(`postgraphile listening on ${process.env.PORT ?? 4002}`),
  );
  process.on('SIGTERM', async () => {
    server.close();
    await pgl.release();
    process.exit(0);
  });
}
