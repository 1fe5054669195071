import { escapeHtml } from '../handouts/rendering/html-escape.js';

export interface HomePageOptions {
  /** The clinic's name, from CLINIC_NAME. */
  clinicName: string;
  /** The IDE and the README are served (GRAPHQL_LANDING_PAGE, on except in production). */
  tools: boolean;
}

/**
 * What a browser sees at `/`: where the GraphQL endpoint, the IDE, the README and the health
 * checks are. Plain HTML with no script and nothing from another site.
 */
export function homePage({ clinicName, tools }: HomePageOptions): string {
  const ide = tools
    ? `<li><a href="/graphiql">GraphiQL</a>: write and run queries against this service, with the schema's documentation (works offline)</li>`
    : `<li>The GraphQL IDE is off here (<code>GRAPHQL_LANDING_PAGE</code>, off when <code>NODE_ENV=production</code>)</li>`;
  const readme = tools
    ? `<li><a href="/README.md">README.md</a>: how to run, configure and use the service</li>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Runner exercise library · ${escapeHtml(clinicName)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2933;line-height:1.5}h1{font-size:1.5rem}code{background:#f1f3f5;padding:0 .2em;border-radius:3px}</style>
</head><body>
<h1>Runner exercise library</h1>
<p>${escapeHtml(clinicName)}'s exercise library, as a GraphQL service.</p>
<ul>
${ide}
<li><a href="/graphql">/graphql</a>: the GraphQL endpoint (<code>POST</code> JSON, or <code>GET ?query=</code> with the header <code>apollo-require-preflight: true</code>)</li>
${readme}
<li><a href="/health">/health</a> (liveness) and <a href="/health/ready">/health/ready</a> (readiness, with a database check)</li>
</ul>
</body></html>
`;
}
