// @ts-check
/**
 * The PROMO functions' help pages, one per function and language (en-US, zh-CN), plus an index
 * per language: what each argument means (from the functions metadata, i.e. the JSDoc and
 * metadata.zh-CN.json), a worked example and the errors it returns (src/functions/help.json).
 * Each function's `helpUrl` points to its page (Microsoft's "Manually create JSON metadata for
 * custom functions": helpUrl; Marketplace policy 1120.5 asks for one). Static HTML, no script,
 * under the same Content-Security-Policy as the pane.
 */
const { contentSecurityPolicy } = require("./hosting");
const { ADDIN } = require("./manifests");

/** The help languages: folder, html lang, and which text of help.json. */
const LANGUAGES = /** @type {const} */ ([
  { tag: "en-US", key: "en" },
  { tag: "zh-CN", key: "zh" },
]);

const LABELS = {
  en: { title: "PromoLadder functions", args: "Arguments", arg: "Argument", meaning: "Meaning", optional: "optional", example: "Example", errors: "Errors", value: "Value", when: "When", other: "中文", all: "All functions", privacy: "Privacy", terms: "Terms of use", returns: "Returns",
    privacyText: "PromoLadder runs inside your workbook. The pane and the functions send nothing anywhere: the page loads only its own files and Microsoft's office.js, and its Content-Security-Policy blocks every other address.",
    termsText: "PromoLadder is provided by your organisation's IT under the MIT licence, as is, without warranty. Promotion decisions remain HR's.",
    intro: "Type =PROMO. in a cell to see the functions. Every per-row function takes (record, headers, [target], [asOf], [policy])." },
  zh: { title: "PromoLadder 函数", args: "参数", arg: "参数", meaning: "含义", optional: "可选", example: "示例", errors: "错误", value: "值", when: "何时出现", other: "English", all: "全部函数", privacy: "隐私", terms: "使用条款", returns: "返回",
    privacyText: "PromoLadder 在工作簿内运行。任务窗格和函数不向任何地方发送数据：页面只加载自身文件和微软的 office.js，其内容安全策略（CSP）阻止其他一切地址。",
    termsText: "PromoLadder 由贵单位 IT 按 MIT 许可证“按原样”提供，不附任何担保。晋升决定仍由人力资源部门作出。",
    intro: "在单元格中输入 =PROMO. 即可看到这些函数。逐行函数的参数均为 (员工行, 表头行, [目标职级], [评审日期], [晋升方案])。" },
};

