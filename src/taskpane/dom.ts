/** A tiny DOM builder: the pane builds its views from plain elements and Fluent web components. */

/** Attributes and event handlers of {@link h}; `false`/`null`/`undefined` attributes are left out. */
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Children of {@link h}: nodes, texts, and nothing (`null`, `false`). */
export type Child = Node | string | number | null | undefined | false;

/**
 * Creates an element: `h("div", { class: "card" }, "text", child)`. Keys starting with `on` add
 * event listeners (`onclick`); `true` sets an empty attribute.
 */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (typeof v === "function") el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

/** Appends children, skipping empty ones. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A native `<select>` with options (`value`, `label`, optional group). */
export function select(
  attrs: Attrs,
  options: ReadonlyArray<{ value: string; label: string; group?: string }>,
  value: string,
  onChange: (value: string) => void,
): HTMLSelectElement {
  const el = h("select", { class: "pl-select", ...attrs, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) }) as HTMLSelectElement;
  const groups = new Map<string, HTMLElement>();
  for (const o of options) {
    const opt = h("option", { value: o.value }, o.label) as HTMLOptionElement;
    if (o.value === value) opt.selected = true;
    if (o.group) {
      let g = groups.get(o.group);
      if (!g) {
        g = h("optgroup", { label: o.group });
        groups.set(o.group, g);
        el.appendChild(g);
      }
      g.appendChild(opt);
    } else {
      el.appendChild(opt);
    }
  }
  return el;
}
