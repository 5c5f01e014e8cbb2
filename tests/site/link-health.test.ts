import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/corpus/model.ts';
import type { LinkStatusEntry } from '../../src/schemas/link-status.ts';
import { cslItem } from '../../src/site/csl.ts';
import { linkHealth, linkHealthReport, linkStatusIndex } from '../../src/site/link-health.ts';

const data: Citation['data'] = {
  title: 'A report',
  publisher: 'An agency',
  url: 'https://example.org/r',
  kind: 'official',
};
const checked = (status: LinkStatusEntry['status'], archivedUrl: string | null = null): LinkStatusEntry => ({
  url: data.url,
  status,
  httpStatus: status === 'dead' ? 404 : 200,
  finalUrl: null,
  contentType: 'html',
  archivedUrl,
  checkedAt: '2026-11-30T09:15:00.000Z',
  usedBy: ['citations/r.yaml'],
});
const COPY = 'https://web.archive.org/web/2024/https://example.org/r';

describe('link health of a citation', () => {
  it('links a dead document to its archived copy, dated by the last check', () => {
    const health = linkHealth(data, linkStatusIndex([checked('dead', COPY)]));
    expect(health).toMatchObject({ dead: true, checkedOn: '2026-11-30', archivedUrl: COPY, href: COPY });
  });

  it('keeps the original link where the document is dead but nothing is archived, or alive', () => {
    expect(linkHealth(data, linkStatusIndex([checked('dead')])).href).toBe(data.url);
    expect(linkHealth(data, linkStatusIndex([checked('ok', COPY)]))).toMatchObject({ dead: false, href: data.url });
  });

  it("prefers the citation's own archivedUrl to the one the check found", () => {
    const own = { ...data, archivedUrl: 'https://archive.example/own' };
    expect(linkHealth(own, linkStatusIndex([checked('dead', COPY)])).archivedUrl).toBe('https://archive.example/own');
  });

  it('says links were not checked when there is no link status, and lists unarchived citations anyway', () => {
    const citation = { id: 'r', data, health: linkHealth(data, linkStatusIndex(undefined)) };
    const report = linkHealthReport([citation], undefined);
    expect(report).toMatchObject({ checked: false, broken: [], unchecked: [] });
    expect(report.unarchived.map((row) => row.citation.id)).toEqual(['r']);
  });

  it('puts a blocked or changed document among the broken links, with what the check saw', () => {
    const changed = { ...checked('changed'), title: 'Page not found', expectedTitle: 'A report' };
    const citation = { id: 'r', data, health: linkHealth(data, linkStatusIndex([changed])) };
    const report = linkHealthReport([citation], [changed]);
    expect(report.broken.map((row) => row.detail)).toEqual([
      'changed (possible soft 404), HTTP 200, page title now “Page not found”, expected “A report”',
    ]);
  });
});

describe('CSL-JSON', () => {
  it('carries the archived copy the check found in archive_location', () => {
    const item = cslItem({ id: 'r', file: 'citations/r.yaml', data }, linkStatusIndex([checked('dead', COPY)]));
    expect(item).toMatchObject({ archive: 'Internet Archive', archive_location: COPY, note: `Archived copy: ${COPY}` });
  });
});
