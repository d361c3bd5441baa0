/** Masked forms of personal information (PIPL) for callers not entitled to see it. */

/** `371002195301011234` → `3710**********1234`. */
export function maskIdNumber(number: string): string {
  if (number.length <= 8) return '*'.repeat(number.length);
  return number.slice(0, 4) + '*'.repeat(number.length - 8) + number.slice(-4);
}

/** `张伟` → `张*`, `欧阳明月` → `欧***`. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}

/** `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** Keeps the first six characters (district and street), hides the rest. */
export function maskAddress(address: string): string {
  const chars = Array.from(address);
  return chars.slice(0, 6).join('') + (chars.length > 6 ? '****' : '');
}
