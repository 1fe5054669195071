// The floor: node:http + a pg Pool, one endpoint per workload, each answered by ONE SQL statement
// that builds the whole response (the same JSON as the GraphQL response) with json_build_object
// and json_agg. Node only passes the text through, so this is about as fast as the database allows.
//
//   DATABASE_URL=... PORT=... node bench/peers/raw-sql.mjs
// POST /list {planes, stance} | /detail {slug} | /search {query, first}; GET /health
import { createServer } from 'node:http';
import pg from 'pg';
import { searchStatement } from '../search-sql.mjs';

const EXERCISE_TAGS = `json_build_object('id', e.id, 'slug', e.slug, 'name', e.name,
  'planes', e.planes, 'stance', e.stance, 'equipment', e.equipment, 'focus', e.focus,
  'regions', e.regions, 'difficulty', e.difficulty)`;

/** The same filter and order as the service's `exercises`; anonymous callers see PUBLISHED only. */
const LIST = `
  SELECT json_build_object('data', json_build_object('exercises', json_build_object('nodes',
    coalesce(json_agg(${EXERCISE_TAGS} ORDER BY e.name, e.id), '[]'))))::text AS body
  FROM (
    SELECT * FROM exercise
    WHERE planes && $1::plane[] AND stance = ANY ($2::stance[]) AND status = 'PUBLISHED'
    ORDER BY name, id LIMIT 50
  ) e`;

/** Edges in the service's order (position, creation time), hiding unpublished other ends. */
const edges = (self, other, end) => `
  (SELECT coalesce(json_agg(json_build_object('criterion', p.criterion, 'changes', p.changes,
     '${end}', json_build_object('id', x.id, 'slug', x.slug, 'name', x.name))
     ORDER BY p.position, p.created_at), '[]')
   FROM progression p JOIN exercise x ON x.id = p.${other}
   WHERE p.${self} = e.id AND p.kind = 'PROGRESSION' AND x.status = 'PUBLISHED')`;

const DETAIL = `
  SELECT json_build_object('data', json_build_object('exercise', json_build_object(
    'id', e.id, 'slug', e.slug, 'name', e.name, 'summary', e.summary, 'steps', e.steps,
    'cues', e.cues, 'planes', e.planes, 'stance', e.stance,
    'tempo', json_build_object('notation', e.tempo_notation, 'intent', e.tempo_intent),
    'progressions', ${edges('from_id', 'to_id', 'to')},
    'regressions', ${edges('to_id', 'from_id', 'from')})))::text AS body
  FROM exercise e WHERE e.slug = $1 AND e.status = 'PUBLISHED'`;

/** The service's search: its tiered ranking (../search-sql.mjs), then the rows' columns. */
const SEARCH = (ranked) => `
  SELECT json_build_object('data', json_build_object('searchExercises', json_build_object('nodes',
    coalesce(json_agg(json_build_object('id', e.id, 'slug', e.slug, 'name', e.name)
      ORDER BY r.tier, length(e.name), e.name, e.id), '[]'))))::text AS body
  FROM (${ranked}) r JOIN exercise e ON e.id = r.id`;
const NOTHING = `SELECT '{"data":{"searchExercises":{"nodes":[]}}}' AS body`;

// Unnamed statements, planned for their actual values each time, as the service's TypeORM sends
// them; so ours/raw measures the framework, not a different plan. (PostGraphile prepares its
// statements, and PostgreSQL may then pick a generic plan: see README.md.)
const ROUTES = {
  '/list': (v) => ({ text: LIST, values: [v.planes, v.stance] }),
  '/detail': (v) => ({ text: DETAIL, values: [v.slug] }),
  '/search': (v) => searchStatement(v.query, v.first ?? 20, SEARCH) ?? { text: NOTHING },
};

// Same pool size as the service's DB_POOL_SIZE default.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const server = createServer(async (req, res) => {
  const reply = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  };
  try {
    if (req.url === '/health') return reply(200, '{"status":"ok"}');
    const route = ROUTES[req.url];
    if (!route || req.method !== 'POST') return reply(404, '{"error":"not found"}');
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const { rows } = await pool.query(route(JSON.parse(Buffer.concat(chunks).toString() || '{}')));
    if (!rows.length) return reply(404, '{"errors":[{"message":"not found"}]}');
    reply(200, rows[0].body);
  } catch (error) {
    console.error(error);
    reply(500, '{"errors":[{"message":"internal error"}]}');
  }
});

server.listen(Number(process.env.PORT ?? 4001), '127.0.0.1', () =>
  console.log(`raw-sql listening on ${process.env.PORT ?? 4001}`),
);
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
