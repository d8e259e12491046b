// Measures one variant of the 10k-row comparisons in a process of its own (a fresh heap holding only
// what that variant loads) and prints its timing and its answers as JSON on the last stdout line.
import { compilePolicy, getTemplate, reviewRoster, type Cell } from "../src/core";
import { measure, type Timing } from "./measure";
import { AS_OF, AS_OF_SERIAL, generateRoster, prng } from "./roster-gen";

/** What a variant answers, checked against the core by the caller. */
export interface VariantResult extends Timing {
  eligible: number;
  /** Employees not yet eligible with a ready date (explained variants only). */
  readyDates: number | null;
}

/** Rows the core reports not eligible yet with a ready date (only time is missing). */
function coreReadyDates(rows: readonly (readonly Cell[])[]): number {
  const review = reviewRoster({ sheet: "花名册", rows }, compilePolicy(getTemplate("taobao-cs")!), { asOf: AS_OF });
  return review.rows.filter((r) => r.status !== "eligible" && r.targets[0]?.readyDate != null).length;
}

async function run(variant: string, rows: Cell[][]): Promise<VariantResult> {
  switch (variant) {
    case "core": {
      const compiled = compilePolicy(getTemplate("taobao-cs")!);
      let eligible = 0;
      const t = await measure(() => (eligible = reviewRoster({ sheet: "花名册", rows }, compiled, { asOf: AS_OF }).summary.byStatus.eligible), 9);
      return { ...t, eligible, readyDates: coreReadyDates(rows) };
    }
    case "core-unsorted-ids": {
      // The same rows with their 工号 values permuted (rows stay where they are in memory): the id
      // column is no longer sorted, so the duplicate check hashes every id.
      const rnd = prng(7);
      const ids = rows.slice(1).map((row) => row[0]);
      for (let i = ids.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [ids[i], ids[j]] = [ids[j], ids[i]];
      }
      ids.forEach((id, i) => (rows[i + 1]![0] = id!));
      const compiled = compilePolicy(getTemplate("taobao-cs")!);
      let eligible = 0;
      const t = await measure(() => (eligible = reviewRoster({ sheet: "花名册", rows }, compiled, { asOf: AS_OF }).summary.byStatus.eligible), 9);
      return { ...t, eligible, readyDates: coreReadyDates(rows) };
    }
    case "jre-explained":
    case "jre-decision": {
      const { buildEngine, rulesEngineEligible, rulesEngineExplained } = await import("./rules-engine");
      const engine = buildEngine();
      if (variant === "jre-decision") {
        let eligible = 0;
        const t = await measure(async () => (eligible = await rulesEngineEligible(engine, rows, AS_OF_SERIAL)), 3);
        return { ...t, eligible, readyDates: null };
      }
      let out = { eligible: 0, readyDates: 0 };
      const t = await measure(async () => {
        const r = await rulesEngineExplained(engine, rows, AS_OF_SERIAL);
        out = { eligible: r.eligible, readyDates: r.explained.filter((x) => x.readySerial !== null).length };
      }, 3);
      return { ...t, ...out };
    }
    case "hf-explained-once": {
      // One pass only, for sizes where a warmed-up median would take many minutes.
      const { hyperFormulaExplained } = await import("./hyperformula");
      const t0 = process.hrtime.bigint();
      const r = hyperFormulaExplained(rows);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      return { medianMs: ms, minMs: ms, maxMs: ms, runsPerSample: 1, eligible: r.eligible, readyDates: r.withReadyDate };
    }
    case "core-once": {
      const compiled = compilePolicy(getTemplate("taobao-cs")!);
      let eligible = 0;
      const t = await measure(() => (eligible = reviewRoster({ sheet: "花名册", rows }, compiled, { asOf: AS_OF }).summary.byStatus.eligible), 5);
      return { ...t, eligible, readyDates: coreReadyDates(rows) };
    }
    case "hf-explained":
    case "hf-decision": {
      const { hyperFormulaEligible, hyperFormulaExplained } = await import("./hyperformula");
      if (variant === "hf-decision") {
        let eligible = 0;
        const t = await measure(() => (eligible = hyperFormulaEligible(rows)), 3);
        return { ...t, eligible, readyDates: null };
      }
      let out = { eligible: 0, readyDates: 0 };
      const t = await measure(() => {
        const r = hyperFormulaExplained(rows);
        out = { eligible: r.eligible, readyDates: r.withReadyDate };
      }, 3);
      return { ...t, ...out };
    }
    default:
      throw new Error(`unknown variant ${variant}`);
  }
}

async function main(): Promise<void> {
  const [variant, n] = process.argv.slice(2);
  const result = await run(variant!, generateRoster(Number(n)));
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
