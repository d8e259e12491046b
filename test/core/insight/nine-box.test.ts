import { NineBoxThresholdError, boxName, getTemplate, nineBox, reviewRoster } from "../../../src/core";
import { AS_OF, UO_ROSTER } from "./rosters";

const review = reviewRoster(UO_ROSTER, getTemplate("user-ops")!, { asOf: AS_OF });

function grid(box: ReturnType<typeof nineBox>): Record<string, string[]> {
  return Object.fromEntries(box.boxes.filter((b) => b.people.length > 0).map((b) => [b.name.zh, b.people.map((p) => p.id)]));
}

describe("nineBox", () => {
  it("places people by 绩效 and 发展潜力 with the default bands (low < 70 <= mid < 85 <= high)", () => {
    const box = nineBox(review, UO_ROSTER);
    expect(box.potentialColumn).toBe("发展潜力");
    expect(grid(box)).toEqual({
      明星: ["N1", "N8"],
      潜力之星: ["N2"],
      待琢之玉: ["N4"],
      绩效之星: ["N5"],
      稳定贡献者: ["N3"],
      待改进: ["N10"],
    });
    expect(box.placed).toBe(7);
    expect(box.unplaced.map((u) => [u.id, u.reason])).toEqual([
      ["N6", "missing_potential"],
      ["N7", "error"],
      ["N9", "missing_perf"],
    ]);
    // Drawn as a grid: top row high potential, left column low performance.
    expect(box.boxes.map((b) => `${b.perf}/${b.potential}`)).toEqual([
      "low/high", "mid/high", "high/high",
      "low/mid", "mid/mid", "high/mid",
      "low/low", "mid/low", "high/low",
    ]);
    expect(box.boxes[2]!.people[0]).toMatchObject({ id: "N1", perf: 85, potential: 85 });
    expect(boxName("high", "high", "en-US")).toBe("Star");
  });

  it("takes other thresholds", () => {
    // Bands 60 / 80: N2 (84.9, 85) and N1, N8 high/high; N3 (70, 69.9) mid/mid; N4 (69, 90) mid/high.
    const box = nineBox(review, UO_ROSTER, { perf: [60, 80], potential: [60, 80] });
    expect(grid(box)).toEqual({ 明星: ["N1", "N2", "N8"], 潜力之星: ["N4"], 中坚力量: ["N3"], 绩效之星: ["N5"], 待改进: ["N10"] });
    expect(() => nineBox(review, UO_ROSTER, { perf: [85, 70], potential: [70, 85] })).toThrow(NineBoxThresholdError);
  });

  it("leaves everyone unplaced when the roster has no potential column", () => {
    const rows = UO_ROSTER.rows.map((r) => [...r.slice(0, 8), ...r.slice(9)]);
    const input = { ...UO_ROSTER, rows };
    const box = nineBox(reviewRoster(input, getTemplate("user-ops")!, { asOf: AS_OF }), input);
    expect(box.potentialColumn).toBeNull();
    expect(box.placed).toBe(0);
    expect(box.unplaced.map((u) => u.reason)).toEqual([
      "missing_potential", "missing_potential", "missing_potential", "missing_potential", "missing_potential",
      "missing_potential", "error", "missing_potential", "missing_perf", "missing_potential",
    ]);
  });
});
