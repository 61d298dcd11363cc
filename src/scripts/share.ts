/**
 * Progressive parts of a release page: a "Copy link" button (the address field
 * works without it) and the print date, written just before printing.
 */
export {}; // a module: its names stay out of the global scope (window.status)
const field = document.querySelector<HTMLInputElement>('#share-url');
const button = document.querySelector<HTMLButtonElement>('.share-copy');
const status = document.querySelector<HTMLElement>('.share-status');
if (field && button && status && navigator.clipboard) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = button.dataset.done ?? '';
    } catch {
      // Clipboard refused (permissions): select the address so the reader can copy it.
      field.select();
    }
  });
}
field?.addEventListener('focus', () => field.select());

// The print date from the patterns the build wrote (PrintHead.astro): no date data needed here.
const printDate = document.querySelector<HTMLElement>('[data-print-date][data-months]');
if (printDate) {
  const { months, digits, template } = printDate.dataset;
  const n = (x: number) => String(x).replace(/\d/g, (c) => digits![+c]!);
  const write = () => {
    const d = new Date();
    const date = months!.split('|')[d.getMonth()]!.replace('{d}', n(d.getDate())).replace('{y}', n(d.getFullYear()));
    printDate.textContent = template!.replace('{date}', date);
  };
  addEventListener('beforeprint', write);
  matchMedia('print').addEventListener('change', (e) => e.matches && write());
}
