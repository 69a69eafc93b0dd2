/**
 * `--shard i/n`: which findings a shard reports. Every shard reads and analyses the whole set (RBAC
 * and Calico questions cross files); each reports only the findings in the files that fall to it.
 * A file falls to a shard by a hash of its path, so the split is the same on every machine and a
 * file stays in its shard when others are added or removed.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** FNV-1a (32-bit) over the UTF-16 code units of the path. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The shard (1-based) a file's findings go to. */
export const shardOf = (file: string, count: number): number => (hash(file) % count) + 1;

export const inShard = (file: string, shard: Shard): boolean => shardOf(file, shard.count) === shard.index;

/** Parses `i/n` (1 ≤ i ≤ n ≤ 1000); undefined when it is not one. */
export function parseShard(text: string): Shard | undefined {
  const m = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index <= count && count <= 1000 ? { index, count } : undefined;
}
