// What each domain and level is accountable for, in our own words (after the 鸟哥笔记 article's
// definitions), for reports that show the split. Bilingual; the extension's UI has its own i18n copy.
import type { Bilingual, Domain, Level } from './schema';

export const DOMAIN_INFO: Record<Domain, { name: Bilingual; accountableFor: Bilingual }> = {
  marketing: {
    name: { zh: '市场', en: 'Marketing' },
    accountableFor: { zh: '让更多人知道并认可品牌；衡量的是认知和触达，不背转化指标。', en: 'Makes people know and trust the brand; judged by awareness and reach, not by conversion.' },
  },
  operations: {
    name: { zh: '运营', en: 'Operations' },
    accountableFor: { zh: '把曝光变成转化、使用和复购；每项工作都用数据衡量。', en: 'Turns exposure into sign-ups, use and repeat purchases; every task is measured in data.' },
  },
  shared: {
    name: { zh: '交叉', en: 'Shared' },
    accountableFor: { zh: '两边都会做的事（软文、活动、策划、新媒体），职责里没说是为认知还是为转化。', en: 'Work both sides do (copy, events, planning, social posts) with no stated goal of awareness or conversion.' },
  },
  sales: {
    name: { zh: '销售', en: 'Sales' },
    accountableFor: { zh: '从客户那里签单、成交、回款。', en: 'Closes deals and brings in revenue from customers.' },
  },
  product: {
    name: { zh: '产品', en: 'Product' },
    accountableFor: { zh: '定义和打造产品本身：需求、原型、功能与迭代。', en: 'Defines and builds the product itself: specs, prototypes, features.' },
  },
  other: {
    name: { zh: '其他', en: 'Other' },
    accountableFor: { zh: '不属于以上职能：行政、后台、门店管理、杂务等。', en: 'None of the above: admin, back office, store management, chores.' },
  },
};

export const LEVEL_INFO: Record<Level, Bilingual> = {
  strategy: { zh: '战略', en: 'strategy' },
  tactics: { zh: '策略', en: 'tactics' },
  execution: { zh: '执行', en: 'execution' },
  management: { zh: '管理', en: 'management' },
  chores: { zh: '杂务', en: 'chores' },
};

export const ARTICLE_CITATION = {
  title: '市场运营工作内容(运营和市场的岗位是干什么的?)',
  site: '鸟哥笔记',
  date: '2023-11-03',
};
