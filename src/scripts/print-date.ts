/**
 * The print date, written just before printing from the month patterns and digits the
 * build put on the line (PrintHead.astro): no date data is needed in the browser. The
 * only script of a release page, kept small.
 */
export {}; // a module: its names stay out of the global scope
const line = document.querySelector<HTMLElement>('[data-print-date][data-months]');
if (line) {
  const { months, digits, template } = line.dataset;
  const n = (x: number) => String(x).replace(/\d/g, (c) => digits![+c]!);
  const write = () => {
    const d = new Date();
    line.textContent = template!.replace('{date}', months!.split('|')[d.getMonth()]!.replace('{d}', n(d.getDate())).replace('{y}', n(d.getFullYear())));
  };
  addEventListener('beforeprint', write);
  matchMedia('print').addEventListener('change', (e) => e.matches && write());
}
