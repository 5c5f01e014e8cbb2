/** A tiny run of the link-check benchmark's hosts (tests/bench/link-hosts.ts): the per-host limit holds. */
import { describe, expect, it } from 'vitest';
import { benchUrls, startHosts } from '../bench/link-hosts.ts';
import { checkLinks } from '../../src/links/check-links.ts';

describe('link-check benchmark hosts', () => {
  it('never see more requests in flight than the per-host limit, 40 URLs over 4 hosts', async () => {
    const { hosts, close } = await startHosts(4, { latency: (index) => 20 + index * 10 });
    try {
      const targets = benchUrls(hosts, 40).map(({ url, title }) => ({ url, usedBy: ['f'], expectedTitle: title }));
      const outcome = await checkLinks(targets, {
        perHost: 3,
        concurrency: 10,
        retryBaseMs: 5,
        maxRetryWaitMs: 20,
        allowPrivateAddresses: true,
      });
      if (outcome.offline) throw new Error('offline');
      expect(outcome.results).toHaveLength(40);
      expect(outcome.results.filter((result) => result.entry.status === 'changed')).toEqual([]);
      expect(hosts.map((host) => host.maxConcurrent())).toEqual([3, 3, 3, 3]);
    } finally {
      await close();
    }
  });
});
