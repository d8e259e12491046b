import { must } from "./must";
/**
 * Finds repeated keys among up to `capacity` entries with an open-addressing hash table over
 * typed arrays: a roster's 工号 column is checked without a Map entry per row. Keys are not
 * copied: `keyOf(owner)` gives the key an owner added.
 *
 * Rosters exported from HR systems usually come sorted by 工号. While every key is greater than
 * the one before (so all are distinct), keys are only compared with their predecessor; the first
 * key out of order puts the keys seen so far into the table and hashing takes over.
 */
export class DuplicateFinder {
  /** The hash table, allocated when the first key out of order arrives. */
  private slots = new Int32Array(0);
  private readonly mask: number;
  private readonly owners: Int32Array;
  private count = 0;
  /** The last key while keys have been strictly increasing; null once they were not. */
  private last: string | null = "";
  /** Key index -> every owner after the first. */
  private readonly repeats = new Map<number, number[]>();

  constructor(
    capacity: number,
    private readonly keyOf: (owner: number) => string,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.mask = size - 1;
    this.owners = new Int32Array(capacity);
  }

  private static hash(key: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }

  /** Records that `owner` uses `key` (a non-empty text). */
  add(key: string, owner: number): void {
    if (this.last !== null) {
      if (this.last < key) {
        if (this.count === this.owners.length) this.full();
        this.last = key;
        this.owners[this.count++] = owner;
        return;
      }
      this.hashSeen();
    }
    this.insert(key, owner);
  }

  /** Leaves the sorted run: the keys seen so far go into the table. */
  private hashSeen(): void {
    this.last = null;
    this.slots = new Int32Array(this.mask + 1).fill(-1);
    const seen = this.count;
    this.count = 0;
    for (const owner of this.owners.subarray(0, seen)) this.insert(this.keyOf(owner), owner);
  }

  private insert(key: string, owner: number): void {
    const slots = this.slots;
    let i = DuplicateFinder.hash(key) & this.mask;
    for (;;) {
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-row hot loop: i is masked to the table size
      const k = slots[i]!;
      if (k === -1) {
        if (this.count === this.owners.length) this.full();
        slots[i] = this.count;
        this.owners[this.count++] = owner;
        return;
      }
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-row hot loop: a filled slot holds an owner index below count
      if (this.keyOf(this.owners[k]!) === key) {
        const list = this.repeats.get(k);
        if (list) list.push(owner);
        else this.repeats.set(k, [owner]);
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  private full(): never {
    throw new RangeError(`DuplicateFinder holds at most ${this.owners.length} keys`);
  }

  /** Each repeated key with all its owners in ascending order (whatever order they were added in). */
  *duplicates(): Generator<[string, number[]]> {
    for (const [k, rest] of this.repeats) {
      const first = must(this.owners[k], `owner ${k}`);
      yield [this.keyOf(first), [first, ...rest].sort((a, b) => a - b)];
    }
  }
}
