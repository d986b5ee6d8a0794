// Three states cycle: follow the system, light, dark. The choice lives in
// localStorage and on <html data-theme>; widgets listen for `zp-theme-change`
// to recolour their canvases.
type Choice = 'auto' | 'light' | 'dark';
const ORDER: Choice[] = ['auto', 'light', 'dark'];

function current(): Choice {
  const t = document.documentElement.dataset.theme;
  return t === 'light' || t === 'dark' ? t : 'auto';
}

function apply(choice: Choice): void {
  const root = document.documentElement;
  if (choice === 'auto') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'auto') localStorage.removeItem('zp-theme');
    else localStorage.setItem('zp-theme', choice);
  } catch { /* private mode: the choice lasts for this page only */ }
  window.dispatchEvent(new CustomEvent('zp-theme-change'));
}

export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const render = () => {
      const c = current();
      // Words come from the button's data attributes, in the page's language.
      // The visible word starts the name, so speech users can say what they see.
      button.setAttribute('aria-label', button.dataset[`${c}Label`]!);
      const label = button.querySelector('.theme-label');
      if (label) label.textContent = button.dataset[c]!;
    };
    button.hidden = false;
    render();
    button.addEventListener('click', () => {
      apply(ORDER[(ORDER.indexOf(current()) + 1) % ORDER.length]);
      render();
    });
  }
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () =>
    window.dispatchEvent(new CustomEvent('zp-theme-change')),
  );
}
