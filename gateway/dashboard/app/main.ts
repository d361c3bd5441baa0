/// <reference lib="dom" />
import { developmentCallers, developmentToken, HubError, query } from './api';
import { areaName, boardRows, cellTitle, figure, indicatorName } from './board-table';
import { toCsv } from './csv';
import { el } from './dom';
import { fiveBedView } from './five-bed-view';
import { type Language, statusLabel, unitLabel, word } from './labels';
import { lotteryView } from './lottery-view';
import { todayInChina } from './today';
import { trendsView } from './trends-view';
import {
  BOARD_QUERY,
  type BoardData,
  type Cell,
  type Definition,
  type AreaRow,
  RECORDS_QUERY,
  type RecordsData,
} from './queries';

const TOKEN_KEY = 'weihai-dashboard-token';
const LANGUAGE_KEY = 'weihai-dashboard-language';

/** The pages: the board at /dashboard, every other one at its own hash (`#five-bed`) so it can be bookmarked. */
const VIEWS = {
  board: 'boardView',
  trends: 'trendsView',
  'five-bed': 'fiveBedView',
  lottery: 'lotteryView',
} as const satisfies Record<string, Parameters<typeof word>[0]>;
type View = keyof typeof VIEWS;

/** The pages other than the board, each built by its own module with the same arguments. */
const PAGES: Record<Exclude<View, 'board'>, typeof fiveBedView> = {
  trends: trendsView,
  'five-bed': fiveBedView,
  lottery: lotteryView,
};

function viewOfHash(hash: string): View {
  const view = hash.slice(1);
  return view in PAGES ? (view as View) : 'board';
}

interface State {
  language: Language;
  token: string | null;
  asOf: string;
  view: View;
  board: BoardData | null;
  /** Offered only by a hub in embedded mode. */
  developmentCallers: Array<{ name: string; role: string }> | null;
}

const state: State = {
  language: localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh',
  token: sessionStorage.getItem(TOKEN_KEY),
  asOf: new URLSearchParams(location.search).get('asOf') ?? todayInChina(),
  view: viewOfHash(location.hash),
  board: null,
  developmentCallers: null,
};

const root = document.getElementById('app')!;
const t = (key: Parameters<typeof word>[0]) => word(key, state.language);

async function start(): Promise<void> {
  state.developmentCallers = await developmentCallers();
  render();
  if (state.token && state.view === 'board') await loadBoard();
}

function render(): void {
  document.documentElement.lang = state.language === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  const message = el('p', { id: 'message', role: 'status' });
  if (!state.token) {
    root.replaceChildren(header(), message);
    return showMessage('notSignedIn');
  }
  if (state.view !== 'board') {
    root.replaceChildren(header(), views(), message);
    return void root.append(PAGES[state.view](state.token, state.language, showMessage, download));
  }
  root.replaceChildren(header(), views(), controls(), message, el('div', { id: 'board' }), el('div', { id: 'detail' }));
  if (state.board) renderBoard(state.board);
}

/** The pages, as links of their own (`#five-bed`) so one can be bookmarked. */
function views(): HTMLElement {
  const button = (view: View, label: Parameters<typeof word>[0]) => {
    const go = el(
      'button',
      { type: 'button', id: `view-${view}`, 'aria-current': state.view === view ? 'page' : undefined },
      t(label),
    );
    go.onclick = () => {
      state.view = view;
      history.replaceState(null, '', view === 'board' ? location.pathname + location.search : `#${view}`);
      render();
      if (view === 'board' && !state.board) void loadBoard();
    };
    return go;
  };
  return el(
    'nav',
    {},
    ...(Object.entries(VIEWS) as Array<[View, Parameters<typeof word>[0]]>).map(([view, label]) => button(view, label)),
  );
}

function header(): HTMLElement {
  const language = el('button', { id: 'language', type: 'button' }, t('language'));
  language.onclick = () => {
    state.language = state.language === 'zh' ? 'en' : 'zh';
    localStorage.setItem(LANGUAGE_KEY, state.language);
    render();
  };
  return el('header', {}, el('h1', {}, t('title')), language, signIn());
}

