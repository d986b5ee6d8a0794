// The plumbing every widget needs between its state and the page: read a
// shared link's state once mounted, mirror changes into the URL (debounced),
// tell a custom element's host about each change, and build "copy link"
// URLs. A widget spreads HostHooks into its props and passes its model (or
// any object with initial/settings/load); call it while the component
// initialises (it registers effects).
import { onMount, untrack } from 'svelte';
import type { Notice } from '../../lib/widget-state/resolve.ts';
import type { StateOf, WidgetSchema } from '../../lib/widget-state/schema.ts';
import { decodeUrlState, replaceUrlState } from '../../lib/widget-state/url-state.ts';
import type { StateWords } from '../../lib/widget-state/words.ts';

export interface HostHooks<S extends WidgetSchema> {
  /** false: neither read nor write the page URL (custom elements on others' pages). */
  urlState?: boolean;
  /** Builds the "copy link" URL instead of this page's URL. */
  shareLink?: (state: StateOf<S>) => string;
  /** Called with the new state after each change the reader makes. */
  onstatechange?: (state: StateOf<S>) => void;
}

export interface HostModel<S extends WidgetSchema> {
  readonly initial: StateOf<S>;
  readonly settings: StateOf<S>;
  load(state: StateOf<S>, notices: Notice[]): void;
}

export interface Host {
  /** True once mounted in a browser (and after a shared link was read). */
  readonly hydrated: boolean;
  link(): string;
}

export function connectHost<S extends WidgetSchema>(
  schema: S,
  id: string,
  model: HostModel<S>,
  hooks: HostHooks<S>,
  /** Notice words in the page's language (the catalog's shared.state). */
  words?: StateWords,
): Host {
  const { urlState = true, shareLink, onstatechange } = hooks;
  let hydrated = $state.raw(false);
  let written: StateOf<S> | null = null;
  let announced: StateOf<S> | null = null;

  onMount(() => {
    // State from a shared link wins over the page's props.
    if (urlState) {
      const decoded = decodeUrlState(schema, id, location.search, model.initial, words);
      if (decoded.present.length > 0 || decoded.notices.length > 0) model.load(decoded.state, decoded.notices);
    }
    written = model.settings;
    announced = model.settings;
    hydrated = true;
  });

  // Debounced so typing or dragging does not flood history. Settings are
  // replaced on every change, so identity tells whether anything changed
  // since the URL was last written.
  let timer: ReturnType<typeof setTimeout> | undefined;
  $effect(() => {
    const settings = model.settings;
    if (!hydrated || !urlState || settings === written) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      written = settings;
      const search = replaceUrlState(location.search, schema, id, settings, model.initial);
      if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }, 250);
    return () => clearTimeout(timer);
  });

  // Tell the host about each new state (not the starting one).
  $effect(() => {
    const settings = model.settings;
    if (!hydrated || settings === announced) return;
    announced = settings;
    untrack(() => onstatechange?.({ ...settings }));
  });

  return {
    get hydrated() {
      return hydrated;
    },
    link() {
      if (shareLink) return shareLink(model.settings);
      const search = replaceUrlState(location.search, schema, id, model.settings, model.initial);
      return `${location.origin}${location.pathname}${search}#${id}`;
    },
  };
}
