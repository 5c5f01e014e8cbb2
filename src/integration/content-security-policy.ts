/**
 * A Content-Security-Policy on every built page, as a `<meta http-equiv>` tag (a static host such as GitHub
 * Pages sets no headers). Scripts and styles run only from this site, or inline when the build itself wrote them:
 * each inline `<script>`, `<style>` and `style` attribute a page carries is hashed after the build, whatever
 * component emitted it, so a component may change its inline code without anyone updating a list of hashes.
 * Anything a page did not carry when it was built (markup that slipped into a page some other way, a script a
 * browser extension or an attacker adds later) finds no hash and does not run.
 *
 * Pagefind compiles its WebAssembly search index in the page: `'wasm-unsafe-eval'` allows that and nothing else.
 * `frame-ancestors` cannot be set from a meta tag; it needs a header.
 * @see https://www.w3.org/TR/CSP3/#meta-element
 * @see https://pagefind.app/docs/hosting/#content-security-policy-csp
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** An attribute value as the browser hashes it: after character references are decoded. */
function attributeValue(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

const unique = (values: Iterable<string>) => [...new Set(values)].sort();

/** The policy for one page: its own inline scripts, styles and style attributes by hash, everything else from here. */
export function pagePolicy(html: string): string {
  const scripts = unique(
    [...html.matchAll(SCRIPT)]
      .filter(([, attributes]) => !/\ssrc=/i.test(attributes ?? ''))
      .map(([, , body]) => hash(body ?? '')),
  );
  const styles = unique([...html.matchAll(STYLE)].map(([, body]) => hash(body ?? '')));
  const attributes = unique([...html.matchAll(STYLE_ATTRIBUTE)].map(([, value]) => hash(attributeValue(value ?? ''))));
  return [
    "default-src 'self'",
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scripts].join(' '),
    ['style-src-elem', "'self'", ...styles].join(' '),
    ['style-src-attr', ...(attributes.length > 0 ? ["'unsafe-hashes'", ...attributes] : ["'none'"])].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export const CSP_META = 'http-equiv="Content-Security-Policy"';

/** The page with its policy as the first element of `<head>`: a meta policy covers only what comes after it. */
export function withPolicy(html: string): string {
  if (html.includes(CSP_META)) return html;
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) return html;
  const at = head.index + head[0].length;
  const meta = `<meta ${CSP_META} content="${pagePolicy(html)}">`;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

/** Every HTML page of the built site, the extension's own pages aside (their policy is in its manifest). */
export async function addPolicies(outDir: string): Promise<number> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const pages = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(outDir, file).startsWith(`extension${path.sep}`));
  let written = 0;
  for (const file of pages) {
    const html = await readFile(file, 'utf8');
    const next = withPolicy(html);
    if (next === html) continue;
    await writeFile(file, next);
    written += 1;
  }
  return written;
}
