/**
 * Which links may reach readers: absolute http(s) URLs, written out in full. The URL parser alone
 * accepts `https:example.org` (it supplies the missing slashes for special schemes), but such a value
 * is a typo, and other tools that read our data would not repair it the same way.
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^/\\]/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
