// Mounting a widget's Svelte component is the one place the elements bundle
// needs Svelte's runtime; it lives in the widget's lazy chunk, not the entry.
import { mount, unmount, type Component } from 'svelte';

export type Mounter = (target: Element, props: Record<string, unknown>) => () => void;

export function mounter(component: Component<any>): Mounter {
  return (target, props) => {
    const instance = mount(component, { target, props });
    return () => void unmount(instance);
  };
}
