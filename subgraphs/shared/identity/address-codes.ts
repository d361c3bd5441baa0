import countyCodes from './data/county-codes.json';

/**
 * Address codes that appear on resident ID numbers but are no longer current county codes.
 * An ID number keeps the code of the place that issued it, so a renamed or merged county
 * lives on in the numbers of everyone registered before the change.
 */
const HISTORICAL_ADDRESS_CODES: Record<string, string> = {
  '371081': '文登市 (county-level city until 2014, now 文登区 371003)',
  '371001': '威海市市辖区 (city-district code used on early numbers)',
  '370000': '山东省 (province-level code used on some early numbers)',
  '371000': '威海市 (prefecture-level code used on some early numbers)',
};

const KNOWN = new Set<string>([...countyCodes.codes, ...Object.keys(HISTORICAL_ADDRESS_CODES)]);

/** Whether a six-digit code is a county-level address code a resident ID number can carry. */
export function isKnownAddressCode(code: string): boolean {
  return KNOWN.has(code);
}
