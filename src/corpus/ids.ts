/** Ids made from names: what a rename hint proposes and `npm run new` names new files by. */

/** Lower-case words joined by hyphens, letters with accents written without them ("ünïcode" -> "unicode"). */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `id`, or `id-2`, `id-3` … : the first that no file has (`taken` holds lower-case ids). */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  let free = id;
  for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
  return free;
}
