/**
 * Reading an annotated article: a claim's note opens where the reader is looking, one at a time, as on
 * Genius. Notes stacked down the margin drift far from their claims (30 claims share about 1,200 px of
 * text), so at rest they are hidden; activating a claim (its words, its marker, Enter on the marker, or a
 * link to it) opens its note level with the claim on wide screens and right after its paragraph on narrow
 * ones. Escape or "Back to the text" closes it and returns to the claim. Without this script every note
 * stays in the page under (or beside) its paragraph, reached through the markers.
 */
const root = document.querySelector<HTMLElement>('.article-text');
const wide = window.matchMedia('(min-width: 64rem)');
/** Space kept between an open note and the window's edges. */
const EDGE = 16;

interface Shown {
  readonly id: string;
  readonly note: HTMLElement;
  /** Where the reader was when the first note opened: "Back to the text" returns there. */
  readonly y: number;
}
let shown: Shown | undefined;

const claimWords = (id: string) => root!.querySelectorAll<HTMLElement>(`mark[data-claims~="${id}"]`);
const marker = (id: string) => document.getElementById(`ref-${id}`);

/** Wide screens: the note's top level with the claim's first line, in the margin beside the text. */
function place(): void {
  if (!shown || !root) return;
  const { note, id } = shown;
  if (!wide.matches) {
    note.style.top = root.style.minHeight = '';
    return;
  }
  const claim = claimWords(id)[0] ?? marker(id);
  const top = (claim?.getBoundingClientRect().top ?? 0) - root.getBoundingClientRect().top;
  note.style.top = `${top}px`;
  root.style.minHeight = `${top + note.offsetHeight}px`;
}

/** Scrolls as little as needed to show the whole note, its heading first where it cannot all fit. */
function reveal(note: HTMLElement): void {
  const box = note.getBoundingClientRect();
  const below = box.bottom - (window.innerHeight - EDGE);
  if (box.top < EDGE) window.scrollBy(0, box.top - EDGE);
  else if (below > 0) window.scrollBy(0, Math.min(below, box.top - EDGE));
}

function close(): void {
  if (!shown) return;
  shown.note.classList.remove('is-open');
  shown.note.style.top = '';
  if (root) root.style.minHeight = '';
  for (const words of claimWords(shown.id)) words.classList.remove('is-active');
  marker(shown.id)?.setAttribute('aria-expanded', 'false');
  shown = undefined;
}

/** `record`: put the open note in the address, so it can be shared; a link that opened it is left as it was. */
function show(id: string, focus: boolean, record = true): void {
  const note = document.getElementById(`note-${id}`);
  if (!note || !root?.contains(note)) return;
  // Stepping from one note to another keeps the place the reader first left the text.
  const from = shown ? shown.y : window.scrollY;
  close();
  shown = { id, note, y: from };
  note.classList.add('is-open');
  // The whole note beside the text on a wide screen; on a phone its summary first, so "Back to the text" stays near.
  if (wide.matches) note.querySelector('details')?.setAttribute('open', '');
  for (const words of claimWords(id)) words.classList.add('is-active');
  marker(id)?.setAttribute('aria-expanded', 'true');
  if (record) history.replaceState(null, '', `#note-${id}`);
  place();
  reveal(note);
  if (focus) note.focus({ preventScroll: true });
}

function back(): void {
  if (!shown) return;
  const { id, y } = shown;
  close();
  history.replaceState(null, '', `#ref-${id}`);
  const target = marker(id);
  // At once: the reader asked to be back where they were, and the check below needs the final position.
  window.scrollTo({ top: y, behavior: 'instant' });
  const box = target?.getBoundingClientRect();
  if (box && (box.top < 0 || box.bottom > window.innerHeight)) target!.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
}

function onClick(event: MouseEvent): void {
  const element = event.target as Element;
  const link = element.closest<HTMLAnchorElement>('a[href^="#"]');
  if (link) {
    const [, kind, id] = /^#(note|ref)-(.+)$/.exec(link.hash) ?? [];
    if (!kind || !id) return;
    event.preventDefault();
    if (kind === 'note') show(id, true);
    else back();
    return;
  }
  const words = element.closest<HTMLElement>('mark.hl');
  // Selecting text to copy it is not a click on the claim.
  if (!words || element.closest('a') || window.getSelection()?.isCollapsed === false) return;
  const ids = (words.dataset['claims'] ?? '').split(' ');
  // Words inside several claims open the innermost; clicking them again steps out to the claim enclosing it.
  const at = shown ? ids.indexOf(shown.id) : -1;
  const id = at > 0 ? ids[at - 1] : ids[ids.length - 1];
  if (id) show(id, false);
}

/** A link from elsewhere (the verdict bar, a claim page, a shared URL) to a claim opens its note. */
function fromHash(): void {
  const [, id] = /^#(?:note|claim)-(.+)$/.exec(decodeURIComponent(location.hash)) ?? [];
  if (id && id !== shown?.id) show(id, false, false);
}

if (root) {
  root.classList.add('js-sidenotes');
  for (const ref of root.querySelectorAll('.claim-ref')) ref.setAttribute('aria-expanded', 'false');
  root.addEventListener('click', onClick);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !shown || (event.target as Element).closest('input, textarea')) return;
    event.preventDefault();
    back();
  });
  const schedule = () => requestAnimationFrame(place);
  wide.addEventListener('change', schedule);
  window.addEventListener('resize', schedule);
  root.addEventListener('toggle', schedule, true);
  window.addEventListener('hashchange', fromHash);
  document.fonts?.ready.then(schedule);
  fromHash();
}
