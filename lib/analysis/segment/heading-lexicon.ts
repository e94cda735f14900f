// Section headings as postings write them. `neutral` headings name no kind ("职位信息", "Job Description"):
// the wording of their lines decides.
export type BlockKind = 'duties' | 'requirements' | 'other' | 'neutral';

const ZH: Record<BlockKind, string[]> = {
  duties: [
    '岗位职责', '工作职责', '职位职责', '职责描述', '岗位描述', '职位描述', '工作内容', '工作描述', '岗位内容', '职责',
    '主要职责', '岗位指责', '工作指责', '职位指责', '职责与权限', '职责范围', '你将负责', '你的职责', '你要做的', '你需要做的',
    '你将要做的', '你要做什么', '你将做什么', '工作任务', '岗位工作', '职能描述', '岗位说明', '职务描述', '工作范围', '主要工作',
    '主要工作内容', '日常工作', '具体工作', '具体职责', '岗位职能', '工作职能', '核心职责', '岗位主要职责', '岗位工作内容',
    '职责说明', '你的工作', '工作内容包括', '岗位职责包括', '职位职能', '主要任务', '岗位任务', '你需要负责', '你将要负责',
    '主要负责', '主要工作职责', '工作职责包括', '你的日常',
  ],
  requirements: [
    '任职要求', '岗位要求', '任职资格', '职位要求', '任职条件', '岗位资格', '应聘要求', '招聘要求', '工作要求', '技能要求',
    '资格要求', '我们希望你', '希望你', '你需要具备', '你需要', '你应该', '加分项', '优先条件', '任职资质', '岗位资质',
    '职位资格', '资格条件', '能力要求', '素质要求', '经验要求', '基本要求', '学历要求', '教育背景', '工作经验', '其他要求',
    '年龄要求', '外语能力', '工作经历', '个人要求', '要求', '任职需求', '专业知识与技能', '专业要求', '我们期待你', '期待你',
    '你的能力', '你需要有', '我们希望你具备', '希望你具备', '加分', '优先', '岗位条件', '职位条件', '应聘条件', '任职标准',
  ],
  other: [
    '福利待遇', '福利', '薪资待遇', '薪酬福利', '公司福利', '我们提供', '公司介绍', '公司简介', '关于我们', '工作时间',
    '工作地点', '上班时间', '上班地点', '招聘人数', '截止日期', '联系方式', '联系人', '联系电话', '薪资', '待遇', '薪酬',
    '薪资福利', '团队介绍', '部门介绍', '岗位亮点', '职位亮点', '职位福利', '岗位福利', '工作环境', '备注', '补充说明',
    '投递方式', '简历投递', '面试地点', '面试流程', '公司地址', '工作地址', '晋升空间', '晋升通道', '发展空间', '我们能给你',
    '你将获得', '公司优势', '加入我们', '为什么加入我们', '薪资范围', '工作福利', '福利制度', '员工福利', '其他福利',
    '其他信息', '其他说明', '注意事项', '薪资结构', '待遇福利', '福利与待遇', '我们的福利', '公司地点', '办公地点',
    '职能类别', '职位类别', '关键字', '关键词', '微信分享', '工作性质', '所属部门', '汇报对象', '岗位类别', '招聘部门',
    '职位类型', '工作类型', '职位诱惑', '职位福利', '岗位待遇', '薪资待遇', '公司信息', '工作城市', '到岗时间', '实习时间',
  ],
  neutral: [
    '职位信息', '岗位信息', '职位详情', '岗位详情', '职位介绍', '岗位介绍', '岗位职责及要求', '职位描述及要求',
    '岗位描述与要求', '岗位职责与要求', '工作职责与要求', '职位描述与要求', '岗位说明书', '职位说明', '职位描述和要求',
  ],
};

