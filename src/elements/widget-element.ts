// One custom element class per widget, made from its schema: attributes are
// the schema's props in kebab-case, parsed and validated by resolveAttributes
// (hostile values fall back to defaults with a visible notice, never echoed);
// JS properties of the same (camelCase) names; a `zp-change` event when the
// reader changes the state. The widget mounts in an open shadow root, so its
// styles stay inside and the page's stay out; --zp-* tokens theme it.
import {
  attributeName,
  checkValue,
  defaultsOf,
  formatRaw,
  reasonText,
  resolveAttributes,
  stateWordsEn,
  type Notice,
  type StateWords,
} from '../lib/widget-state/index.ts';
import { fmt } from '../lib/i18n/template.ts';
import type { Locale } from '../lib/i18n/locale.ts';
import { catalogLoaders } from './strings.ts';
import { elementLocale, elementWords } from './words.ts';
import type { WidgetEntry } from '../widgets/registry.ts';
import { HOST_CSS } from './host-styles.ts';
import type { Mounter } from './mount.ts';
import { stateLink } from './share.ts';

export const CHANGE_EVENT = 'zp-change';

/** What the element reads of a widget's catalog; the widget reads the rest. */
type Catalog = { shared?: { state?: StateWords } };

/** Lesson page on the site that served this bundle: the "copy link" target. */
function homeUrl(entry: WidgetEntry): string {
  // The bundle sits at <site>/elements/…; the lesson path is site-relative.
  // (Kept out of a `new URL(literal, import.meta.url)` so Vite leaves it alone.)
  const bundle = import.meta.url;
  return new URL(`..${entry.home.path}`, bundle).href;
}

