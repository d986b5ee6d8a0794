// Runs on every embed page: keeps the parent's iframe as tall as the
// content, points "Open in Zero Point" at the lesson with the current state,
// and says so when the link carried parameters the embed does not know.
import { decodeUrlState } from '../../../lib/widget-state/url-state.ts';
import { foreignParams, resizeMessage } from '../../../elements/embed.ts';
import { stateLink } from '../../../elements/share.ts';
import { widgetBySlug } from '../../../widgets/registry.ts';

export function startEmbed(): void {
  const home = document.querySelector<HTMLAnchorElement>('a[data-embed-home]');
  const slug = home?.dataset.widget ?? '';
  const namespace = home?.dataset.namespace ?? '';
  const entry = widgetBySlug(slug);

  if (window.parent !== window) {
    let last = -1;
    const post = () => {
      const message = resizeMessage(slug, document.documentElement.getBoundingClientRect().height);
      if (message.height === last) return;
      last = message.height;
      // Only a height leaves the frame, so any parent may read it.
      window.parent.postMessage(message, '*');
    };
    new ResizeObserver(post).observe(document.documentElement);
    post();
  }

  const extra = foreignParams(location.search, namespace);
  const notice = document.querySelector<HTMLElement>('[data-embed-notice]');
  if (extra > 0 && notice) {
    // Counted, never echoed: the names come from whoever wrote the link.
    // The words are rendered into the notice's data attributes in the page's language.
    const template = (extra === 1 ? notice.dataset.one : notice.dataset.other) ?? '';
    notice.textContent = template.replace('{count}', String(extra)).replace('{namespace}', namespace);
    notice.hidden = false;
  }

  if (home && entry) {
    // The widget keeps its state in this page's URL; read it when the link is used.
    const refresh = () => {
      const { state } = decodeUrlState(entry.schema, namespace, location.search);
      home.href = stateLink(entry.schema, namespace, state, new URL(home.getAttribute('href') ?? '', location.href).href);
    };
    for (const type of ['pointerdown', 'focus', 'click', 'contextmenu']) home.addEventListener(type, refresh);
  }
}
