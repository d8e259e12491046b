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

/** The facts of one roster row, computed in plain code (the engine cannot do dates or sums). */
function factsOf(r: readonly Cell[], asOf: number): Record<string, unknown> {
  return {
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
}

interface ConditionResult {
  fact: string;
  operator: string;
  value: unknown;
  factResult?: unknown;
  result?: boolean;
}

/** EDATE of an Excel serial, as the serial of the same day `months` later (clamped to month end). */
function edateSerial(start: number, months: number): number {
  const s = new Date((start - 25569) * 86400000);
  const y = s.getUTCFullYear();
  const m = s.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(s.getUTCDate(), last)) / 86400000 + 25569;
}

/** One row explained as a developer would from the engine's results: what is unmet, and when time alone is missing, the ready date. */
export interface ExplainedRow {
  eligible: boolean;
  unmet: string[];
  readySerial: number | null;
}

/**
 * The same job as the core's explained review: per row the decision, every unmet condition in
 * words (from the engine's own condition results) and a ready date when only time is missing.
 */
export async function rulesEngineExplained(engine: Engine, rows: readonly (readonly Cell[])[], asOf: number): Promise<{ eligible: number; explained: ExplainedRow[] }> {
  let eligible = 0;
  const explained: ExplainedRow[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]!;
    const facts = factsOf(r, asOf);
    const { events, failureResults } = await engine.run(facts);
    if (events.length > 0) {
      eligible++;
      explained.push({ eligible: true, unmet: [], readySerial: null });
      continue;
    }
    const own = failureResults.find((fr) => {
      const all = (fr.conditions as unknown as { all: ConditionResult[] }).all;
      return all[0]!.result === true;
    });
    const conditions = own ? (own.conditions as unknown as { all: ConditionResult[] }).all.slice(1) : [];
    const unmet = conditions.filter((c) => c.result === false).map((c) => `${c.fact} ${String(c.factResult)} ${c.operator} ${String(c.value)}`);
    const onlyTime = unmet.length > 0 && conditions.every((c) => c.result !== false || c.fact === "months");
    const monthsNeeded = conditions.find((c) => c.fact === "months")?.value as number | undefined;
    const readySerial = onlyTime && monthsNeeded !== undefined ? edateSerial((r[5] ?? r[4]) as number, monthsNeeded) : null;
    explained.push({ eligible: false, unmet, readySerial });
  }
  return { eligible, explained };
}

/** Counts eligible employees, awaiting the engine row by row (its fastest mode, perf-baselines.md). */
export async function rulesEngineEligible(engine: Engine, rows: readonly (readonly Cell[])[], asOf: number): Promise<number> {
  let eligible = 0;
  for (let i = 1; i < rows.length; i++) {
    const { events } = await engine.run(factsOf(rows[i]!, asOf));
    if (events.length > 0) eligible++;
  }
  return eligible;
}
