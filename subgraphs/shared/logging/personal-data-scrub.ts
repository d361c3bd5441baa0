/**
 * The last line of defence for personal data in logs: whatever a message or a driver's error text
 * carries (MariaDB's "Duplicate entry '…'" quotes the value it refused), resident ID numbers, mobile
 * numbers and bearer tokens never reach a log line. Named fields are redacted by the logger's paths;
 * this catches the same data inside free text.
 */

/** 18-character resident ID numbers (GB 11643), not part of a longer run of digits. */
const RESIDENT_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;

/** Mainland mobile numbers (11 digits from 13… to 19…), standing alone: not inside a longer number or a hash's hex. */
const MOBILE_PHONE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g;

/** Compact JWS tokens (the hub's callers' tokens), with or without the `Bearer` scheme before them. */
const BEARER_TOKEN = /(Bearer\s+)?eyJ[\w-]*\.[\w-]*\.[\w-]*/g;

export const SCRUBBED_ID_NUMBER = '[id-number]';
export const SCRUBBED_PHONE = '[phone]';
export const SCRUBBED_TOKEN = '[token]';

export function scrubPersonalData(text: string): string {
  return text
    .replace(BEARER_TOKEN, SCRUBBED_TOKEN)
    .replace(RESIDENT_ID, SCRUBBED_ID_NUMBER)
    .replace(MOBILE_PHONE, SCRUBBED_PHONE);
}
