import { maskAddress, maskIdNumber, maskName, maskPhone } from '../../../../subgraphs/shared/identity/masking';

describe('maskIdNumber', () => {
  it('keeps only the province and city, hiding the county, birth date, sequence and check character', () => {
    expect(maskIdNumber('37100219530101123X')).toBe('3710**************');
  });

  it('keeps the length, so a masked number still looks like one', () => {
    expect(maskIdNumber('371002195301011234')).toHaveLength(18);
  });

  it('hides every character of a number no longer than the part it keeps', () => {
    expect(maskIdNumber('3710')).toBe('****');
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
  it('keeps the administrative divisions and hides the road, house and room', () => {
    expect(maskAddress('山东省威海市环翠区鲸园街道海港路18号')).toBe('山东省威海市环翠区鲸园街道****');
    expect(maskAddress('荣成市石岛镇东山村12号')).toBe('荣成市石岛镇****');
    expect(maskAddress('威海市经济技术开发区皇冠街道青岛中路1号')).toBe('威海市经济技术开发区皇冠街道****');
  });

  it('hides the whole of an address that begins with its road, however short', () => {
    expect(maskAddress('海港路18号')).toBe('****');
    expect(maskAddress('市场路5号')).toBe('****');
    expect(maskAddress('威海市市场路5号')).toBe('威海市****');
  });

  it('leaves an address of divisions alone as it is: the service area shows as much', () => {
    expect(maskAddress('威海市环翠区')).toBe('威海市环翠区');
  });
});
