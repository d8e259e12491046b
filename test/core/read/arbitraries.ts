/** Shared fast-check arbitraries for the reader tests. */
import fc from "fast-check";
import type { Cell } from "../../../src/core/model/cell";

const FULLWIDTH = "０１２３４５６７８９，．％＋－　ＡＢｙｅｓ年月日分单";
const TRICKY = ["%", ",", ".", "-", "+", " ", "\t", "e", "E", "年", "月", "日", "分", "√", "×", "T", ":", "/", "\u0000", "\ud800", "😀"];

/** Strings biased towards the readers' syntax: digits, separators, units, full-width forms. */
export const trickyString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.constantFrom(...FULLWIDTH.split(""), ...TRICKY, "0", "1", "5", "9") }),
);

/** Any cell a front end could hand to a reader, including malformed objects. */
export const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  trickyString,
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 60, 0.5, 1e21, 5e-324),
  fc.date({ noInvalidDate: false }),
  fc.constant(new Date(NaN)),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.record({ kind: fc.constant("error" as const), code: fc.string() }),
  fc.record({ kind: fc.constant("percent" as const), value: fc.double() }),
);
