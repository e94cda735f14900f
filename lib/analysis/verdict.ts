// Sentences a reader understands without the numbers: the verdict and the reasons for the two badges.
import type { Bilingual, DomainCounts, Scores, TitleInfo } from './schema';

const ROLE = {
  marketing: { zh: '市场', en: 'marketing' },
  operations: { zh: '运营', en: 'operations' },
  mix: { zh: '市场运营', en: 'marketing and operations' },
  none: { zh: '', en: '' },
};

function elsewhereShare(counts: DomainCounts): number {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return total ? (counts.sales + counts.product + counts.other) / total : 0;
}

export function verdictFor(scores: Scores, dutyCount: number): Bilingual {
  const { band, M, O, counts, spillover } = scores;
  if (dutyCount === 0) {
    return { zh: '没有找到可分析的职责描述。', en: 'No duties were found to analyse.' };
  }
  const lean = M >= O ? ROLE.marketing : ROLE.operations;
  const other = M >= O ? ROLE.operations : ROLE.marketing;
  let zh: string;
  let en: string;
  switch (band) {
    case 'none':
      zh = '这不是市场或运营岗位：职责主要属于销售、产品或其他职能。';
      en = 'This is not a marketing or operations role: its duties belong to sales, product or other work.';
      break;
    case 'clear':
      zh = `这是一个职责清晰的${lean.zh}岗位。`;
      en = `This is a clear ${lean.en} role.`;
      break;
    case 'leaning':
      zh = `这个岗位以${lean.zh}为主，也承担部分${other.zh}工作。`;
      en = `This role is mainly ${lean.en}, with some ${other.en} work mixed in.`;
      break;
    default:
      zh = '这个岗位把市场和运营混在一起：既要做品牌认知，又要对转化负责。';
      en = 'This role mixes marketing and operations: it is asked to build awareness and to own conversion.';
  }
  if (band !== 'none' && spillover >= 0.2) {
    const sales = counts.sales >= counts.product;
    zh += sales ? '还有不少职责其实是销售工作。' : '还有不少职责其实是产品工作。';
    en += sales ? ' Many duties are really sales work.' : ' Many duties are really product work.';
  } else if (band !== 'none' && elsewhereShare(counts) >= 0.4) {
    zh += '另有很多职责不属于市场或运营。';
    en += ' Many duties belong to neither marketing nor operations.';
  }
  return { zh, en };
}

export function titleFitReason(scores: Scores, title: TitleInfo): Bilingual {
  const named = ROLE[title.role];
  const lean = scores.M >= scores.O ? ROLE.marketing : ROLE.operations;
  switch (scores.titleFit) {
    case 'unknown':
      return title.role === 'none'
        ? { zh: '标题没有写明是市场还是运营岗位。', en: 'The title names neither marketing nor operations.' }
        : { zh: '没有职责可以对照标题。', en: 'There are no duties to compare with the title.' };
    case 'fits':
      return title.role === 'mix'
        ? { zh: '标题写明是市场运营，职责也确实两者兼有。', en: 'The title declares a mix, and the duties are mixed.' }
        : { zh: `标题写的是${named.zh}，职责也主要是${named.zh}。`, en: `The title says ${named.en}, and most duties are ${named.en}.` };
    case 'mixed':
      return { zh: `标题只写了${named.zh}，职责却是市场和运营混合。`, en: `The title says ${named.en}, but the duties mix marketing and operations.` };
    case 'mislabelled': {
      const total = Object.values(scores.counts).reduce((a, b) => a + b, 0);
      if (scores.M + scores.O < total / 2 || scores.M + scores.O === 0) {
        return { zh: `标题写的是${named.zh}，但多数职责属于销售、产品或其他工作。`, en: `The title says ${named.en}, but most duties are sales, product or other work.` };
      }
      if (title.role === 'mix') {
        return { zh: `标题写明兼顾市场和运营，职责却几乎都是${lean.zh}。`, en: `The title promises both roles, but the duties are almost all ${lean.en}.` };
      }
      return { zh: `标题写的是${named.zh}，但多数职责其实是${lean.zh}。`, en: `The title says ${named.en}, but most duties are really ${lean.en}.` };
    }
  }
}

export function seniorityFitReason(scores: Scores, title: TitleInfo): Bilingual {
  switch (scores.seniorityFit) {
    case 'unknown':
      return title.seniority === 'none'
        ? { zh: '标题没有写明级别。', en: 'The title names no seniority.' }
        : { zh: '没有职责可以对照级别。', en: 'There are no duties to compare with the seniority.' };
    case 'inflated':
      return { zh: '标题是高级岗位，但职责几乎都是执行和杂务，很少涉及战略、策略或带团队。', en: 'A senior title, but the duties are mostly execution and chores, with little strategy, planning or team leading.' };
    case 'understated':
      return { zh: '标题是初级岗位，职责却有一半以上是定战略或带团队。', en: 'A junior title, yet half or more of the duties set strategy or manage people.' };
    case 'fits':
      return title.seniority === 'senior'
        ? { zh: '高级岗位，职责中也有足够的战略、策略或管理工作。', en: 'A senior title with enough strategy, planning or management duties.' }
        : { zh: '初级岗位，职责以执行为主，与级别相符。', en: 'A junior title with mostly hands-on duties, as expected.' };
  }
}
