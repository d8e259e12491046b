/** Keys checked by identity before the map is asked (a roster column has a handful of distinct values). */
const RECENT = 8;

/**
 * Remembers a value per text, for columns that repeat a few texts over many rows (部门, 职级):
 * the last few texts are compared directly, the rest go through a Map.
 */
export class TextMemo<V> {
  private readonly map = new Map<string, V>();
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  private next = 0;

  constructor(private readonly make: (text: string) => V) {}

  /** The value of `text`, made on first sight. */
  get(text: string): V {
    const keys = this.keys;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: values has a value for each key
    for (let i = 0; i < keys.length; i++) if (keys[i] === text) return this.values[i]!;
    let value = this.map.get(text);
    if (value === undefined) this.map.set(text, (value = this.make(text)));
    if (keys.length < RECENT) {
      keys.push(text);
      this.values.push(value);
    } else {
      keys[this.next] = text;
      this.values[this.next] = value;
      this.next = (this.next + 1) % RECENT;
    }
    return value;
  }

  /** Every text seen with its value, in first-seen order. */
  entries(): IterableIterator<[string, V]> {
    return this.map.entries();
  }
}