/** @param {string} s */
function esc(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The URL of a function's help page.
 * @example
 * helpUrl("https://hr.example.cn/promo/", "STATUS", "zh-CN") // => "https://hr.example.cn/promo/help/zh-CN/STATUS.html"
 * @param {string} baseUrl
 * @param {string} id
 * @param {string} tag "en-US" or "zh-CN"
 */
function helpUrl(baseUrl, id, tag) {
  return `${baseUrl}${helpPath(id, tag)}`;
}

/** @param {string} id @param {string} tag */
function helpPath(id, tag) {
  return `help/${tag}/${id}.html`;
}

/**
 * @param {string} tag
 * @param {string} title
 * @param {string} body
 * @param {import("./settings").Cloud} cloud
 * @param {string} otherHref
 * @param {string} otherLabel
 * @param {string} allLabel
 */
function page(tag, title, body, cloud, otherHref, otherLabel, allLabel) {
  return `<!doctype html>
<html lang="${tag}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(cloud)}" />
    <title>${esc(title)}</title>
    <style>
      body { font: 14px/1.5 "Segoe UI", "Microsoft YaHei", system-ui, sans-serif; margin: 16px; max-width: 760px; color: #242424; }
      code { background: #f3f3f3; padding: 1px 4px; }
      table { border-collapse: collapse; margin: 8px 0; }
      th, td { border: 1px solid #d1d1d1; padding: 4px 8px; text-align: left; vertical-align: top; }
      nav { margin-bottom: 12px; }
    </style>
  </head>
  <body>
    <nav><a href="index.html">${esc(allLabel)}</a> · <a href="${otherHref}" lang="${tag === "zh-CN" ? "en-US" : "zh-CN"}">${esc(otherLabel)}</a></nav>
${body}
  </body>
</html>
`;
}

/**
 * @param {any} fn a function of functions.json (or its localized copy)
 * @param {{ code: string, en: string, zh: string }[]} errors
 * @param {{ formula: string, en: string, zh: string }} example
 * @param {"en" | "zh"} key
 * @param {string} setup
 */
function functionBody(fn, errors, example, key, setup) {
  const l = LABELS[key];
  const args = (fn.parameters ?? [])
    .map((/** @type {any} */ p) => `      <tr><td><code>${esc(p.name)}</code>${p.optional ? ` (${l.optional})` : ""}</td><td>${esc(p.description)}</td></tr>`)
    .join("\n");
  const errs = errors.map((e) => `      <tr><td><code>${esc(e.code)}</code></td><td>${esc(e[key])}</td></tr>`).join("\n");
  return `    <h1>${ADDIN.namespace}.${esc(fn.name)}</h1>
    <p>${esc(fn.description)}</p>
    <h2>${l.args}</h2>
    <table>
      <tr><th>${l.arg}</th><th>${l.meaning}</th></tr>
${args}
    </table>
    <h2>${l.example}</h2>
    <p>${esc(setup)}</p>
    <p><code>${esc(example.formula)}</code> → ${esc(example[key])}</p>
    <h2>${l.errors}</h2>
    <table>
      <tr><th>${l.value}</th><th>${l.when}</th></tr>
${errs}
    </table>`;
}

/**
 * Every help page: path inside the package -> HTML. `errors` lists what is missing from help.json
 * (the build fails on it).
 *
 * @example
 * const { pages } = helpPages(functionsJson, zhFunctionsJson, helpJson, "global");
 * Object.keys(pages) // => ["help/en-US/ELIGIBLE.html", …, "help/en-US/index.html", "help/zh-CN/index.html"]
 *
 * @param {{ functions: any[] }} en functions.json
 * @param {{ functions: any[] }} zh functions.zh-CN.json
 * @param {any} help src/functions/help.json
 * @param {import("./settings").Cloud} cloud
 * @returns {{ pages: Record<string, string>, errors: string[] }}
 */
function helpPages(en, zh, help, cloud) {
  /** @type {Record<string, string>} */
  const pages = {};
  const errors = [];
  for (const fn of en.functions) if (!help.functions?.[fn.id]) errors.push(`${fn.id}: no help (example and errors) in src/functions/help.json`);
  for (const id of Object.keys(help.functions ?? {})) if (!en.functions.some((f) => f.id === id)) errors.push(`${id}: help for a function that does not exist`);
  for (const lang of LANGUAGES) {
    const metadata = lang.key === "en" ? en : zh;
    const l = LABELS[lang.key];
    const other = LANGUAGES.find((x) => x !== lang);
    const items = [];
    for (const fn of metadata.functions) {
      const h = help.functions?.[fn.id];
      if (!h) continue;
      const perRow = (fn.parameters ?? []).length > 0 && en.functions.find((f) => f.id === fn.id)?.parameters?.[0]?.name === "record";
      const errs = [...(perRow ? help.rowErrors : []), ...h.errors];
      const body = functionBody(fn, errs, h.example, lang.key, help.setup[lang.key]);
      pages[helpPath(fn.id, lang.tag)] = page(lang.tag, `${ADDIN.namespace}.${fn.name} · ${l.title}`, body, cloud, `../${other?.tag}/${fn.id}.html`, l.other, l.all);
      items.push(`      <li><a href="${fn.id}.html"><code>${ADDIN.namespace}.${esc(fn.name)}</code></a>: ${esc(fn.description)}</li>`);
    }
    const index = `    <h1>${l.title}</h1>
    <p>${esc(l.intro)}</p>
    <h2>${l.all}</h2>
    <ul>
${items.join("\n")}
    </ul>
    <h2 id="privacy">${l.privacy}</h2>
    <p>${esc(l.privacyText)}</p>
    <h2 id="terms">${l.terms}</h2>
    <p>${esc(l.termsText)}</p>`;
    pages[`help/${lang.tag}/index.html`] = page(lang.tag, l.title, index, cloud, `../${other?.tag}/index.html`, l.other, l.all);
  }
  return { pages, errors };
}

module.exports = { LANGUAGES, helpUrl, helpPath, helpPages };
