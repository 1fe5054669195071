import { homePage } from './home-page.js';

describe('homePage', () => {
  it('points to the IDE, the README, the endpoint and health, all on this service', () => {
    const html = homePage({ clinicName: 'Stride', tools: true });
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(links).toEqual(['/graphiql', '/graphql', '/README.md', '/health', '/health/ready']);
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('says the IDE is off rather than linking to it, and escapes the clinic name', () => {
    const html = homePage({ clinicName: '<Stride & Co>', tools: false });
    expect(html).not.toContain('href="/graphiql"');
    expect(html).not.toContain('README');
    expect(html).toContain('GRAPHQL_LANDING_PAGE');
    expect(html).toContain('&lt;Stride &amp; Co&gt;');
  });
});