function signIn(): HTMLElement {
  if (state.token) {
    const out = el('button', { id: 'sign-out', type: 'button' }, t('signOut'));
    out.onclick = () => setToken(null);
    return el('div', { class: 'sign-in' }, el('span', { id: 'signed-in' }, t('signedInAs')), out);
  }
  const pasted = el('input', { id: 'token', type: 'password', autocomplete: 'off', placeholder: t('pasteToken') });
  const use = el('button', { id: 'use-token', type: 'button' }, t('signIn'));
  use.onclick = () => setToken(pasted.value.trim().replace(/^Bearer\s+/i, '') || null);
  const box = el('div', { class: 'sign-in' }, pasted, use);
  if (state.developmentCallers) {
    const role = el(
      'select',
      { id: 'dev-caller' },
      ...state.developmentCallers.map((caller) =>
        el('option', { value: caller.name }, `${caller.name} (${caller.role})`),
      ),
    );
    const go = el('button', { id: 'dev-sign-in', type: 'button' }, t('signIn'));
    go.onclick = () => void developmentToken(role.value).then(setToken, () => showMessage('failed'));
    box.append(el('label', { class: 'dev' }, t('developmentSignIn'), role, go));
  }
  return box;
}

function setToken(token: string | null): void {
  state.token = token;
  state.board = null;
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
  render();
  if (token && state.view === 'board') void loadBoard();
}

function controls(): HTMLElement {
  const day = el('input', { id: 'as-of', type: 'date', value: state.asOf, max: todayInChina() });
  day.onchange = () => {
    if (!day.value) return;
    state.asOf = day.value;
    void loadBoard();
  };
  const exportCsv = el('button', { id: 'export-csv', type: 'button' }, t('exportCsv'));
  exportCsv.onclick = () => {
    if (state.board) download(`indicators-${state.asOf}.csv`, toCsv(boardRows(state.board, state.language)));
  };
  return el('div', { class: 'controls' }, el('label', {}, `${t('asOf')} `, day), exportCsv);
}

function showMessage(key: Parameters<typeof word>[0] | null): void {
  const message = document.getElementById('message');
  if (message) message.textContent = key ? t(key) : '';
}

async function loadBoard(): Promise<void> {
  if (!state.token) return;
  showMessage('loading');
  try {
    state.board = await query<BoardData>(state.token, BOARD_QUERY, { asOf: state.asOf });
    showMessage(null);
    renderBoard(state.board);
  } catch (error) {
    state.board = null;
    document.getElementById('board')!.replaceChildren();
    showMessage(error instanceof HubError ? error.reason : 'failed');
  }
}

function renderBoard(board: BoardData): void {
  const definitions = new Map(board.indicatorDefinitions.map((definition) => [definition.code, definition]));
  const areas = board.indicatorAreas;
  const head = el(
    'tr',
    {},
    el('th', {}, word('value', state.language) + ' / ' + t('target')),
    ...areas.map((row) =>
      el(
        'th',
        {
          'data-area': row.areaCode,
          class: row.area.fiveBedPilot ? 'pilot' : undefined,
          title: row.area.fiveBedPilot ? t('pilot') : undefined,
        },
        areaName(row, state.language),
        row.area.fiveBedPilot ? el('span', { class: 'pilot-mark' }, ' ★') : null,
      ),
    ),
  );
  const body = board.indicatorDefinitions.map((definition) =>
    el(
      'tr',
      {},
      el(
        'th',
        { scope: 'row', title: definition.clause },
        el('span', { class: 'code' }, definition.code),
        ' ',
        indicatorName(definition, state.language),
      ),
      ...areas.map((row) => {
        const cell = row.indicators.find((candidate) => candidate.code === definition.code);
        return cell ? boardCell(row, cell, definitions.get(cell.code)) : el('td', {});
      }),
    ),
  );
  const legend = el(
    'p',
    { class: 'legend' },
    ...['MET', 'NOT_MET', 'NOT_YET_DUE', 'NO_DATA', 'CITY_TARGET_ONLY'].map((status) =>
      el('span', { class: `status status-${status}` }, statusLabel(status, state.language)),
    ),
    el('span', { class: 'pilot-mark' }, `★ ${t('pilot')}`),
    el('span', {}, `${t('withheldMark')} ${t('withheld')}`),
  );
  document
    .getElementById('board')!
    .replaceChildren(
      legend,
      el(
        'table',
        { id: 'indicator-board', 'data-as-of': areas[0]?.asOf },
        el('thead', {}, head),
        el('tbody', {}, ...body),
      ),
    );
}

