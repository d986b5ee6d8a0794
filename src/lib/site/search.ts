// Pagefind builds its index during `astro build` (src/integrations/pagefind.ts);
// its loader is fetched only when the reader searches, so no page pays for
// search up front.
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

/** Pagefind excerpts contain only <mark>; anything else is escaped. */
function safeExcerpt(html: string): string {
  const escaped = html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/&lt;mark&gt;/g, '<mark>').replace(/&lt;\/mark&gt;/g, '</mark>');
}

export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  // Messages are rendered into the form's data attributes in the page's language.
  const say = (key: string, values: Record<string, string | number> = {}) =>
    (status.textContent = (form.dataset[key] ?? '').replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot)));

  let seq = 0;
  async function run(query: string): Promise<void> {
    const mine = ++seq;
    const q = query.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) {
      list!.replaceChildren();
      say('empty');
      return;
    }
    try {
      const pf = await loadPagefind();
      const { results } = await pf.search(q);
      const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      if (mine !== seq) return;
      list!.replaceChildren(
        ...data.map((d) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = d.url;
          a.textContent = d.meta.title ?? d.url;
          const p = document.createElement('p');
          p.innerHTML = safeExcerpt(d.excerpt);
          li.append(a, p);
          return li;
        }),
      );
      say(results.length === 0 ? 'none' : results.length === 1 ? 'resultsOne' : 'resultsOther', { query: q, count: results.length });
    } catch {
      if (mine !== seq) return;
      say('missing');
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 150);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
  input.focus();
}
