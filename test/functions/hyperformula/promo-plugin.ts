/**
 * The PROMO functions hosted in a real formula engine: a HyperFormula function plugin whose
 * functions PROMO.ELIGIBLE ... PROMO.REVIEW call the same logic as the Excel wrappers. Ranges
 * arrive as HyperFormula values and are handed over the way Excel hands them to a custom
 * function (`any[][]`, empty cells as null, errors as error objects); a FormulaError becomes a
 * CellError with its message. REVIEW spills; HyperFormula needs its size before evaluating, so
 * it reserves the table's height and pads the rows a review does not fill with "".
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import type { ProcedureAst } from "hyperformula/typings/parser";
import * as logic from "../../../src/functions/logic";
import { REVIEW_COLUMNS, type FormulaEnv } from "../../../src/functions/logic";

const ERROR_CODES: Partial<Record<ErrorType, string>> = {
  [ErrorType.NA]: "#N/A",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NAME]: "#NAME?",
};

/** One HyperFormula scalar as Excel passes a cell value to a custom function. */
function scalar(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) return { type: "Error", basicValue: ERROR_CODES[value.type] ?? "#VALUE!" };
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val; // DateNumber, PercentNumber...
  return value;
}

/** A HyperFormula argument as Excel passes it: ranges as `any[][]`. */
function excelArg(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(scalar));
  return scalar(value);
}

/** The environment of the hosted functions (set by {@link registerPromoPlugin}). */
let env: FormulaEnv | null = null;

function answer(compute: (env: FormulaEnv) => unknown): InterpreterValue {
  try {
    return compute(env!) as InterpreterValue;
  } catch (error) {
    const e = logic.toFormulaError(error, env!.locale);
    return new CellError(e.code === "#N/A" ? ErrorType.NA : e.code === "#NUM!" ? ErrorType.NUM : ErrorType.VALUE, e.message);
  }
}

type RowFunction = (args: logic.RowArgs, env: FormulaEnv) => unknown;

const ROW_FUNCTIONS: Record<string, RowFunction> = {
  ELIGIBLE: logic.eligible,
  STATUS: logic.status,
  NEXT: logic.next,
  GAPS: logic.gaps,
  SCORE: logic.score,
  READYDATE: logic.readyDateSerial,
  ALLOWANCE: logic.allowance,
  READINESS: logic.readinessBand,
  PLAN: logic.plan,
  COST: logic.cost,
};

const optional = { argumentType: FunctionArgumentType.ANY, optionalArg: true };
const range = { argumentType: FunctionArgumentType.RANGE };

/** The PROMO function plugin. */
export class PromoPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ...Object.fromEntries(
      Object.keys(ROW_FUNCTIONS).map((id) => [`PROMO.${id}`, { method: "row", parameters: [range, range, optional, optional, optional] }]),
    ),
    "PROMO.TENURE": { method: "tenure", parameters: [{ argumentType: FunctionArgumentType.ANY }, optional] },
    "PROMO.BONUS": { method: "bonus", parameters: [range, range, optional, optional] },
    "PROMO.REVIEW": { method: "review", sizeOfResultArrayMethod: "reviewSize", vectorizationForbidden: true, parameters: [range, optional, optional] },
  };

  row(ast: ProcedureAst, state: InterpreterState): unknown {
    const id = ast.procedureName.replace(/^PROMO\./, "");
    const fn = ROW_FUNCTIONS[id]!;
    return this.runFunction(ast.args, state, this.metadata(ast.procedureName), (record: unknown, headers: unknown, target: unknown, asOf: unknown, policy: unknown) =>
      answer((e) => fn({ record: excelArg(record), headers: excelArg(headers), target: excelArg(target), asOf: excelArg(asOf), policy: excelArg(policy) }, e)),
    );
  }

  bonus(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.runFunction(ast.args, state, this.metadata("PROMO.BONUS"), (record: unknown, headers: unknown, asOf: unknown, policy: unknown) =>
      answer((e) => logic.bonus({ record: excelArg(record), headers: excelArg(headers), asOf: excelArg(asOf), policy: excelArg(policy) }, e)),
    );
  }

  tenure(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.runFunction(ast.args, state, this.metadata("PROMO.TENURE"), (start: unknown, asOf: unknown) =>
      answer((e) => logic.tenureYears(excelArg(start), excelArg(asOf), e)),
    );
  }

  review(ast: ProcedureAst, state: InterpreterState): unknown {
    const height = this.reviewSize(ast, state).height;
    return this.runFunction(ast.args, state, this.metadata("PROMO.REVIEW"), (table: unknown, policy: unknown, asOf: unknown) => {
      const result = answer((e) => logic.reviewTable(excelArg(table), excelArg(policy), excelArg(asOf), e));
      if (result instanceof CellError) return result;
      const rows = result as unknown as logic.SpillCell[][];
      const blank = REVIEW_COLUMNS["zh-CN"].map(() => "");
      while (rows.length < height) rows.push(blank);
      return SimpleRangeValue.onlyValues(rows);
    });
  }

  reviewSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const table = ast.args[0] ? this.arraySizeForAst(ast.args[0], state) : ArraySize.scalar();
    return new ArraySize(REVIEW_COLUMNS["zh-CN"].length, Math.max(1, table.height));
  }
}

/** Registers the plugin (once per process) with the functions' host environment. */
export function registerPromoPlugin(host: FormulaEnv): void {
  env = host;
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes("PROMO.ELIGIBLE")) return;
  const names = Object.keys(PromoPlugin.implementedFunctions);
  HyperFormula.registerFunctionPlugin(PromoPlugin, { enGB: Object.fromEntries(names.map((n) => [n, n])) });
}
