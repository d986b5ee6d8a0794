// Copy buttons are added by script because without JavaScript they could not work;
// the code itself stays selectable either way.
// The words come from <main data-code-words>, rendered in the page's language.
export function initCodeCopy(): void {
  const w = JSON.parse(document.querySelector<HTMLElement>('[data-code-words]')?.dataset.codeWords ?? '{}') as Record<string, string>;
  for (const pre of document.querySelectorAll<HTMLPreElement>('.prose pre')) {
    if (pre.parentElement?.classList.contains('code-block')) continue;
    const wrap = document.createElement('div');
    wrap.className = 'code-block';
    pre.replaceWith(wrap);
    wrap.append(pre);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = w.copy!;
    const lang = pre.dataset.language;
    button.setAttribute('aria-label', lang ? w.copyLangCode!.replace('{lang}', lang) : w.copyCode!);
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.innerText.replace(/\n$/, ''));
        button.textContent = w.copied!;
      } catch {
        button.textContent = w.pressCtrlC!;
        const range = document.createRange();
        range.selectNodeContents(pre);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }
      setTimeout(() => (button.textContent = w.copy!), 2000);
    });
    wrap.append(button);
  }
}
