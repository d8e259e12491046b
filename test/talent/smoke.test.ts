import { getTemplate, reviewRoster, readiness, forecast, succession, developmentPlans, timeDates, talentSettings, planSentence, policyToSheets, policyFromSheets, policyFingerprint, policyToJson, policyFromJson } from "../../src/core";
import { AS_OF, CS_ROSTER } from "../core/insight/rosters";

it("smoke", () => {
  const policy = getTemplate("taobao-cs")!;
  const review = reviewRoster(CS_ROSTER, policy, { asOf: AS_OF });
  const t = talentSettings(policy);
  const ready = readiness(review, t.bands);
  console.log(JSON.stringify(ready.map((r) => [r.id, r.band, r.targets.map((x) => [x.level, x.band, x.readyDate])])));
  console.log(JSON.stringify(forecast(ready, policy, AS_OF, 12)));
  const times = timeDates(CS_ROSTER, policy, { asOf: AS_OF });
  const plans = developmentPlans(review, ready, t.actions, times);
  for (const p of plans) console.log(p.id, p.targets.map((x) => planSentence(x, "zh-CN")).join(" | "));
  for (const id of ["taobao-cs", "store-ops", "ecom-cs", "erp"]) {
    const p = getTemplate(id)!;
    const back = policyFromSheets(policyToSheets(p));
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(back.policy).toEqual(p);
    expect(policyFingerprint(back.policy)).toBe(policyFingerprint(p));
    console.log(id, talentSettings(p).keyLevels, talentSettings(p).actions.map((a) => a.field));
  }
  console.log(JSON.stringify(succession(review, ready, ["高级客服"])));
});
