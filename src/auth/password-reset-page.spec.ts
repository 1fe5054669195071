import { resetPageCsp, resetPasswordPage, resetPasswordUrl } from './password-reset-page.js';

describe('the password reset page', () => {
  it('puts the token in the fragment of the link, which browsers never send', () => {
    const url = new URL(resetPasswordUrl('https://clinic.example/library', 'prs_abc-DEF_123'));
    expect(url.pathname).toBe('/library/reset-password');
    expect(url.search).toBe('');
    expect(url.hash).toBe('#token=prs_abc-DEF_123');
  });

  it('runs only its own style and script, by the nonce its CSP names', () => {
    const nonce = 'bm9uY2Utb2YtdGhpcy1wYWdl';
    const html = resetPasswordPage({ clinicName: 'Stride', nonce });
    const csp = resetPageCsp(nonce);
    expect(csp).toContain(`script-src 'nonce-${nonce}'`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    const tags = html.match(/<(script|style)\b[^>]*>/g) ?? [];
    expect(tags).toEqual([`<style nonce="${nonce}">`, `<script nonce="${nonce}">`]);
    expect(html).not.toMatch(/\son[a-z]+=|javascript:|https?:\/\//);
  });

  it('escapes the clinic name and labels every field', () => {
    const html = resetPasswordPage({ clinicName: '<b>Stride</b> & "Co"', nonce: 'n' });
    expect(html).toContain('Set a new password · &lt;b&gt;Stride&lt;/b&gt; &amp; &quot;Co&quot;');
    expect(html).not.toContain('<b>Stride');
    for (const id of ['password', 'confirm', 'show']) {
      expect(html).toMatch(new RegExp(`<label for="${id}"|<label[^>]*><input id="${id}"`));
    }
  });
});
