import fc from "fast-check";
import { DuplicateFinder } from "../../src/core/util/duplicates";

/** Repeated keys with all their owners (first-repeat order), by the definition. */
function reference(keys: readonly string[]): Array<[string, number[]]> {
  const owners = new Map<string, number[]>();
  const order: string[] = [];
  keys.forEach((k, i) => {
    const list = owners.get(k);
    if (!list) owners.set(k, [i]);
    else {
      if (list.length === 1) order.push(k);
      list.push(i);
    }
  });
  return order.map((k) => [k, owners.get(k)!]);
}

function found(keys: readonly string[]): Array<[string, number[]]> {
  const finder = new DuplicateFinder(keys.length, (i) => keys[i]!);
  keys.forEach((k, i) => finder.add(k, i));
  return [...finder.duplicates()];
}

const id = fc.integer({ min: 0, max: 60 }).map((n) => `KF${String(n).padStart(3, "0")}`);

describe("DuplicateFinder", () => {
  test("finds exactly the repeated keys, in any order", () => {
    fc.assert(fc.property(fc.array(id, { maxLength: 80 }), (keys) => expect(found(keys)).toEqual(reference(keys))), { numRuns: 3000 });
  });

  test("sorted runs, then disorder, then repeats of keys from the sorted run", () => {
    const sortedThenMixed = fc
      .tuple(fc.uniqueArray(id, { maxLength: 40 }), fc.array(id, { maxLength: 40 }))
      .map(([run, rest]) => [...[...run].sort(), ...rest]);
    fc.assert(fc.property(sortedThenMixed, (keys) => expect(found(keys)).toEqual(reference(keys))), { numRuns: 3000 });
  });

  test("a repeat right after a sorted run, and a sorted roster without repeats", () => {
    expect(found(["A1", "A2", "A3", "A3"])).toEqual([["A3", [2, 3]]]);
    expect(found(["A1", "A2", "A3", "A1", "A2"])).toEqual([["A1", [0, 3]], ["A2", [1, 4]]]);
    expect(found(Array.from({ length: 5000 }, (_, i) => `KF${100000 + i}`))).toEqual([]);
  });

  test("holds at most its capacity", () => {
    const finder = new DuplicateFinder(2, () => "");
    finder.add("a", 0);
    finder.add("b", 1);
    expect(() => finder.add("c", 2)).toThrow(RangeError);
    const mixed = new DuplicateFinder(2, (i) => ["b", "a"][i]!);
    mixed.add("b", 0);
    mixed.add("a", 1);
    expect(() => mixed.add("c", 2)).toThrow(RangeError);
  });
});
