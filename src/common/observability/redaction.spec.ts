import { Writable } from 'node:stream';
import { pino } from 'pino';
import { REDACTION, safeUrl } from './redaction.js';

/** The JSON lines a pino logger with our redaction writes. */
function logged(write: (logger: pino.Logger) => void): string {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  write(pino({ redact: REDACTION }, sink));
  return lines.join('');
}

describe('log redaction', () => {
  it('hides secrets and patient names at the top of a line and in its inputs and headers', () => {
    const out = logged((logger) => {
      logger.info({ password: 'pw-1', patientName: 'Pat One' }, 'top');
      logger.info({ input: { newPassword: 'pw-2', refreshToken: 'rt-1', patientName: 'Pat Two' } });
      logger.info({ headers: { authorization: 'Bearer ey.1', cookie: 'c=1', 'x-api-key': 'k-1' } });
      logger.info({ request: { variables: { patientName: 'Pat Three' }, query: 'mutation' } });
      logger.info({ req: { headers: { authorization: 'Bearer ey.2' } } });
      logger.child({ token: 'prs_reset' }).warn('child bindings too');
    });
    for (const secret of [
      'pw-1',
      'pw-2',
      'rt-1',
      'Pat',
      'ey.1',
      'ey.2',
      'c=1',
      'k-1',
      'prs_reset',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('"password":"[Redacted]"');
    expect(out).toContain('"x-api-key":"[Redacted]"');
  });

  it('keeps a URL without its query values or a share link token', () => {
    const out = logged((logger) =>
      logger.info({
        url: '/handouts/5e0c/pdf?expires=1&account=a&signature=deadbeef',
        request: { url: '/h/tok_secret123/pdf' },
      }),
    );
    expect(out).toContain('"url":"/handouts/5e0c/pdf?expires&account&signature"');
    expect(out).toContain('"url":"/h/[Redacted]/pdf"');
    expect(out).not.toMatch(/deadbeef|tok_secret123/);
  });
});

describe('safeUrl', () => {
  it('drops every query value and bounds the length', () => {
    expect(safeUrl('/graphql?query={a}&variables={"n":"Jo"}&query=again')).toBe(
      '/graphql?query&variables',
    );
    expect(safeUrl('/h/abc')).toBe('/h/[Redacted]');
    expect(safeUrl('/health')).toBe('/health');
    expect(safeUrl(`/${'x'.repeat(500)}`)).toHaveLength(200);
    expect(safeUrl('/x?=v&%00=1&good=2')).toBe('/x?good');
  });
});
