import type { Policy } from "../model/policy";
import { ECOM_CS } from "./ecom-cs";
import { ERP } from "./erp";
import { MALL_OPS } from "./mall-ops";
import { OPS_DUAL } from "./ops-dual";
import { OPS_GENERAL } from "./ops-general";
import { STORE_OPS } from "./store-ops";
import { TAOBAO_CS } from "./taobao-cs";
import { TAOBAO_OPS } from "./taobao-ops";
import { USER_OPS } from "./user-ops";

export { ECOM_CS, ERP, MALL_OPS, OPS_DUAL, OPS_GENERAL, STORE_OPS, TAOBAO_CS, TAOBAO_OPS, USER_OPS };

/** Freezes a value and everything reachable from it, so a shared template cannot be edited in place. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/**
 * The built-in policy templates, in catalogue order (§4). They are deeply frozen: copy one
 * (e.g. `structuredClone`) before editing it.
 */
export const TEMPLATES: readonly Policy[] = deepFreeze([
  TAOBAO_OPS,
  TAOBAO_CS,
  ECOM_CS,
  STORE_OPS,
  MALL_OPS,
  OPS_GENERAL,
  OPS_DUAL,
  ERP,
  USER_OPS,
]);

const BY_ID: ReadonlyMap<string, Policy> = new Map<string, Policy>(TEMPLATES.map((t) => [t.id, t]));

/**
 * The built-in template with this id (`"taobao-cs"`...), or `undefined`. Surrounding spaces and
 * letter case are ignored.
 */
export function getTemplate(id: string): Policy | undefined {
  return BY_ID.get(id.trim().toLowerCase());
}

/** The ids of the built-in templates, in catalogue order. */
export function templateIds(): string[] {
  return TEMPLATES.map((t) => t.id);
}
