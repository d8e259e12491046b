/** Levenshtein distance between two strings (by UTF-16 unit; fine for CJK level names). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let left = b.length;
  for (let i = 1; i <= a.length; i++) {
    let diag = i - 1;
    left = i;
    const row = [left];
    for (const [j, up] of prev.slice(1).entries()) {
      left = Math.min(up + 1, left + 1, diag + (a[i - 1] === b[j] ? 0 : 1));
      row.push(left);
      diag = up;
    }
    prev = row;
  }
  return left;
}

/**
 * The candidate closest to `text` by edit distance (the first on ties), or null when there are
 * no candidates. The catalogue (§2) wants a suggestion even for a far-off level name.
 * @example closest("中级课服", ["初级客服", "中级客服"]) //=> "中级客服"
 */
export function closest(text: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(text, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The characters two texts share (as multisets) over the longer length: a rough likeness for
 * short CJK names, where one changed character is common (a typo, a synonym's other half).
 * @example similarity("技能分", "技能考核") //=> 0.5
 * @example similarity("领斑", "领班") //=> 0.5
 */
export function similarity(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of b) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(ch, n - 1);
    }
  }
  return shared / Math.max(a.length, b.length, 1);
}
