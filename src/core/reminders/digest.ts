// One address's digest: its items capped and ordered, its kind, and its mail rendered; the quota split.
import type { ReminderMemory } from './log';
import type { Digest, DigestBucket, ReminderInput } from './plan';
import { renderDigest } from './render';

/**
 * A mail holds at most this many items, so a large office's digest stays under the mail service's body size limit
 * (200 KB); the rest are not logged as announced and lead the next run's digest.
 */
export const MAX_DIGEST_ITEMS = 100;

export function toDigest(bucket: DigestBucket, input: ReminderInput, memory: ReminderMemory): Digest {
  const ranked = [...bucket.items].sort((a, b) => a.daysLeft - b.daysLeft || a.row - b.row);
  const items = ranked
    .slice(0, MAX_DIGEST_ITEMS)
    .sort(
      (a, b) =>
        Number(a.role === 'leader') - Number(b.role === 'leader') || a.daysLeft - b.daysLeft || a.row - b.row,
    );
  const heldOver = ranked.length - items.length;
  const roles = new Set(items.map((i) => i.role));
  const kind = roles.size === 2 ? 'both' : roles.has('leader') ? 'leader' : 'office';
  const body = renderDigest(
    { recipient: bucket.recipient, names: bucket.names, items, kind, heldOver },
    { asOf: input.asOf, settings: input.settings, ledgerName: input.ledgerName ?? '' },
  );
  return {
    recipient: bucket.recipient,
    kind,
    names: bucket.names,
    items,
    waiting: memory.isWaiting(bucket.recipient),
    heldOver,
    ...body,
  };
}

/** The quota split: what fits today goes (waiting digests first, as planned), the rest is deferred. */
export function splitByQuota(digests: readonly Digest[], quota: number): { send: Digest[]; defer: Digest[] } {
  const n = Math.max(0, Math.floor(Number.isFinite(quota) ? quota : 0));
  return { send: digests.slice(0, n), defer: digests.slice(n) };
}
