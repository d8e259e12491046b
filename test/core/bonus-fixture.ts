/** Example bonus tiers on the 电商客服 ladder, shared by the bonus tests. */
import { getTemplate, type BonusTable, type Policy } from "../../src/core";

/** Example tiers on the 电商客服 ladder (amounts are examples). */
export const TIERS: BonusTable = {
  tiers: [
    { name: "A档", criteria: [{ field: "tickets", op: ">=", value: 3000 }, { field: "csat", op: ">=", value: 0.98 }], amount: 800 },
    { name: "B档", criteria: [{ field: "tickets", op: ">=", value: 2000 }, { field: "csat", op: ">=", value: 0.95 }], amount: 500 },
    { name: "C档", levels: ["初级客服", "中级客服"], criteria: [{ field: "tickets", op: ">=", value: 1000 }], amount: 200 },
  ],
};

export function bonusPolicy(): Policy {
  return { ...getTemplate("ecom-cs")!, id: "ecom-cs-bonus", bonus: TIERS };
}
