/**
 * Progressive enhancement for wide screens: place each note in the margin level with its
 * claim's marker, stacking notes that would overlap. This is layout CSS cannot do (align a
 * box to a point inside another box's text without overlapping its siblings). Without it,
 * notes sit beside their paragraph (CSS grid) or under it on narrow screens.
 */
const wide = window.matchMedia('(min-width: 64rem)');
const GAP = 8;

function layout(): void {
  const root = document.querySelector<HTMLElement>('.article-text');
  if (!root) return;
  const on = wide.matches;
  root.classList.toggle('js-sidenotes', on);
  const notes = [...root.querySelectorAll<HTMLElement>('.note')];
  if (!on) {
    for (const note of notes) note.style.top = '';
    root.style.minHeight = '';
    return;
  }
  const origin = root.getBoundingClientRect().top;
  const wanted = notes
    .map((note) => ({
      note,
      y: (document.getElementById(`ref-${note.id.slice(5)}`)?.getBoundingClientRect().top ?? origin) - origin,
    }))
    .sort((a, b) => a.y - b.y);
  let floor = 0;
  for (const { note, y } of wanted) {
    const top = Math.max(y, floor);
    note.style.top = `${top}px`;
    floor = top + note.offsetHeight + GAP;
  }
  root.style.minHeight = `${floor}px`;
}

let frame = 0;
const schedule = () => {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(layout);
};
wide.addEventListener('change', schedule);
window.addEventListener('resize', schedule);
document.addEventListener('toggle', schedule, true);
document.fonts?.ready.then(schedule);
layout();
