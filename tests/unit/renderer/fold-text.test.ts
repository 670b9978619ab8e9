import { describe, expect, it } from 'vitest';
import { foldText, queryWords } from '../../../src/renderer/src/library/fold-text';

describe('the quick filter’s text folding', () => {
  it('lowercases Kazakh letters and ignores guillemets and other quotes', () => {
    // NFKC spells № as «No» on both sides of the comparison, so «№ 28» still finds «№ 28».
    expect(foldText('«САРЫАРҚА», № 28')).toBe('сарыарқа, no 28');
    expect(foldText('ҰРАН ӘЛІППЕ Ғ Қ Ң Ө Ү Һ І')).toBe('ұран әліппе ғ қ ң ө ү һ і');
    expect(foldText('„Алаш“ "газеті"')).toBe('алаш газеті');
  });

  it('normalises compatibility forms and spacing', () => {
    expect(foldText('  Қазақ\u00a0\n газеті ')).toBe('қазақ газеті');
    expect(foldText('ﬁle №')).toBe('file no');
  });

  it('splits a query into folded words', () => {
    expect(queryWords(' «Қазақ»  1917 ')).toEqual(['қазақ', '1917']);
    expect(queryWords('   ')).toEqual([]);
  });
});
