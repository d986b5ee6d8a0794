// Copy buttons are added by script because without JavaScript they could not work;
// the code itself stays selectable either way.
export function initCodeCopy(): void {
  for (const pre of document.querySelectorAll<HTMLPreElement>('.prose pre')) {
    if (pre.parentElement?.classList.contains('code-block')) continue;
    const wrap = document.createElement('div');
    wrap.className = 'code-block';
    pre.replaceWith(wrap);
    wrap.append(pre);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = 'Copy';
    const lang = pre.dataset.language;
    button.setAttribute('aria-label', lang ? `Copy ${lang} code` : 'Copy code');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.innerText.replace(/\n$/, ''));
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Press Ctrl+C';
        const range = document.createRange();
        range.selectNodeContents(pre);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
    wrap.append(button);
  }
}
