import { maskAddress, maskIdNumber, maskName, maskPhone } from '../../../../subgraphs/shared/identity/masking';

describe('maskIdNumber', () => {
  it('keeps the first four and last four characters of an 18-character number', () => {
    expect(maskIdNumber('37100219530101123X')).toBe('3710**********123X');
  });

  it('keeps the length, so a masked number still looks like one', () => {
    expect(maskIdNumber('371002195301011234')).toHaveLength(18);
  });

  it('hides every character of a number too short to keep both ends', () => {
    expect(maskIdNumber('12345678')).toBe('********');
  });
});

describe('maskName', () => {
  it('keeps the surname of a two-character name', () => {
    expect(maskName('张伟')).toBe('张*');
  });

  it('keeps only the first character of a compound surname', () => {
    expect(maskName('欧阳明月')).toBe('欧***');
  });

  it('hides a one-character name entirely', () => {
    expect(maskName('伟')).toBe('*');
  });

  it('counts characters outside the basic plane as one each', () => {
    expect(maskName('𠀀伟')).toBe('𠀀*');
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('hides the middle of a landline number with its area code', () => {
    expect(maskPhone('06315201234')).toBe('063****1234');
  });

  it('hides every digit of a number too short to keep both ends', () => {
    expect(maskPhone('5201234')).toBe('*******');
  });
});

describe('maskAddress', () => {
  it('keeps the first six characters and hides the rest', () => {
    expect(maskAddress('山东省威海市环翠区鲸园街道海港路18号')).toBe('山东省威海市****');
  });

  it('leaves an address of six characters or fewer as it is', () => {
    expect(maskAddress('威海市环翠区')).toBe('威海市环翠区');
  });
});
