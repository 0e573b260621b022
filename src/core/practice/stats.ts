import type { DayCount, ReviewStats } from '../review/progress';
import { attr as esc, htmlShell } from './page';

/** The statistics page's words, in the user's language. */
export interface StatsLabels {
  readonly title: string;
  readonly perDay: string;
  readonly forecast: string;
  readonly retention: string;
  readonly noGrades: string;
  readonly cards: string;
  /** `{0}장` / `{0} cards`: a count of cards. */
  readonly count: (n: number) => string;
  /** A day as an axis label (`12/3`). */
  readonly day: (epochMs: number) => string;
}

/**
 * The statistics view: reviews per day for the last 30 days, retention, and a 30-day forecast
 * of due cards, as SVG bar charts. No script at all (the CSP allows none) and no inline style:
 * colours come from the stylesheet through VS Code's theme variables.
 */
export function statsPage(stats: ReviewStats, labels: StatsLabels, options: { readonly cspSource: string; readonly styleUri: string; readonly lang: string }): string {
  const csp = `default-src 'none'; style-src ${options.cspSource}; img-src ${options.cspSource}`;
  const retention = stats.retention === undefined ? labels.noGrades : `${Math.round(stats.retention * 1000) / 10}%`;
  const body = `<main id="stats">
<h1>${esc(labels.title)}</h1>
<p class="figures"><span>${esc(labels.retention)}: <strong>${esc(retention)}</strong></span> <span>${esc(labels.cards)}: <strong>${esc(labels.count(stats.total))}</strong></span></p>
<h2>${esc(labels.perDay)}</h2>
${barChart(stats.perDay, labels, 'past')}
<h2>${esc(labels.forecast)}</h2>
${barChart(stats.forecast, labels, 'future')}
</main>`;
  return htmlShell({ lang: options.lang, csp, styleUri: options.styleUri, title: labels.title, body });
}

const WIDTH = 600;
const HEIGHT = 160;
const AXIS = 22;

/** One bar per day, a title on each bar for screen readers and tooltips, a label every 5 days. */
function barChart(days: readonly DayCount[], labels: StatsLabels, kind: 'past' | 'future'): string {
  const max = Math.max(1, ...days.map((d) => d.count));
  const step = WIDTH / Math.max(1, days.length);
  const bars = days
    .map((d, k) => {
      const h = Math.round(((HEIGHT - AXIS - 14) * d.count) / max);
      const x = Math.round(k * step + 1);
      const y = HEIGHT - AXIS - h;
      const tip = `${labels.day(d.day)}: ${labels.count(d.count)}`;
      const value = d.count > 0 ? `<text class="value" x="${x + Math.round((step - 2) / 2)}" y="${y - 3}" text-anchor="middle">${d.count}</text>` : '';
      const tick = k % 5 === 0 || k === days.length - 1 ? `<text class="axis" x="${x + Math.round((step - 2) / 2)}" y="${HEIGHT - 6}" text-anchor="middle">${esc(labels.day(d.day))}</text>` : '';
      return `<g><rect class="bar ${kind}" x="${x}" y="${y}" width="${Math.max(1, Math.round(step - 2))}" height="${h}"><title>${esc(tip)}</title></rect>${value}${tick}</g>`;
    })
    .join('');
  const summary = days.map((d) => `${labels.day(d.day)} ${d.count}`).join(', ');
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${esc(summary)}"><line class="baseline" x1="0" y1="${HEIGHT - AXIS}" x2="${WIDTH}" y2="${HEIGHT - AXIS}"/>${bars}</svg>`;
}

