import { Engine } from "json-rules-engine";
import type { Cell } from "../src/core";

// What a developer would pick instead: json-rules-engine with the taobao-cs rules. It cannot do
// date arithmetic or weighted sums, so the months in level and the score are precomputed facts.

function monthsBetween(start: number, asOf: number): number {
  const s = new Date((start - 25569) * 86400000);
  const a = new Date((asOf - 25569) * 86400000);
  let m = (a.getUTCFullYear() - s.getUTCFullYear()) * 12 + (a.getUTCMonth() - s.getUTCMonth());
  if (a.getUTCDate() < s.getUTCDate() && a.getUTCDate() < new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + 1, 0)).getUTCDate()) m--;
  return m;
}

const all = (level: string, conditions: Array<[string, string, unknown]>) => ({
  conditions: {
    all: [{ fact: "level", operator: "equal", value: level }, ...conditions.map(([fact, operator, value]) => ({ fact, operator, value }))],
  },
  event: { type: "eligible" },
});

/** One engine holding the three taobao-cs steps. */
export function buildEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule(all("初级客服", [["months", "greaterThanInclusive", 6], ["tickets", "greaterThanInclusive", 2000], ["csat", "greaterThanInclusive", 0.9], ["score", "greaterThanInclusive", 75]]));
  engine.addRule(
    all("中级客服", [
      ["months", "greaterThanInclusive", 12], ["tickets", "greaterThanInclusive", 5000], ["csat", "greaterThanInclusive", 0.95],
      ["errorRate", "lessThanInclusive", 0.01], ["skill", "greaterThanInclusive", 80], ["score", "greaterThanInclusive", 80],
    ]),
  );
  engine.addRule(
    all("高级客服", [
      ["months", "greaterThanInclusive", 12], ["certificate", "equal", "是"], ["errorRate", "lessThanInclusive", 0.01],
      ["lowQuality", "lessThanInclusive", 2], ["score", "greaterThanInclusive", 85],
    ]),
  );
  return engine;
}

/** Counts eligible employees, awaiting the engine row by row (its fastest mode, perf-baselines.md). */
export async function rulesEngineEligible(engine: Engine, rows: readonly (readonly Cell[])[], asOf: number): Promise<number> {
  let eligible = 0;
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]!;
    const facts = {
      level: r[3],
      months: monthsBetween((r[5] ?? r[4]) as number, asOf),
      score: 0.5 * (r[6] as number) + 0.25 * (r[7] as number) + 0.25 * (r[8] as number),
      skill: r[9],
      csat: r[10],
      tickets: r[11],
      errorRate: r[12],
      certificate: r[13],
      lowQuality: r[14],
    };
    const { events } = await engine.run(facts);
    if (events.length > 0) eligible++;
  }
  return eligible;
}
