import {
  CaregiverCertificateKind,
  CaregiverCertificateLevel,
  kindOfLevel,
  rankOfLevel,
} from '../../../subgraphs/human-resources/certificate/certificate.enums';
import { CaregiverRole } from '../../../subgraphs/human-resources/caregiver/caregiver-role.enum';
import { isCertificateValidOn, isCertifiedOn } from '../../../subgraphs/human-resources/certificate/certified';
import {
  meetsShareTarget,
  CERTIFIED_SHARE_TARGET,
  LONG_TERM_CARER_SHARE_TARGET,
} from '../../../subgraphs/human-resources/workforce/workforce-targets';

describe('being certified (持证)', () => {
  it('counts a certificate from its day of issue through its expiry day, and one without expiry for ever', () => {
    const certificate = { issuedOn: '2024-06-30', expiresOn: '2029-06-29' };
    expect(isCertificateValidOn(certificate, '2024-06-29')).toBe(false);
    expect(isCertificateValidOn(certificate, '2024-06-30')).toBe(true);
    expect(isCertificateValidOn(certificate, '2029-06-29')).toBe(true);
    expect(isCertificateValidOn(certificate, '2029-06-30')).toBe(false);
    expect(isCertificateValidOn({ issuedOn: '2001-01-01', expiresOn: null }, '2099-12-31')).toBe(true);
  });

  it('makes a caregiver certified when any one of their care certificates is valid', () => {
    const { ELDER_CAREGIVER_SKILL, SOCIAL_WORKER } = CaregiverCertificateKind;
    const expired = { kind: ELDER_CAREGIVER_SKILL, issuedOn: '2019-05-01', expiresOn: '2024-04-30' };
    expect(isCertifiedOn([], CaregiverRole.ELDER_CAREGIVER, '2025-01-01')).toBe(false);
    expect(isCertifiedOn([expired], CaregiverRole.ELDER_CAREGIVER, '2025-01-01')).toBe(false);
    const valid = { kind: SOCIAL_WORKER, issuedOn: '2024-12-01', expiresOn: null };
    expect(isCertifiedOn([expired, valid], CaregiverRole.ELDER_CAREGIVER, '2025-01-01')).toBe(true);
  });

  it('certifies an institution’s medical, rehabilitation and fire-safety staff only by the licence of their own trade', () => {
    const held = (kind: CaregiverCertificateKind) => [{ kind, issuedOn: '2024-01-01', expiresOn: null }];
    const { MEDICAL_STAFF, REHABILITATION_THERAPIST, FIRE_SAFETY_OPERATOR, ELDER_CAREGIVER } = CaregiverRole;
    const { NURSE_LICENCE, PHYSICIAN_LICENCE, REHABILITATION_THERAPY, FIRE_FACILITY_OPERATOR, ELDER_CAREGIVER_SKILL } =
      CaregiverCertificateKind;
    const day = '2025-01-01';
    expect(isCertifiedOn(held(NURSE_LICENCE), MEDICAL_STAFF, day)).toBe(true);
    expect(isCertifiedOn(held(PHYSICIAN_LICENCE), MEDICAL_STAFF, day)).toBe(true);
    expect(isCertifiedOn(held(ELDER_CAREGIVER_SKILL), MEDICAL_STAFF, day)).toBe(false);
    expect(isCertifiedOn(held(REHABILITATION_THERAPY), REHABILITATION_THERAPIST, day)).toBe(true);
    expect(isCertifiedOn(held(NURSE_LICENCE), REHABILITATION_THERAPIST, day)).toBe(false);
    expect(isCertifiedOn(held(FIRE_FACILITY_OPERATOR), FIRE_SAFETY_OPERATOR, day)).toBe(true);
    // A nurse who now works as a caregiver is not a certified caregiver by her nursing licence.
    expect(isCertifiedOn(held(NURSE_LICENCE), ELDER_CAREGIVER, day)).toBe(false);
  });
});

describe('certificate levels', () => {
  it('ranks elder-caregiver skill levels from 五级 (1) to 一级/高级技师 (5), the highest', () => {
    expect(rankOfLevel(CaregiverCertificateLevel.ELDER_CAREGIVER_LEVEL_5)).toBe(1);
    expect(rankOfLevel(CaregiverCertificateLevel.ELDER_CAREGIVER_LEVEL_1)).toBe(5);
    expect(rankOfLevel(CaregiverCertificateLevel.LONG_TERM_CARER_SENIOR)).toBe(3);
  });

  it('gives every level exactly one kind', () => {
    for (const level of Object.values(CaregiverCertificateLevel))
      expect(Object.values(CaregiverCertificateKind)).toContain(kindOfLevel(level));
    expect(kindOfLevel(CaregiverCertificateLevel.SOCIAL_WORKER)).toBe(CaregiverCertificateKind.SOCIAL_WORKER);
    expect(kindOfLevel(CaregiverCertificateLevel.LONG_TERM_CARER_JUNIOR)).toBe(
      CaregiverCertificateKind.LONG_TERM_CARER,
    );
  });
});

describe('measure 20’s targets', () => {
  it('are 90% certified by end-2025 and 20% long-term carers by end-2026', () => {
    expect(CERTIFIED_SHARE_TARGET).toEqual({ percent: 90, deadline: '2025-12-31' });
    expect(LONG_TERM_CARER_SHARE_TARGET).toEqual({ percent: 20, deadline: '2026-12-31' });
  });

  it('compare shares exactly: 9 of 10 meets 90%, 89 of 99 does not, and no staff decides nothing', () => {
    expect(meetsShareTarget(9, 10, CERTIFIED_SHARE_TARGET)).toBe(true);
    expect(meetsShareTarget(89, 99, CERTIFIED_SHARE_TARGET)).toBe(false);
    expect(meetsShareTarget(1, 5, LONG_TERM_CARER_SHARE_TARGET)).toBe(true);
    expect(meetsShareTarget(0, 0, CERTIFIED_SHARE_TARGET)).toBeNull();
  });
});
