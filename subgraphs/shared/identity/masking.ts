/**
 * Masked forms of personal information (PIPL) for callers not entitled to see it. A mask must not be
 * undone with what the same caller reads beside it: an elder's or caregiver's sex, birth date, age
 * and service or work district are shown unmasked, and no root answers such a caller by ID number,
 * name or phone (test/unit/shared/identity/masking-completion.spec.ts counts what is left).
 */

/** Characters of an ID number shown masked: the province and city (3710 = 威海市), which every record of the hub shares. */
const ID_NUMBER_SHOWN = 4;

/**
 * `371002195301011234` → `3710**************`. The county, the birth date (visible anyway), the
 * three-digit sequence and the check character are hidden: with the birth date and sex known,
 * 500 numbers fit even for a caller who guesses the county right (the sequence's last digit is
 * odd for men, even for women) and 5,000 over the ten address codes Weihai's numbers carry. Showing the check
 * character, as the mask once did, left a single number: it pins the one unknown, the county.
 */
export function maskIdNumber(number: string): string {
  if (number.length <= ID_NUMBER_SHOWN) return '*'.repeat(number.length);
  return number.slice(0, ID_NUMBER_SHOWN) + '*'.repeat(number.length - ID_NUMBER_SHOWN);
}

/** `张伟` → `张*`, `欧阳明月` → `欧***`: the surname, which with sex and age still fits thousands in a district. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}

/** `13812345678` → `138****5678`: the carrier prefix and last four, 10,000 numbers for the hidden four. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/**
 * The leading administrative divisions of an address (province, city, district or county, town or
 * street), each a short name ending in its suffix; a road, house or room never ends a division name.
 */
const DIVISIONS = /^(?:[^\d\s省市区县旗镇乡]{1,12}?(?:省|自治区|市|区|县|旗|镇|乡|街道))*/u;

/**
 * `山东省威海市环翠区鲸园街道海港路18号` → `山东省威海市环翠区鲸园街道****`: only the divisions, which the
 * caller reads in the service area anyway; the road, house and room are hidden, however the clerk
 * began the address (`海港路18号` → `****`).
 */
export function maskAddress(address: string): string {
  const divisions = DIVISIONS.exec(address)?.[0] ?? '';
  return divisions.length < address.length ? `${divisions}****` : divisions;
}
