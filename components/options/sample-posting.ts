// A posting written for the live preview of custom cues (our own text, in both UI languages).
import type { UiLang } from '@/lib/i18n';

export const SAMPLE_POSTING: Record<UiLang, { title: string; text: string }> = {
  zh: {
    title: '品牌与用户运营主管',
    text: [
      '岗位职责：',
      '1. 制定年度品牌传播计划，提升品牌在行业内的知名度与美誉度；',
      '2. 策划并执行线上拉新活动，对新用户注册转化率负责；',
      '3. 搭建会员体系，通过分层触达提升用户留存和复购；',
      '4. 撰写公众号与小红书内容，维护官方账号日常更新；',
      '5. 收集用户反馈，整理成改进需求提交给产品团队；',
      '6. 协助销售团队准备客户提案材料；',
      '7. 完成上级安排的其他工作。',
      '任职要求：',
      '1. 本科及以上学历，三年以上相关经验；',
      '2. 熟悉数据分析工具，具备良好的沟通能力。',
    ].join('\n'),
  },
  en: {
    title: 'Brand and Lifecycle Marketing Lead',
    text: [
      'Responsibilities:',
      '- Set the yearly brand plan and grow awareness of the brand among small business owners.',
      '- Plan and run onboarding campaigns that lift trial-to-paid conversion.',
      '- Build lifecycle emails that improve retention and reduce churn.',
      '- Write blog posts and manage our social accounts.',
      '- Gather customer feedback and turn it into improvement requests for the product team.',
      '- Support the sales team with pitch decks for key accounts.',
      '- Other duties as assigned.',
      'Requirements:',
      '- 3+ years in B2B marketing.',
      '- Comfortable with SQL and spreadsheets.',
    ].join('\n'),
  },
};