export function defineWidgetElement(entry: WidgetEntry, load: () => Promise<Mounter>): void {
  const { schema } = entry;
  const keys = Object.keys(schema.props);
  const attributes = keys.map(attributeName);
  const defaults = defaultsOf(schema) as Record<string, unknown>;
  if (customElements.get(schema.tag)) return;

  class WidgetElement extends HTMLElement {
    static observedAttributes = [...attributes, 'theme', 'lang'];

    #shadow: ShadowRoot;
    #notices: HTMLElement;
    #noticeList: HTMLUListElement;
    #target: HTMLElement;
    #unmount: (() => void) | null = null;
    #scheduled = false;
    #generation = 0;
    #state: Record<string, unknown> | null = null;
    /** Invalid values set through JS properties, by prop key, with why. */
    #propertyErrors = new Map<string, Extract<ReturnType<typeof checkValue>, { ok: false }>['why']>();
    /** The language the widget was last shown in, and that language's catalog. */
    #locale: Locale = 'en';
    #catalog: Catalog | undefined;

    constructor() {
      super();
      this.#shadow = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = HOST_CSS;
      this.#notices = document.createElement('div');
      this.#notices.className = 'zp-el-notices';
      this.#notices.setAttribute('role', 'status');
      this.#notices.hidden = true;
      const lead = document.createElement('p');
      const words = elementWords[elementLocale(this)];
      lead.textContent = words.lead;
      this.#noticeList = document.createElement('ul');
      this.#notices.append(lead, this.#noticeList);
      this.#target = document.createElement('div');
      const loading = document.createElement('p');
      loading.className = 'zp-el-loading';
      loading.textContent = fmt(words.loading, { widget: schema.title.toLowerCase() });
      this.#target.append(loading);
      this.#shadow.append(style, this.#notices, this.#target);
    }

    connectedCallback(): void {
      this.#schedule();
    }

    disconnectedCallback(): void {
      // A move (remove, then insert) keeps the widget; a removal unmounts it.
      queueMicrotask(() => {
        if (this.isConnected) return;
        this.#generation++;
        this.#unmount?.();
        this.#unmount = null;
      });
    }

    attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
      if (oldValue === value) return;
      if (name === 'lang') {
        this.#schedule();
        return;
      }
      if (name === 'theme') {
        // Charts read their colours from the tokens; this is the event they
        // already listen to for the site's theme toggle.
        window.dispatchEvent(new CustomEvent('zp-theme-change'));
        return;
      }
      const key = keys[attributes.indexOf(name)];
      if (key) this.#propertyErrors.delete(key);
      this.#state = null;
      this.#schedule();
    }

    /** The widget's current state (a copy): attributes, then the reader's changes. */
    get state(): Record<string, unknown> {
      return { ...this.#resolve().state };
    }

    /** Problems with the attributes or properties, as shown in the element. */
    get notices(): Notice[] {
      return this.#resolve().notices;
    }

    getProp(key: string): unknown {
      return this.#resolve().state[key];
    }

    setProp(key: string, value: unknown): void {
      const spec = schema.props[key];
      const checked = checkValue(spec, value);
      const name = attributeName(key);
      if (!checked.ok) {
        this.#propertyErrors.set(key, checked.why);
        this.#state = null;
        this.#schedule();
        return;
      }
      this.#propertyErrors.delete(key);
      const text = formatRaw(spec, checked.value);
      if (this.getAttribute(name) === text) {
        this.#state = null;
        this.#schedule();
      } else this.setAttribute(name, text);
    }

    #resolve(): { state: Record<string, unknown>; notices: Notice[] } {
      const raw: Record<string, string | null> = {};
      for (const name of attributes) raw[name] = this.getAttribute(name);
      const words = this.#catalog?.shared?.state ?? stateWordsEn;
      const resolved = resolveAttributes(schema, raw, words);
      const state = this.#state ?? (resolved.state as Record<string, unknown>);
      const notices = [...resolved.notices];
      for (const [key, why] of this.#propertyErrors) {
        if (!this.#state) state[key] = defaults[key];
        notices.push({ key, message: fmt(elementWords[this.#locale].property, { key, reason: reasonText(why, words) }) });
      }
      this.#state = state;
      return { state, notices };
    }

    #schedule(): void {
      if (this.#scheduled) return;
      this.#scheduled = true;
      // Coalesce several attribute changes made in one task into one mount.
      queueMicrotask(() => {
        this.#scheduled = false;
        if (this.isConnected) void this.#render();
      });
    }

    async #render(): Promise<void> {
      const generation = ++this.#generation;
      const locale = elementLocale(this);
      if (locale !== this.#locale) {
        // Only a page that asks for another language downloads its catalog.
        try {
          this.#catalog = locale === 'en' ? undefined : ((await catalogLoaders[entry.slug]?.[locale]?.()) as Catalog | undefined);
        } catch {
          this.#catalog = undefined;
        }
        if (generation !== this.#generation) return;
        this.#locale = locale;
        (this.#notices.firstElementChild as HTMLElement).textContent = elementWords[locale].lead;
      }
      this.#state = null;
      const { state, notices } = this.#resolve();
      this.#showNotices(notices);
      let mount: Mounter;
      try {
        mount = await load();
      } catch {
        this.#target.textContent = fmt(elementWords[this.#locale].failed, { widget: schema.title.toLowerCase() });
        return;
      }
      if (generation !== this.#generation || !this.isConnected) return;
      this.#unmount?.();
      this.#target.replaceChildren();
      this.#unmount = mount(this.#target, {
        ...state,
        ...(this.#catalog ? { strings: this.#catalog } : {}),
        // Not reader state, so not in the schema: how the widget talks to its host.
        urlState: false,
        shareLink: (current: Record<string, unknown>) => stateLink(schema, entry.home.cellId, current as never, homeUrl(entry)),
        onstatechange: (next: Record<string, unknown>) => {
          this.#state = { ...next };
          this.dispatchEvent(
            new CustomEvent(CHANGE_EVENT, { detail: { state: { ...next } }, bubbles: true, composed: true }),
          );
        },
      });
    }

    #showNotices(notices: Notice[]): void {
      this.#noticeList.replaceChildren(
        ...notices.map((n) => {
          const li = document.createElement('li');
          li.textContent = n.message;
          return li;
        }),
      );
      this.#notices.hidden = notices.length === 0;
    }
  }

  for (const key of keys) {
    Object.defineProperty(WidgetElement.prototype, key, {
      configurable: true,
      enumerable: true,
      get(this: WidgetElement) {
        return this.getProp(key);
      },
      set(this: WidgetElement, value: unknown) {
        this.setProp(key, value);
      },
    });
  }

  customElements.define(schema.tag, WidgetElement);
}
