/**
 * Progressive parts of a release page: a "Copy link" button (the address field
 * works without it) and the print date, written just before printing.
 */
import { formatDate } from '../i18n/format.ts';

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

const printDate = document.querySelector<HTMLElement>('[data-print-date]');
if (printDate) {
  const write = () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    printDate.textContent = printDate.dataset.template!.replace('{date}', formatDate(new Date(), zone, printDate.dataset.lang!));
  };
  addEventListener('beforeprint', write);
  matchMedia('print').addEventListener('change', (e) => e.matches && write());
}
