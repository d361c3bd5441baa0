/// <reference lib="dom" />
import { el } from './dom';
/** What the dashboard's charts share: the class its stylesheet gives Plot's SVG, and the colours of rules and statuses. */

/** The class app.css styles Plot's SVG by, since the page's CSP drops the style element Plot puts in it. */
export const PLOT_CLASS = 'dashboard-plot';
/** A target or rule line: the red of 未达标, dashed. */
export const TARGET_COLOUR = '#cf222e';
export const DEADLINE_COLOUR = '#8250df';
export const MET_COLOUR = '#2da44e';
export const NOT_MET_COLOUR = '#cf222e';

/** A chart's width: the page's, within bounds (measured on the document, as a page may draw before it is attached). */
export function chartWidth(): number {
  return Math.max(640, Math.min(1400, document.documentElement.clientWidth - 48));
}

/** A legend's colour sample: a line's or a rule's, or a bar's. */
export function swatch(colour: string, kind: 'line' | 'rule' | 'bar'): HTMLElement {
  const mark = el('span', { class: `swatch swatch-${kind}` });
  mark.style.backgroundColor = colour; // CSSOM, which the page's CSP allows where a style attribute is not
  return mark;
}