function boardCell(row: AreaRow, cell: Cell, definition: Definition | undefined): HTMLElement {
  const td = el(
    'td',
    {
      class: `status status-${cell.status}`,
      'data-area': row.areaCode,
      'data-indicator': cell.code,
      'data-status': cell.status,
      title: cellTitle(cell, definition, state.language),
      tabindex: '0',
    },
    // A withheld value is a mark in the cell (the legend and the cell's detail say what it means).
    cell.valueSuppressed ? t('withheldMark') : figure(cell.value, false, state.language),
    cell.target === null ? null : el('span', { class: 'target' }, ` / ${cell.target}`),
  );
  td.onclick = () => void showDetail(row, cell, definition);
  return td;
}

async function showDetail(row: AreaRow, cell: Cell, definition: Definition | undefined): Promise<void> {
  const close = el('button', { type: 'button', class: 'close' }, t('close'));
  close.onclick = () => document.getElementById('detail')!.replaceChildren();
  const facts: Array<[string, string]> = [
    [t('value'), `${figure(cell.value, cell.valueSuppressed, state.language)} ${unitLabel(cell.unit, state.language)}`],
    [t('target'), cell.target === null ? t('none') : String(cell.target)],
    [t('status'), statusLabel(cell.status, state.language)],
    [t('numerator'), figure(cell.numerator, cell.numeratorSuppressed, state.language)],
    [t('denominator'), figure(cell.denominator, cell.denominatorSuppressed, state.language)],
    [t('deadline'), cell.deadline ?? t('none')],
    [t('baseline'), definition?.baseline2020 === null || !definition ? t('none') : String(definition.baseline2020)],
    [t('clause'), definition?.clause ?? t('none')],
  ];
  const records = el('div', { id: 'detail-records' });
  document
    .getElementById('detail')!
    .replaceChildren(
      el(
        'section',
        { class: 'detail', 'data-area': row.areaCode, 'data-indicator': cell.code },
        close,
        el(
          'h2',
          {},
          `${areaName(row, state.language)} · ${cell.code} ${definition ? indicatorName(definition, state.language) : ''}`,
        ),
        el('dl', {}, ...facts.flatMap(([term, text]) => [el('dt', {}, term), el('dd', {}, text)])),
        el('h3', {}, t('records')),
        records,
      ),
    );
  if (!definition?.recordKind || !state.token) return void records.replaceChildren(t('noRecords'));
  try {
    const data = await query<RecordsData>(state.token, RECORDS_QUERY, {
      asOf: row.asOf,
      area: row.areaCode,
      code: cell.code,
    });
    const page = data.indicatorAreas[0]?.indicators[0]?.records;
    if (!page || page.items.length === 0) return void records.replaceChildren(t('noRecords'));
    records.replaceChildren(
      el(
        'table',
        { class: 'records' },
        ...page.items.map((item) =>
          el(
            'tr',
            { 'data-kind': item.kind },
            el('td', {}, item.code),
            el('td', {}, item.name ?? ''),
            el('td', {}, item.counted === null ? '' : item.counted ? '✓' : '✗'),
            el('td', {}, figure(item.value, item.valueSuppressed, state.language)),
          ),
        ),
      ),
      el('p', {}, `${page.items.length} / ${page.total}`),
    );
  } catch (error) {
    records.replaceChildren(
      error instanceof HubError && error.reason === 'forbidden'
        ? t('notRecordsAllowed')
        : t(error instanceof HubError ? error.reason : 'failed'),
    );
  }
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

void start();
