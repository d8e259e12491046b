/**
 * Finds repeated keys among up to `capacity` entries with an open-addressing hash table over
 * typed arrays: a roster's 工号 column is checked without a Map entry per row. Keys are not
 * copied: `keyOf(owner)` gives the key an owner added.
 */
export class DuplicateFinder {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly owners: Int32Array;
  private count = 0;
  /** Key index -> every owner after the first. */
  private readonly repeats = new Map<number, number[]>();

  constructor(
    capacity: number,
    private readonly keyOf: (owner: number) => string,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.owners = new Int32Array(capacity);
  }

  private static hash(key: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }

  /** Records that `owner` uses `key`. */
  add(key: string, owner: number): void {
    let i = DuplicateFinder.hash(key) & this.mask;
    for (;;) {
      const k = this.slots[i]!;
      if (k === -1) {
        if (this.count === this.owners.length) throw new RangeError(`DuplicateFinder holds at most ${this.owners.length} keys`);
        this.slots[i] = this.count;
        this.owners[this.count++] = owner;
        return;
      }
      if (this.keyOf(this.owners[k]!) === key) {
        const list = this.repeats.get(k);
        if (list) list.push(owner);
        else this.repeats.set(k, [owner]);
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Each repeated key with all its owners, in the order they were added. */
  *duplicates(): Generator<[string, number[]]> {
    for (const [k, rest] of this.repeats) yield [this.keyOf(this.owners[k]!), [this.owners[k]!, ...rest]];
  }
}