const EN: Record<BlockKind, string[]> = {
  duties: [
    'responsibilities', 'key responsibilities', 'primary responsibilities', 'main responsibilities', 'core responsibilities',
    'your responsibilities', 'job responsibilities', 'major responsibilities', 'general responsibilities',
    'essential responsibilities', 'roles & responsibilities', 'roles and responsibilities', 'role & responsibilities',
    'role and responsibilities', 'duties', 'job duties', 'key duties', 'main duties', 'primary duties', 'essential duties',
    'duties & responsibilities', 'duties and responsibilities', 'essential duties and responsibilities',
    'essential duties & responsibilities', 'primary duties and responsibilities', 'essential functions',
    'essential job functions', 'key functions', 'accountabilities', 'key accountabilities', "what you'll do",
    'what you will do', "what you'll be doing", 'what you will be doing', "what you'll work on", 'what you will work on',
    'your impact', 'in this role you will', 'in this role, you will', 'you will', "you'll", 'day to day', 'day-to-day',
    'a day in the life', 'your day to day', 'tasks', 'main tasks', 'key tasks', 'the work', 'what the job involves',
    'your mission', 'the job', "what you'll own", 'how you will contribute', "how you'll contribute", 'position responsibilities',
  ],
  requirements: [
    'requirements', 'qualifications', 'minimum qualifications', 'preferred qualifications', 'required qualifications',
    'basic qualifications', 'key qualifications', 'desired qualifications', 'minimum requirements', 'job requirements',
    'position requirements', 'skills', 'required skills', 'skills & experience', 'skills and experience',
    'knowledge, skills and abilities', 'knowledge, skills, and abilities', 'knowledge/skills/abilities',
    'education & experience', 'education and experience', 'education', 'experience', 'what you bring', "what you'll bring",
    'what you will bring', 'who you are', 'about you', 'you have', 'you bring', 'you are', "what we're looking for",
    'what we are looking for', "who we're looking for", 'who we are looking for', 'ideal candidate', 'the ideal candidate',
    'our ideal candidate', 'nice to have', 'nice-to-have', 'nice to haves', 'bonus points', 'bonus', 'preferred', 'pluses',
    'competencies', 'must have', 'must-haves', 'must haves', 'certifications', 'required certifications', 'licenses',
    'physical requirements', 'what you need', "what you'll need", 'what you will need', "you'll need", 'to be successful',
    'preferred skills', 'desired skills', 'is this you?', 'is this you', 'skills, experience, education & training',
    'your profile', 'profile', 'who you will be', "what you'll need to succeed",
  ],
  other: [
    'about us', 'benefits', 'perks', 'perks & benefits', 'benefits & perks', 'perks and benefits', 'benefits and perks',
    'what we offer', 'we offer', 'our offer', 'compensation', 'salary', 'pay', 'pay range', 'salary range',
    'compensation & benefits', 'compensation and benefits', 'why join us', 'why work for us', 'why work for us?',
    'our culture', 'culture', 'company description', 'company overview', 'who we are', 'equal opportunity employer',
    'equal employment opportunity', 'eeo statement', 'how to apply', 'to apply', 'application process', 'location',
    'schedule', 'job summary', 'summary', 'position summary', 'overview', 'position overview', 'role overview',
    'job overview', 'job brief', 'primary function of position', 'basic purpose', 'purpose', 'conditions of employment',
    'work environment', 'physical demands', 'work environment & physical demands', 'additional information', 'notes',
    'note', 'mandatory notices', 'seniority level', 'employment type', 'job function', 'industries', 'show more',
    'show less', 'compensation structure', 'hiring practices', 'data privacy notice', 'the company', 'our company',
    'our mission', 'mission', 'our values', 'values', 'company', 'working conditions', 'job type', 'job location',
    'work location', 'disclaimer', "what's in it for you", 'who are we', 'who are we?', 'company information',
    'total rewards', 'our benefits', 'job summary', 'position details', 'job posting title', 'agency',
    'pay transparency', 'salary and benefits', 'why you should join us', 'who we are and what we do', 'our story',
    'reasonable accommodation', 'accommodations', 'work authorization', 'visa sponsorship', 'application deadline',
    'role summary', 'position purpose', 'job purpose', 'general summary', 'job overview & purpose',
  ],
  neutral: [
    'job description', 'description', 'the role', 'your role', 'about the role', 'about the job', 'about the position',
    'the opportunity', 'role', 'position', 'the position', 'job details', 'details', 'role description',
    'position description', 'job description & requirements', 'job description and requirements', 'job summary & duties',
    'full job description', 'about this role', 'about this job', 'about this position', 'position overview & duties',
  ],
};

function toMap(src: Record<BlockKind, string[]>): Map<string, BlockKind> {
  const m = new Map<string, BlockKind>();
  for (const kind of ['neutral', 'other', 'requirements', 'duties'] as BlockKind[]) for (const t of src[kind]) m.set(t, kind);
  return m;
}

export const ZH_HEADINGS = toMap(ZH);
export const EN_HEADINGS = toMap(EN);
export const EN_KEY_MAX_LENGTH = Math.max(...[...EN_HEADINGS.keys()].map((k) => k.length));
/** The first word of every listed English heading key: a label opening with any other word is not listed. */
export const EN_FIRST_WORDS: ReadonlySet<string> = new Set([...EN_HEADINGS.keys()].map((k) => k.split(' ')[0]!));
export const ZH_MAX_LEN = Math.max(...[...ZH_HEADINGS.keys()].map((k) => k.length));
if ([...ZH_HEADINGS.keys()].some((k) => k.length < 2)) throw new Error('Chinese headings have at least two characters');

/**
 * The Chinese headings by their first character, longest first: most lines are ruled out with one look-up, and the
 * rest are compared in place (startsWith) instead of slicing every length out of the line.
 */
export const ZH_BY_FIRST: ReadonlyMap<number, ReadonlyArray<readonly [string, BlockKind]>> = (() => {
  const byFirst = new Map<number, Array<readonly [string, BlockKind]>>();
  for (const [term, kind] of ZH_HEADINGS) {
    const list = byFirst.get(term.charCodeAt(0)) ?? [];
    list.push([term, kind]);
    byFirst.set(term.charCodeAt(0), list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return byFirst;
})();

/** Heading words strong enough to start a section in the middle of a line ("…完成业绩指标。岗位要求:1、…"). */
export function isInlineZhHeading(term: string): boolean {
  const kind = ZH_HEADINGS.get(term);
  return term.length >= 4 && kind !== undefined && kind !== 'neutral';
}

/** Last characters of the inline headings: most colons can be ruled out with one look-up. */
export const INLINE_ZH_LAST_CHARS = new Set([...ZH_HEADINGS.keys()].filter(isInlineZhHeading).map((k) => k.charCodeAt(k.length - 1)));

/** One-line fields ("工作地点：上海", "Location: Remote"): they do not open a section for the lines after them. */
export const FIELD_LABELS = new Set([
  '工作时间', '工作地点', '上班时间', '上班地点', '招聘人数', '截止日期', '联系方式', '联系人', '联系电话', '薪资', '薪酬',
  '薪资范围', '公司地址', '工作地址', '面试地点', '办公地点', '公司地点', 'location', 'salary', 'pay', 'schedule', 'job type',
  'job location', 'work location', 'pay range', 'salary range', 'compensation', 'note', 'notes', 'agency',
  '职能类别', '职位类别', '关键字', '关键词', '工作性质', '所属部门', '汇报对象', '岗位类别', '招聘部门', '职位类型',
  '工作类型', '工作城市', '到岗时间', '实习时间',
]);
