import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCaBundle } from '../../src/engine/ca-bundle.js';

// Fixed certificates (test/fixtures/certs/generate.sh) and a chosen "now": nothing here ages.
const certs = new URL('../fixtures/certs/', import.meta.url);
const VALID = readFileSync(new URL('valid-2025-2035.pem', certs), 'utf8'); // 2025-01-01 .. 2035-01-01
const EXPIRED = readFileSync(new URL('expired-2023-2024.pem', certs), 'utf8'); // 2023-01-01 .. 2024-01-01
const SHORT = readFileSync(new URL('short-lived-2026-2027.pem', certs), 'utf8'); // 2026-01-01 .. 2027-01-01

const NOW = new Date('2026-06-01T00:00:00Z');

function lineOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  return text.slice(0, index).split('\n').length;
}

describe('checkCaBundle', () => {
  it('accepts a valid certificate', () => {
    expect(checkCaBundle(VALID, NOW)).toEqual({
      ok: true,
      notAfter: new Date('2035-01-01T00:00:00Z'),
      subject: 'CN=imagevector-lint test CA, O=imagevector-lint tests',
      count: 1,
      expiresSoon: false,
    });
  });

  it('reports the certificate that expires first in a bundle, with comments around', () => {
    const bundle = `# corporate proxy CA\n${VALID}\n# short-lived\n${SHORT}`;
    const result = checkCaBundle(bundle, NOW);
    expect(result).toMatchObject({ ok: true, count: 2, notAfter: new Date('2027-01-01T00:00:00Z'), expiresSoon: false });
    expect(result.ok && result.subject).toBe('CN=imagevector-lint short-lived CA, O=imagevector-lint tests');
  });

  it('warns when the certificate expires within 30 days', () => {
    expect(checkCaBundle(VALID, new Date('2034-12-22T00:00:00Z'))).toMatchObject({ ok: true, expiresSoon: true });
    expect(checkCaBundle(VALID, new Date('2034-12-01T00:00:00Z'))).toMatchObject({ ok: true, expiresSoon: false });
  });

  it('rejects an expired certificate with its date', () => {
    const result = checkCaBundle(EXPIRED, NOW);
    expect(result).toEqual({
      ok: false,
      line: 1,
      reason: "certificate 'CN=imagevector-lint expired CA, O=imagevector-lint tests' expired on 2024-01-01; renew it or remove it from the bundle",
    });
  });

  it('uses "now": the same certificate is fine before its expiry', () => {
    expect(checkCaBundle(EXPIRED, new Date('2023-06-01T00:00:00Z'))).toMatchObject({ ok: true, expiresSoon: false });
  });

  it('reports the line of the first bad certificate in a bundle', () => {
    const bundle = `${VALID}\n${EXPIRED}`;
    const result = checkCaBundle(bundle, NOW);
    expect(result).toMatchObject({ ok: false, line: lineOf(bundle, '-----BEGIN', VALID.length) });
    expect(result.ok ? 0 : result.line).toBe(VALID.split('\n').length + 1);
  });

  it('handles CRLF line endings', () => {
    expect(checkCaBundle(VALID.replace(/\n/g, '\r\n'), NOW)).toMatchObject({ ok: true, count: 1 });
  });

  it.each<[string, string, number, RegExp]>([
    ['empty', '', 1, /empty/],
    ['whitespace', '  \n\n', 1, /empty/],
    ['garbage', 'hello\nworld\n', 1, /no PEM certificate/],
    ['garbage after blank lines', '\n\nnot a certificate', 3, /no PEM certificate/],
    ['a private key', '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n', 1, /private key .* leaked/],
    ['another block type', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n', 1, /'PUBLIC KEY' block; it may only contain CERTIFICATE/],
    ['END without BEGIN', 'x\n-----END CERTIFICATE-----\n', 2, /no matching/],
    ['mismatched END', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END PUBLIC KEY-----\n', 3, /does not close/],
  ])('rejects %s', (_name, pem, line, reason) => {
    const result = checkCaBundle(pem, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.reason).toMatch(reason);
  });

  it('rejects a truncated certificate at its BEGIN line', () => {
    const lines = VALID.trimEnd().split('\n');
    const cut = ['# header', ...lines.slice(0, 4)].join('\n');
    expect(checkCaBundle(cut, NOW)).toMatchObject({ ok: false, line: 2, reason: expect.stringMatching(/never closed/) });
  });

  it('rejects a certificate whose base64 was damaged', () => {
    const lines = VALID.trimEnd().split('\n');
    lines[3] = `${(lines[3] ?? '').slice(0, 10)}!${(lines[3] ?? '').slice(11)}`;
    expect(checkCaBundle(lines.join('\n'), NOW)).toMatchObject({ ok: false, line: 4, reason: expect.stringMatching(/base64/) });
  });

  it('rejects base64 that is not an X.509 certificate', () => {
    const pem = '-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----\n';
    expect(checkCaBundle(pem, NOW)).toMatchObject({ ok: false, line: 1, reason: expect.stringMatching(/not hold a valid X\.509 certificate/) });
  });

  it('rejects a certificate with lines dropped from the middle', () => {
    const lines = VALID.trimEnd().split('\n');
    const damaged = [...lines.slice(0, 3), ...lines.slice(5)].join('\n');
    expect(checkCaBundle(damaged, NOW)).toMatchObject({ ok: false, line: 1 });
  });

  it('a second BEGIN before END is reported at the open block', () => {
    const pem = `-----BEGIN CERTIFICATE-----\nAAAA\n${VALID}`;
    expect(checkCaBundle(pem, NOW)).toMatchObject({ ok: false, line: 1, reason: expect.stringMatching(/not closed before the next BEGIN line \(line 3\)/) });
  });
});
