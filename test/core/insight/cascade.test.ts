import { CascadeLevelError, cascade, compilePolicy, getTemplate, reviewRoster } from "../../../src/core";
import { AS_OF, SO_ROSTER } from "./rosters";

const compiled = compilePolicy(getTemplate("store-ops")!);
const review = reviewRoster(SO_ROSTER, compiled, { asOf: AS_OF });

function chain(level: string, count: number): Array<[string, number, string[], string[], number]> {
  return cascade(review, compiled, level, count).map((s) => [s.level, s.places, [...s.openedBy], s.appointed.map((a) => a.id), s.unfilled]);
}

describe("cascade", () => {
  it("follows one appointment down the ladder until no candidate is left", () => {
    // 四级店长: S1 (180) over S2 (172). S1 leaves 储备店长: L1 and L2 tie at 176, L1 has the higher
    // 绩效 (88). L1 leaves 领班: R1 (待空缺). R1 leaves 储备领班: P1 has one month in level, nobody qualifies.
    expect(chain("四级店长", 1)).toEqual([
      ["四级店长", 1, [], ["S1"], 0],
      ["储备店长", 1, ["S1"], ["L1"], 0],
      ["领班", 1, ["L1"], ["R1"], 0],
      ["储备领班", 1, ["R1"], [], 1],
    ]);
    const steps = cascade(review, compiled, "四级店长", 1);
    expect(steps[1]!.candidates.map((c) => [c.id, c.total, c.shortlisted])).toEqual([
      ["L1", 176, true],
      ["L2", 176, false],
    ]);
    expect(steps.map((s) => s.step)).toEqual([1, 2, 3, 4]);
  });

  it("opens as many places below as it fills, and reports the ones nobody can fill", () => {
    expect(chain("四级店长", 2)).toEqual([
      ["四级店长", 2, [], ["S1", "S2"], 0],
      ["储备店长", 2, ["S1", "S2"], ["L1", "L2"], 0],
      ["领班", 2, ["L1", "L2"], ["R1"], 1],
      ["储备领班", 1, ["R1"], [], 1],
    ]);
  });

  it("accepts an alias and rejects an unknown level", () => {
    expect(chain("厨师长", 1)).toEqual([
      ["领班", 1, [], ["R1"], 0],
      ["储备领班", 1, ["R1"], [], 1],
    ]);
    expect(() => cascade(review, compiled, "店长助理", 1)).toThrow(CascadeLevelError);
  });
});
