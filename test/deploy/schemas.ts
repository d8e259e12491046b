/**
 * Validators for the unified manifest and its localization file, from the JSON schemas that ship
 * in Microsoft's npm package @microsoft/app-manifest (build/json-schemas/teams/v<version>/), for
 * the manifest's own `manifestVersion`. Offline: the schema files are read from node_modules.
 * The schemas are draft-04: validated as the package's own `AppManifestUtils.validateAgainstSchema`
 * does (ajv-draft-04, allErrors, strictTypes off, formats uri/email/regex). The localization
 * schema's patterns are not valid as unicode regular expressions (`\b]` in activityTypes), so it
 * is compiled without the `u` flag; the manifest schema needs it (`\p{L}` in function names).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const SCHEMAS = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");

/** Validation errors of `doc` against the app manifest schema (`kind` "manifest") or the localization schema, as lines. */
export function schemaErrors(doc: unknown, manifestVersion: string, kind: "manifest" | "localization"): string[] {
  const file = kind === "manifest" ? "MicrosoftTeams.schema.json" : "MicrosoftTeams.Localization.schema.json";
  const schema = JSON.parse(readFileSync(path.join(SCHEMAS, `v${manifestVersion}`, file), "utf8")) as Record<string, unknown>;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: kind === "manifest" });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
}
