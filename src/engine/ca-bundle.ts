import type { X509Certificate } from 'node:crypto';
import nodeModule from 'node:module';

// node:crypto is loaded only when a vector has a CA bundle: most runs never
// parse a certificate, and loading the module is a noticeable part of a start.
// (nodeModule.createRequire, not a named import: the bundler would rewrite that call away.)
let crypto: typeof import('node:crypto') | undefined;
const nodeCrypto = () => (crypto ??= nodeModule.createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));

// `caBundle.inline` of an image vector: PEM certificates Gardener hands to the
// containerd registry configuration. Gardener rejects a bundle that is not PEM
// or holds an expired certificate; the linter also warns a month ahead.
//
// Like Go's pem.Decode, text outside of PEM blocks (comments, blank lines) is
// skipped; every block must be a CERTIFICATE that parses as X.509.

export type CaBundleCheck =
  | {
      ok: true;
      /** The earliest expiry in the bundle. */
      notAfter: Date;
      /** Subject of the certificate that expires first, e.g. `CN=My CA, O=Example`. */
      subject: string;
      /** Number of certificates. */
      count: number;
      /** The earliest expiry is less than {@link EXPIRES_SOON_DAYS} days after `now`. */
      expiresSoon: boolean;
    }
  | { ok: false; reason: string; /** 1-based line within the PEM text. */ line: number };

export const EXPIRES_SOON_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;
const BEGIN = /^-----BEGIN ([^-]*)-----\s*$/;
const END = /^-----END ([^-]*)-----\s*$/;
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;

/** `2024-01-01`, in UTC. */
function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function notAfterOf(cert: X509Certificate): Date {
  // `validToDate` exists from Node 22.10 on; Node 20 only has the OpenSSL text form
  // ("Jan  1 00:00:00 2035 GMT"), which Date.parse reads.
  const native = (cert as X509Certificate & { validToDate?: unknown }).validToDate;
  return native instanceof Date ? native : new Date(Date.parse(cert.validTo));
}

/** One line per RDN in Node's text; `CN=a, O=b` reads better in a message. */
function subjectOf(cert: X509Certificate): string {
  return cert.subject.split('\n').filter((part) => part.length > 0).join(', ');
}

function printable(text: string, max = 60): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length <= max ? clean : `${clean.slice(0, max)}…`;
}

interface Block {
  label: string;
  beginLine: number;
  body: string[];
  bodyFirstLine: number;
}

export function checkCaBundle(pem: string, now: Date): CaBundleCheck {
  const lines = pem.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let open: Block | undefined;
  let firstText = 0;

  for (let index = 0; index < lines.length; index++) {
    const lineNo = index + 1;
    const line = (lines[index] ?? '').trim();
    if (open === undefined) {
      const begin = BEGIN.exec(line);
      if (begin) {
        open = { label: begin[1] ?? '', beginLine: lineNo, body: [], bodyFirstLine: lineNo + 1 };
        continue;
      }
      if (END.test(line)) {
        return { ok: false, line: lineNo, reason: `'${printable(line)}' has no matching '-----BEGIN …-----' line above it` };
      }
      if (line.length > 0 && firstText === 0) firstText = lineNo;
      continue;
    }
    const end = END.exec(line);
    if (end) {
      if ((end[1] ?? '') !== open.label) {
        return {
          ok: false,
          line: lineNo,
          reason: `'-----END ${printable(end[1] ?? '')}-----' does not close '-----BEGIN ${printable(open.label)}-----' (line ${open.beginLine})`,
        };
      }
      blocks.push(open);
      open = undefined;
      continue;
    }
    if (BEGIN.test(line)) {
      return {
        ok: false,
        line: open.beginLine,
        reason: `'-----BEGIN ${printable(open.label)}-----' is not closed before the next BEGIN line (line ${lineNo}); add '-----END ${printable(open.label)}-----'`,
      };
    }
    open.body.push(line);
  }
  if (open !== undefined) {
    return {
      ok: false,
      line: open.beginLine,
      reason: `'-----BEGIN ${printable(open.label)}-----' is never closed; the PEM block is cut off — add the rest of the certificate and '-----END ${printable(open.label)}-----'`,
    };
  }
  if (blocks.length === 0) {
    return {
      ok: false,
      line: firstText === 0 ? 1 : firstText,
      reason: pem.trim().length === 0
        ? "the CA bundle is empty; add PEM certificates ('-----BEGIN CERTIFICATE-----' …) or remove caBundle"
        : "the CA bundle holds no PEM certificate; expected one or more '-----BEGIN CERTIFICATE-----' … '-----END CERTIFICATE-----' blocks",
    };
  }

  let earliest: { notAfter: Date; subject: string } | undefined;
  for (const block of blocks) {
    if (block.label !== 'CERTIFICATE') {
      const isKey = /PRIVATE KEY/.test(block.label);
      return {
        ok: false,
        line: block.beginLine,
        reason: isKey
          ? `the CA bundle contains a '${printable(block.label)}' block; remove it — a CA bundle holds only public certificates, and a private key committed here must be considered leaked and rotated`
          : `the CA bundle contains a '${printable(block.label)}' block; it may only contain CERTIFICATE blocks`,
      };
    }
    for (let k = 0; k < block.body.length; k++) {
      const bodyLine = block.body[k] ?? '';
      if (!BASE64_LINE.test(bodyLine)) {
        return {
          ok: false,
          line: block.bodyFirstLine + k,
          reason: bodyLine.includes(':')
            ? 'PEM headers are not allowed in a certificate block; remove them'
            : `the certificate is not valid base64 ('${printable(bodyLine, 30)}'); paste the certificate again unchanged`,
        };
      }
    }
    const der = Buffer.from(block.body.join(''), 'base64');
    let cert: X509Certificate;
    try {
      cert = new (nodeCrypto().X509Certificate)(der);
    } catch (error) {
      const detail = error instanceof Error ? `: ${printable(error.message, 120)}` : '';
      return {
        ok: false,
        line: block.beginLine,
        reason: `the certificate block does not hold a valid X.509 certificate${detail}; paste the certificate again unchanged`,
      };
    }
    const notAfter = notAfterOf(cert);
    const subject = subjectOf(cert);
    if (Number.isNaN(notAfter.getTime())) {
      return { ok: false, line: block.beginLine, reason: `cannot read the expiry date of certificate '${printable(subject)}'` };
    }
    if (notAfter.getTime() < now.getTime()) {
      return {
        ok: false,
        line: block.beginLine,
        reason: `certificate '${printable(subject)}' expired on ${day(notAfter)}; renew it or remove it from the bundle`,
      };
    }
    if (earliest === undefined || notAfter.getTime() < earliest.notAfter.getTime()) earliest = { notAfter, subject };
  }
  // blocks is non-empty and every block either returned or set `earliest`.
  const first = earliest as { notAfter: Date; subject: string };
  return {
    ok: true,
    notAfter: first.notAfter,
    subject: first.subject,
    count: blocks.length,
    expiresSoon: first.notAfter.getTime() - now.getTime() < EXPIRES_SOON_DAYS * DAY_MS,
  };
}
