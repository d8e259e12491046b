/**
 * The add-in manifest's structure, checked offline (Microsoft's validation service needs the
 * network): shared-runtime wiring, resource ids, https URLs, permissions, the PROMO namespace,
 * the zh-CN functions metadata and zh-CN display strings.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parseStringPromise } from "xml2js";

/** An element as xml2js gives it with `explicitChildren` and `preserveChildrenOrder`. */
interface Node {
  "#name": string;
  $?: Record<string, string>;
  $$?: Node[];
  _?: string;
}

let root: Node;

beforeAll(async () => {
  const xml = readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8");
  const parsed = (await parseStringPromise(xml, { explicitChildren: true, preserveChildrenOrder: true, explicitRoot: true })) as Record<string, Node>;
  root = parsed.OfficeApp!;
});

function children(node: Node | undefined, name?: string): Node[] {
  return (node?.$$ ?? []).filter((c) => name === undefined || c["#name"] === name);
}

function child(node: Node | undefined, name: string): Node | undefined {
  return children(node, name)[0];
}

/** Every element below `node` (depth first). */
function all(node: Node): Node[] {
  return [node, ...children(node).flatMap(all)];
}

function byType(nodes: Node[], type: string): Node | undefined {
  return nodes.find((n) => n.$?.["xsi:type"] === type);
}

const host = () => child(child(child(root, "VersionOverrides"), "Hosts"), "Host")!;
const resources = () => child(child(root, "VersionOverrides"), "Resources")!;

/** Resource id -> element (bt:Image, bt:Url, bt:String). */
function resourceIndex(): Map<string, Node> {
  const map = new Map<string, Node>();
  for (const group of children(resources())) for (const item of children(group)) map.set(item.$!.id!, item);
  return map;
}

describe("manifest.xml", () => {
  it("requires the shared runtime and asks only for ReadWriteDocument", () => {
    const sets = children(child(child(root, "Requirements"), "Sets"), "Set").map((s) => s.$!.Name);
    expect(sets).toContain("SharedRuntime");
    expect(child(root, "Permissions")!._).toBe("ReadWriteDocument");
    expect(children(child(root, "Hosts"), "Host").map((h) => h.$!.Name)).toEqual(["Workbook"]);
  });

  it("wires one long-lived runtime: Runtime = CustomFunctions Page = FunctionFile = ShowTaskpane resid", () => {
    const h = host();
    expect(h.$!["xsi:type"]).toBe("Workbook");
    expect(children(h)[0]!["#name"]).toBe("Runtimes"); // must be Host's first child
    const runtimes = children(child(h, "Runtimes"), "Runtime");
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0]!.$!;
    expect(runtime.lifetime).toBe("long");
    const cf = byType(children(child(h, "AllFormFactors"), "ExtensionPoint"), "CustomFunctions")!;
    expect(child(child(cf, "Page"), "SourceLocation")!.$!.resid).toBe(runtime.resid);
    const desktop = child(h, "DesktopFormFactor")!;
    expect(child(desktop, "FunctionFile")!.$!.resid).toBe(runtime.resid);
    const actions = all(desktop).filter((n) => n["#name"] === "Action");
    const show = actions.filter((a) => a.$!["xsi:type"] === "ShowTaskpane");
    expect(show.length).toBeGreaterThan(0);
    for (const a of show) {
      expect(child(a, "SourceLocation")!.$!.resid).toBe(runtime.resid);
      expect(child(a, "TaskpaneId")).toBeUndefined(); // a shared runtime has one task pane
    }
  });

  it("declares the PROMO namespace and the metadata with its zh-CN override", () => {
    const index = resourceIndex();
    const cf = byType(children(child(host(), "AllFormFactors"), "ExtensionPoint"), "CustomFunctions")!;
    const ns = child(cf, "Namespace")!.$!.resid!;
    expect(index.get(ns)!.$!.DefaultValue).toBe("PROMO");
    const script = index.get(child(child(cf, "Script"), "SourceLocation")!.$!.resid!)!;
    expect(script.$!.DefaultValue).toMatch(/\/functions\.js$/);
    const metadata = index.get(child(child(cf, "Metadata"), "SourceLocation")!.$!.resid!)!;
    expect(metadata["#name"]).toBe("bt:Url");
    expect(metadata.$!.DefaultValue).toMatch(/^https:\/\/.*\/functions\.json$/);
    const overrides = children(metadata, "bt:Override").map((o) => o.$!);
    expect(overrides).toEqual([{ Locale: "zh-CN", Value: metadata.$!.DefaultValue!.replace(/functions\.json$/, "functions.zh-CN.json") }]);
  });

  it("uses https for every URL", () => {
    const urls: string[] = [];
    for (const n of all(root)) for (const v of Object.values(n.$ ?? {})) if (/^[a-z]+:\/\//i.test(v)) urls.push(v);
    for (const n of all(root)) if (n["#name"] === "AppDomain" && n._) urls.push(n._);
    const schemaNamespaces = /^http:\/\/schemas\.microsoft\.com\/|^http:\/\/www\.w3\.org\//;
    const addresses = urls.filter((u) => !schemaNamespaces.test(u));
    expect(addresses.length).toBeGreaterThan(8);
    for (const u of addresses) expect(u).toMatch(/^https:\/\//);
  });

  it("defines every resid it references, once", () => {
    const ids = children(resources()).flatMap((g) => children(g).map((i) => i.$!.id!));
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = all(root)
      .map((n) => n.$?.resid)
      .filter((r): r is string => r !== undefined);
    expect(referenced.length).toBeGreaterThan(10);
    for (const r of new Set(referenced)) expect(ids).toContain(r);
  });

  it("has zh-CN overrides for every display string (not for the namespace, which stays PROMO)", () => {
    for (const name of ["DisplayName", "Description"]) {
      expect(children(child(root, name), "Override").map((o) => o.$!.Locale)).toContain("zh-CN");
    }
    const strings = ["bt:ShortStrings", "bt:LongStrings"].flatMap((g) => children(child(resources(), g), "bt:String"));
    const display = strings.filter((s) => s.$!.id !== "Functions.Namespace");
    expect(display.length).toBeGreaterThan(3);
    for (const s of display) {
      const zh = children(s, "bt:Override").find((o) => o.$!.Locale === "zh-CN");
      expect(zh?.$!.Value).toMatch(/[\u4e00-\u9fff]/);
    }
    const ns = strings.find((s) => s.$!.id === "Functions.Namespace")!;
    expect(children(ns, "bt:Override")).toHaveLength(0);
  });
});
