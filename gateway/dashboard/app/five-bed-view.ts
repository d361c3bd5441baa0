/// <reference lib="dom" />
import { HubError, query } from './api';
import { figure } from './board-table';
import { toCsv } from './csv';
import { el } from './dom';
import { bedKindLabel, FIVE_BED_KINDS, type Language, word } from './labels';
import { FIVE_BED_QUERY, type FiveBedData } from './queries';

export const CITY_CODE = '371000';

/** The five-bed page: an area and period's beds, transfer matrix and the days from hospital discharge to the next bed. */
export function fiveBedView(
  token: string,
  language: Language,
  showMessage: (key: Parameters<typeof word>[0] | null) => void,
  download: (name: string, text: string) => void,
): HTMLElement {
  const t = (key: Parameters<typeof word>[0]) => word(key, language);
  const area = el('select', { id: 'five-bed-area' }, el('option', { value: CITY_CODE }, t('city')));
  const from = el('input', { id: 'five-bed-from', type: 'date' });
  const to = el('input', { id: 'five-bed-to', type: 'date' });
  const windowDays = el('input', { id: 'five-bed-window', type: 'number', min: '1', max: '365', value: '30' });
  const show = el('button', { id: 'five-bed-show', type: 'button' }, t('show'));
  const exportCsv = el('button', { id: 'five-bed-export', type: 'button' }, t('exportCsv'));
  const result = el('div', { id: 'five-bed' });
  let shown: FiveBedData | null = null;

  async function load(): Promise<void> {
    showMessage('loading');
    try {
      shown = await query<FiveBedData>(token, FIVE_BED_QUERY, {
        area: area.value,
        from: from.value || null,
        to: to.value || null,
        windowDays: Number(windowDays.value) || 30,
      });
      showMessage(null);
      if (area.options.length === 1)
        area.append(
          ...shown.areas.map((district) =>
            el('option', { value: district.code }, district.name + (district.fiveBedPilot ? ' ★' : '')),
          ),
        );
      from.value = shown.fiveBedLinkage.from;
      to.value = shown.fiveBedLinkage.to;
      result.replaceChildren(...linkage(shown.fiveBedLinkage, language));
    } catch (error) {
      shown = null;
      result.replaceChildren();
      showMessage(error instanceof HubError ? error.reason : 'failed');
    }
  }
  show.onclick = () => void load();
  exportCsv.onclick = () => {
    if (shown)
      download(
        `five-bed-transfers-${shown.fiveBedLinkage.areaCode}-${shown.fiveBedLinkage.to}.csv`,
        toCsv(matrixRows(shown.fiveBedLinkage, language)),
      );
  };
  void load();
  return el(
    'section',
    {},
    el(
      'div',
      { class: 'controls' },
      area,
      el('label', {}, `${t('from')} `, from),
      el('label', {}, `${t('to')} `, to),
      el('label', {}, `${t('windowDays')} `, windowDays),
      show,
      exportCsv,
    ),
    result,
  );
}

type Linkage = FiveBedData['fiveBedLinkage'];

function linkage(data: Linkage, language: Language): HTMLElement[] {
  const t = (key: Parameters<typeof word>[0]) => word(key, language);
  const beds = el(
    'table',
    { id: 'five-bed-beds' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, t('bedKind')),
        el('th', {}, t('capacity')),
        el('th', {}, t('occupied')),
        el('th', {}, t('occupancy')),
      ),
    ),
    el(
      'tbody',
      {},
      ...data.beds.map((bed) =>
        el(
          'tr',
          { 'data-kind': bed.kind },
          el('th', {}, bedKindLabel(bed.kind, language)),
          el('td', {}, figure(bed.capacity, bed.capacitySuppressed, language)),
          el('td', {}, figure(bed.occupied, bed.occupiedSuppressed, language)),
          el(
            'td',
            {},
            bed.occupancyBasisPoints === null
              ? figure(null, bed.occupancyBasisPointsSuppressed, language)
              : `${(bed.occupancyBasisPoints / 100).toFixed(2)}%`,
          ),
        ),
      ),
    ),
  );
  const rows = matrixRows(data, language);
  const largest = Math.max(1, ...data.transfers.map((transfer) => transfer.count ?? 0));
  const matrix = el(
    'table',
    {
      id: 'five-bed-transfers',
      class: 'heat-map',
      'data-area': data.areaCode,
      'data-from': data.from,
      'data-to': data.to,
    },
    el('thead', {}, el('tr', {}, ...rows[0].map((header) => el('th', {}, String(header))))),
    el(
      'tbody',
      {},
      ...FIVE_BED_KINDS.map((fromKind, row) =>
        el(
          'tr',
          {},
          el('th', {}, String(rows[row + 1][0])),
          ...FIVE_BED_KINDS.map((toKind) => {
            const transfer = data.transfers.find((candidate) => candidate.from === fromKind && candidate.to === toKind);
            const count = transfer?.count ?? (transfer ? null : 0);
            // Heat: one of five shades by the count's share of the largest, so no inline style is needed.
            const shade = count === null ? 'withheld' : String(Math.ceil((count / largest) * 4));
            return el(
              'td',
              {
                'data-from': fromKind,
                'data-to': toKind,
                'data-count': count === null ? 'withheld' : String(count),
                class: `heat-${shade}`,
              },
              figure(count, transfer?.countSuppressed ?? false, language),
            );
          }),
        ),
      ),
    ),
  );
  const discharges: Array<[Parameters<typeof word>[0], string, number | null, boolean]> = [
    ['hospitalDischarges', 'discharges', data.hospitalDischarges, data.hospitalDischargesSuppressed],
    ['withNextBed', 'with-next-bed', data.hospitalDischargesWithNextBed, data.hospitalDischargesWithNextBedSuppressed],
    [
      'withoutNextBed',
      'without-next-bed',
      data.hospitalDischargesWithoutNextBed,
      data.hospitalDischargesWithoutNextBedSuppressed,
    ],
    ['medianDays', 'median-days', data.medianDaysToNextBed, data.medianDaysToNextBedSuppressed],
    ['p90Days', 'p90-days', data.p90DaysToNextBed, data.p90DaysToNextBedSuppressed],
  ];
  return [
    beds,
    el('h3', {}, t('transfers')),
    matrix,
    el('h3', {}, t('discharges')),
    el(
      'dl',
      { id: 'five-bed-discharges' },
      ...discharges.flatMap(([label, key, value, suppressed]) => [
        el('dt', {}, t(label)),
        el('dd', { 'data-figure': key }, figure(value, suppressed, language)),
      ]),
    ),
  ];
}

/** The transfer matrix as rows: header of next beds, then one row per bed left (a withheld cell says so). */
function matrixRows(data: Linkage, language: Language): Array<Array<string | number | null>> {
  const header = [word('bedKind', language), ...FIVE_BED_KINDS.map((kind) => bedKindLabel(kind, language))];
  return [
    header,
    ...FIVE_BED_KINDS.map((fromKind) => [
      bedKindLabel(fromKind, language),
      ...FIVE_BED_KINDS.map((toKind) => {
        const transfer = data.transfers.find((candidate) => candidate.from === fromKind && candidate.to === toKind);
        if (!transfer) return 0;
        return transfer.countSuppressed ? word('withheld', language) : transfer.count;
      }),
    ]),
  ];
}
