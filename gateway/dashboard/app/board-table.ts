import { type Language, statusLabel, unitLabel, word } from './labels';
import type { AreaRow, BoardData, Cell, Definition } from './queries';

/** A figure as shown: withheld figures say so, missing ones are a dash, never 0. */
export function figure(value: number | null, suppressed: boolean, language: Language): string {
  if (suppressed) return word('withheld', language);
  return value === null ? word('none', language) : String(value);
}

export function indicatorName(definition: Definition, language: Language): string {
  return language === 'zh' ? definition.nameZh : definition.nameEn;
}

export function areaName(row: AreaRow, language: Language): string {
  return row.area.level === 'CITY' && language === 'en'
    ? `${word('city', language)} (${row.area.name})`
    : row.area.name;
}

/** The board as one row per area and indicator, for the CSV export (the on-screen table is its pivot). */
export function boardRows(data: BoardData, language: Language): Array<Array<string | number | null>> {
  const definitions = new Map(data.indicatorDefinitions.map((definition) => [definition.code, definition]));
  const header = [
    'asOf',
    'area',
    'areaCode',
    'pilot',
    'indicator',
    'code',
    'value',
    'target',
    'unit',
    'status',
    'deadline',
    'baseline2020',
  ];
  const rows: Array<Array<string | number | null>> = [header.map((key) => headerLabel(key, language))];
  for (const area of data.indicatorAreas) {
    for (const cell of area.indicators) {
      const definition = definitions.get(cell.code);
      rows.push([
        area.asOf,
        area.area.name,
        area.areaCode,
        area.area.fiveBedPilot ? word('pilot', language) : '',
        definition ? indicatorName(definition, language) : cell.code,
        cell.code,
        cell.valueSuppressed ? word('withheld', language) : cell.value,
        cell.target,
        unitLabel(cell.unit, language),
        statusLabel(cell.status, language),
        cell.deadline,
        definition?.baseline2020 ?? null,
      ]);
    }
  }
  return rows;
}

const HEADERS: Record<string, Record<Language, string>> = {
  asOf: { zh: '截至日期', en: 'As of' },
  area: { zh: '地区', en: 'Area' },
  areaCode: { zh: '区划代码', en: 'Area code' },
  pilot: { zh: '试点', en: 'Pilot' },
  indicator: { zh: '指标', en: 'Indicator' },
  code: { zh: '编号', en: 'Code' },
  value: { zh: '数值', en: 'Value' },
  target: { zh: '目标', en: 'Target' },
  unit: { zh: '单位', en: 'Unit' },
  status: { zh: '状态', en: 'Status' },
  deadline: { zh: '期限', en: 'Deadline' },
  baseline2020: { zh: '2020年基数', en: '2020 baseline' },
};

function headerLabel(key: string, language: Language): string {
  return HEADERS[key]?.[language] ?? key;
}

/** What a cell's tooltip says: status, deadline and the 2020 baseline. */
export function cellTitle(cell: Cell, definition: Definition | undefined, language: Language): string {
  return [
    `${word('status', language)}: ${statusLabel(cell.status, language)}`,
    `${word('deadline', language)}: ${cell.deadline ?? word('none', language)}`,
    `${word('baseline', language)}: ${definition?.baseline2020 ?? word('none', language)}`,
  ].join('\n');
}
