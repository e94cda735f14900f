// Chinese wording: does a line state a task, or only an ability / knowledge / experience / degree?
// A line is cut into clauses at ，；。 and each clause is typed by how it opens (rubric rule 6): "熟悉X" is a
// qualification, "熟悉X，并能制定…方案" also states a task and so is a duty.
import { isSpace } from './markers';
import { guard, guardScan, hasNonSpace, hasUnit, pairGuard, unitTable } from './unit-table';

/** task: opens with a task verb; mention: names an activity further in; weak: "能…" + an activity. */
export type ClauseType = 'task' | 'mention' | 'req' | 'weak' | 'neutral';

const TASK_VERBS = [
  '负责', '制定', '制订', '策划', '执行', '推动', '推进', '组织', '协调', '对接', '完成', '撰写', '输出', '搭建', '建立', '维护', '管理', '跟进', '跟踪',
  '追踪', '分析', '优化', '监控', '监测', '拓展', '开拓', '挖掘', '提升', '提高', '增加', '增强', '落地', '落实', '参与', '协助', '配合', '整合', '规划',
  '引导', '收集', '整理', '编辑', '发布', '审核', '统筹', '带领', '培训', '培养', '设计', '研究', '调研', '评估', '提出', '寻找', '洽谈', '签约', '签署',
  '谈判', '制作', '拍摄', '剪辑', '推广', '开发', '打造', '构建', '沉淀', '梳理', '复盘', '汇总', '汇报', '上报', '处理', '解答', '响应', '回应', '监督',
  '指导', '招募', '招聘', '拓宽', '实现', '达成', '促进', '扩大', '保持', '确保', '保证', '支持', '承接', '把控', '更新', '上架', '投放', '回复', '接待',
  '联系', '探索', '帮助', '辅助', '承担', '主导', '牵头', '担任', '领导', '安排', '运营', '创作', '产出', '生产', '包装', '孵化', '赋能', '审批', '统计',
  '核算', '预测', '调整', '改进', '完善', '创建', '讲解', '录制', '编写', '起草', '翻译', '校对', '排版', '采编', '采访', '报道', '宣传', '传播', '营销',
  '销售', '开展', '举办', '主持', '筹备', '选品', '定价', '采购', '结算', '对账', '收款', '催收', '考核', '激励', '指引', '沟通', '联动', '关注', '捕捉',
  '提炼', '洞察', '监管', '治理', '审查', '搜集', '归纳', '总结', '撰稿', '维系', '解决', '处置', '抓取', '盘点', '发起', '引入', '引进', '拉新', '促活',
  '留存', '转化', '召回', '跟单', '交付', '实施', '部署', '提供', '给予', '给出', '协同', '申报', '申请', '设置', '配置', '运维', '上线', '掌握', '争取',
  '搬运', '共创', '植入', '寄品',
];
// Every task verb is two characters of the CJK Unified Ideographs block: a set of character pairs finds them in
// one pass. A pair's key stays a small integer (a look-up needs no boxed number), and a table of first
// characters rules out most positions before any key is built.
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
const pairKey = (a: number, b: number) => (a - CJK_FIRST) * (CJK_LAST - CJK_FIRST + 1) + (b - CJK_FIRST);
const isUnifiedIdeograph = (c: number) => c >= CJK_FIRST && c <= CJK_LAST;
if (!TASK_VERBS.every((v) => v.length === 2 && isUnifiedIdeograph(v.charCodeAt(0)) && isUnifiedIdeograph(v.charCodeAt(1)))) {
  throw new Error('task verbs must be two CJK unified ideographs');
}
const TASK_PAIRS = new Set(TASK_VERBS.map((v) => pairKey(v.charCodeAt(0), v.charCodeAt(1))));
const TASK_FIRST_CHARS = unitTable(TASK_VERBS.map((v) => v[0]).join(''));

function taskVerbAt(text: string, i: number): boolean {
  if (!hasUnit(TASK_FIRST_CHARS, text.charCodeAt(i))) return false;
  const next = text.charCodeAt(i + 1);
  return isUnifiedIdeograph(next) && TASK_PAIRS.has(pairKey(text.charCodeAt(i), next));
}

function hasTaskVerb(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) if (taskVerbAt(text, i)) return true;
  return false;
}

// Trait words that contain a task verb but state a quality of the person ("执行力强", "认真负责"): read as "能力".
const TRAIT_RE =
  /认真负责|尽职尽责|负责任|工作负责|积极主动|主动沟通|善于沟通|乐于沟通|自我驱动|自驱力?|好奇心|进取心|同理心|(?:(?:执行|管理|分析|沟通|协调|组织|策划|表达|学习|创新|抗压|统筹|谈判|写作|文案|推动|领导|判断|洞察|协作|合作|团队|协同|推进|运营|营销|销售|拓展|开拓|整合|策略)[、和及与/]?){1,3}(?:能力|精神|意识|力)/gu;

const REQ_LEAD_RE = new RegExp(
  '^(?:熟悉|了解|掌握|精通|熟练|具备|具有|拥有|擅长|善于|热爱|喜欢|喜爱|爱好|懂得?|深刻理解|理解|认同|需具备|须具备|需要具备|' +
    '要求|较强的?|较好的?|良好的?|优秀的?|出色的?|扎实的?|敏锐的?|强烈的?|极强的?|超强的?|很强的?|丰富的?|一定的|较高的?|高度的?|' +
    '强大的?|卓越的?|优异的?|突出的?|流利的?|有较强|有良好|有一定|有丰富|有很强|有优秀|有过|曾|年龄|性别|男女不限|身体健康|' +
    '形象|普通话|本科|大专|专科|硕士|研究生|博士|学历|全日制|统招|应届|在校|毕业|\\d+\\s*(?:年|个月|届|\\+)|' +
    '[一二三四五六七八九十两]+年|至少|不少于|\\d+(?:\\.\\d+)?\\s*(?:[-~至到]\\s*\\d+\\s*)?年|(?:独立)?(?:负责|参与|主导|主持|做|从事|操盘|带领|管理|运营|策划|执行|完成)过(?!程)|擅于|资深用户|重度用户|深度用户|英语|日语|韩语|外语|CET|持有|取得|能熟练|能够熟练|' +
    '会使用|会用|可熟练|思维|逻辑|沟通能力|责任心|有责任心|做事|性格|为人|品行|吃苦耐劳|抗压|自驱|学习能力|热衷|关注并热爱)',
  'u',
);
const HAVE_RE =
  /^有(?!效|序|关|针对|计划|步骤|节奏|重点)[^，,；;。]{0,25}?(?:经验|能力|资源|意识|基础|背景|案例|作品|人脉|证书|执照|经历|热情|兴趣|了解|认识|见解|想法|驾照|精神|功底|敏感|天赋|情怀|追求|优先)/u;
const TOWARDS_RE = /^对(?!接|外|内)[^，,；;。]{0,25}?(?:敏感|敏锐|感兴趣|有兴趣|兴趣浓厚|热情|热爱|了解|熟悉|认知|认识|理解|见解|感知|把握|追求|有[^，,；;。]{0,6}洞察)/u;
const ABILITY_RE = /^(?:能够|能(?!力|源|量|效)|可以|可(?!视|持续|行)|会(?!员|议|展)|愿意|乐于|需要|需|必须|须|敢于|勇于|适应|接受|服从|希望)/u;
const REQ_ANY_RE =
  /经验|优先|加分|更佳|为佳|学历|专业|能力|意识|精神|素质|功底|责任心|责任感|抗压|吃苦耐劳|细心|耐心|认真|踏实|团队合作|团队协作|执行力|逻辑|思维|敏感|热情|激情|自驱|上进|稳重|开朗|到岗|周岁|网感|审美|亲和力|情商|积极主动|出差|加班|实习期|每周|驾照/u;

// Wording that belongs to a qualification even when the clause also names an activity ("市场营销相关专业优先").
const STRONG_REQ_RE = /优先|加分|更佳|为佳|学历|相关专业|专业不限|以上经验|年经验|工作经验|从业经验|经验者|相关经验|经验丰富|经验$|有[^，,；;。]{0,4}经验|资深用户|重度用户|深度用户/u;
// A clause that ends in an ability or trait ("文案撰写能力", "上进心强").
const TRAIT_END_RE = /(?:能力|精神|意识|素质|功底|心|感|力)(?:强|较强|佳|好|优秀|突出|出色|强烈)?$/u;
// An ability with a verdict ("表达协调能力强", "执行力强") is a qualification whatever word it opens with.
const TRAIT_VERDICT_RE = /(?:能力|精神|意识|素质|功底|心|感|力)(?:强|较强|很强|佳|好|优秀|突出|出色|强烈)$/u;
// Qualification wording that outweighs an opening activity word ("新闻、传播类专业者优先").
const EARLY_REQ_RE = /者优先|优先考虑|优先$|为佳|更佳|加分|学历|相关专业|专业优先|专业者|相关工作经验|工作经验$/u;
// Clauses that only elaborate the one before ("含…", "如…") or state its aim ("实现…", "从而…").
const FOLLOW_RE = /^(?:含|包括|包含|如|例如|比如|涵盖|即|实现|达到|从而|以便|以此|使|让|确保|保证)/u;
// The posting's own catch-all duty ("上级安排的其他事务", "其他临时交办事项").
const CATCH_ALL_RE = /(?:其他|其它|临时性|交办|安排的)[^，,；;。]{0,6}(?:工作|事项|任务|事务)/u;
const ADVERB_RE = /^(?:充分|全面|较好地?|熟练地?|深刻|基本|一定程度上?|非常|十分|比较|较为)/u;

// What may stand before a clause's task verb: "及时跟进…", "定期输出…", "为客户提供…".
const TASK_MODIFIERS_RE =
  /^(?:(?:及时|定期|不断|持续|积极|主动|独立|深入|全面|有效地?|协助|配合|参与|负责|亲自|重点|日常|每日|每周|每月|长期|实时|深度|统一)\s*)*/u;
const FOR_SOMEONE_RE = /^为[^，,；;。]{0,20}?(?:提供|负责|输出|打造)/u;

const CONJUNCTION_RE = /^(?:并且|并|同时|且|以及|及|另外|或者|或|和)/u;

// Guards (see unit-table.ts): units every match of the regex beside them needs, at the start, anywhere or at
// the end of the text. segment-guards.test.ts checks them against the regexes' word lists.
const CONJUNCTION = guard(CONJUNCTION_RE, 'start', '并同且以及另或和');
// Every trait word holds 力 or one of these pairs; 负责 alone (most duty lines) is no trait.
const TRAIT = pairGuard(TRAIT_RE, '力', ['真负', '尽责', '责任', '作负', '主动', '于沟', '驱动', '自驱', '奇心', '取心', '理心', '精神', '意识']);
const FOLLOW = guard(FOLLOW_RE, 'start', '含包如例比涵即实达从以使让确保');
const ABILITY = guard(ABILITY_RE, 'start', '能可会愿乐需必须敢勇适接服希');
const CATCH_ALL = guard(CATCH_ALL_RE, 'any', '其临交安');
const ADVERB = guard(ADVERB_RE, 'start', '充全较熟深基一非十比');
const HAVE = guard(HAVE_RE, 'start', '有');
const TOWARDS = guard(TOWARDS_RE, 'start', '对');
const EARLY_REQ = guard(EARLY_REQ_RE, 'any', '优佳加学专经');
const TRAIT_VERDICT = guard(TRAIT_VERDICT_RE, 'end', '强佳好秀出色烈');
const STRONG_REQ = guard(STRONG_REQ_RE, 'any', '优加佳学专经户');
const TRAIT_END = guard(TRAIT_END_RE, 'end', '力神识质底心感强佳好秀出色烈');
const REQ_ANY = guard(REQ_ANY_RE, 'any', '经优加更为学专能意精素功责抗吃细耐认踏团执逻思敏热激自上稳开到周网审亲情积出实每驾');
const FOR_SOMEONE = guard(FOR_SOMEONE_RE, 'start', '为');
const MODIFIERS = guard(TASK_MODIFIERS_RE, 'start', '及定不持积主独深全有协配参负亲重日每长实统');

/** For tests: every guard of this module. */
export const ZH_GUARDS = {
  CONJUNCTION, TRAIT, FOLLOW, ABILITY, CATCH_ALL, ADVERB, HAVE, TOWARDS, EARLY_REQ, TRAIT_VERDICT, STRONG_REQ, TRAIT_END,
  REQ_ANY, FOR_SOMEONE, MODIFIERS,
};

export function opensWithTask(text: string): boolean {
  if (FOR_SOMEONE.test(text)) return true;
  // 负责 / 参与 / 协助 are verbs and modifiers both: try the opening pair, then the pair after the modifiers.
  const skip = MODIFIERS.mayMatch(text) ? (TASK_MODIFIERS_RE.exec(text)?.[0].length ?? 0) : 0;
  return taskVerbAt(text, 0) || taskVerbAt(text, skip);
}

/** The clause without its leading whitespace, "*" and opening parentheses. */
function stripClauseOpeners(raw: string): string {
  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c !== 0x2a && c !== 0xff08 && c !== 0x28 && !isSpace(c)) break;
    i++;
  }
  return i ? raw.slice(i) : raw;
}

function opensAsRequirement(text: string): boolean {
  return REQ_LEAD_RE.test(text) || HAVE.test(text) || TOWARDS.test(text);
}

// The guards a clause is checked against anywhere in it, answered by one scan (bit g: BARE_GUARDS[g].mayMatch).
const BARE_GUARDS = [TRAIT, CATCH_ALL, EARLY_REQ, STRONG_REQ, REQ_ANY];
const [HAS_TRAIT, HAS_CATCH_ALL, HAS_EARLY_REQ, HAS_STRONG_REQ, HAS_REQ_ANY] = BARE_GUARDS.map((_, g) => 1 << g) as [number, number, number, number, number];
const scanBare = guardScan(BARE_GUARDS);

function typeClause(raw: string, previous: ClauseType | undefined): ClauseType {
  const clause = stripClauseOpeners(raw);
  if (!clause) return 'neutral';
  const bare = CONJUNCTION.test(clause) ? clause.replace(CONJUNCTION_RE, '') : clause;
  const may = scanBare(bare);
  const plain = may & HAS_TRAIT ? bare.replace(TRAIT_RE, '能力') : bare;
  if (bare !== clause && /^(?:能够|能)/u.test(bare)) return hasTaskVerb(plain) ? 'task' : 'weak';
  if ((previous === 'req' || previous === 'weak') && FOLLOW.test(bare)) return previous;
  const ability = ABILITY.test(bare);
  if (!ability && may & HAS_CATCH_ALL && CATCH_ALL_RE.test(bare)) return 'task';
  const lead = ADVERB.test(bare) ? bare.replace(ADVERB_RE, '') : bare;
  if (opensAsRequirement(bare) || (lead !== bare && opensAsRequirement(lead))) return 'req';
  if ((may & HAS_EARLY_REQ && EARLY_REQ_RE.test(bare)) || TRAIT_VERDICT.test(plain)) return 'req';
  if ((previous === 'req' || previous === 'weak') && /^独立(?:完成|负责|处理|解决)/u.test(bare)) return previous;
  if (opensWithTask(plain)) return 'task';
  if ((may & HAS_STRONG_REQ && STRONG_REQ_RE.test(bare)) || TRAIT_END.test(plain)) return 'req';
  const hasTask = hasTaskVerb(plain);
  if (ability) return hasTask ? 'weak' : 'req';
  if (hasTask) return 'mention';
  return may & HAS_REQ_ANY && REQ_ANY_RE.test(bare) ? 'req' : 'neutral';
}

/** The longest label that counts: a colon further in is part of the sentence. */
const LABEL_MAX = 12;
/**
 * How far a colon that ends a label may stand: a label of up to 10 code points (20 units when astral, emoji say)
 * and a two-character ability word before it (the ability-label pattern), and past LABEL_MAX either way.
 */
const COLON_SCAN = 2 * 10 + 2 + 1;

/** Index of the first colon (":" or "：") in the line's first COLON_SCAN units, or -1. */
function labelColon(line: string): number {
  const end = Math.min(line.length, COLON_SCAN);
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) return i;
  }
  return -1;
}

/** Drop a short label before a colon ("数据分析：负责…" → "负责…"). */
export function dropZhLabel(line: string, colon = labelColon(line)): string {
  return colon > 0 && colon <= LABEL_MAX && colon < line.length - 1 ? line.slice(colon + 1) : line;
}

/**
 * The type of each clause, in order. With `untilTask`, typing stops after the first 'task' clause: a clause's
 * type depends only on those before it, and one task clause settles the verdict (most duty lines open with one).
 */
export function clauseTypes(line: string, untilTask = false): ClauseType[] {
  // "执行能力：按时推进多个项目": a label that names an ability makes the whole line a qualification. Both need
  // a colon among the first units; most lines have none there.
  const colon = labelColon(line);
  if (colon >= 3 && /^[^:：]{1,10}(?:能力|经验|学历|要求|素质|意识|技能|背景)[:：]/u.test(line)) return ['req'];
  // Clauses are short; a very long line is judged on its opening.
  const text = dropZhLabel(line.slice(0, 600), colon);
  const types: ClauseType[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !hasUnit(CLAUSE_BREAKS, text.charCodeAt(i))) continue;
    if (hasNonSpace(text, start, i)) {
      const type = typeClause(text.slice(start, i), types[types.length - 1]);
      types.push(type);
      if (untilTask && type === 'task') break;
    }
    start = i + 1;
  }
  return types;
}

const CLAUSE_BREAKS = unitTable('，,；;。!！?？\n');

export interface ZhVerdict {
  /** Only qualification wording: nothing opens with a task verb, and activities named in passing are outweighed. */
  requirement: boolean;
  /** Some clause states or names a task. */
  task: boolean;
}

export function zhVerdict(line: string, inDuties = false): ZhVerdict {
  const types = clauseTypes(line, true);
  let req = 0;
  let mention = 0;
  let lead = false;
  for (const t of types) {
    if (t === 'req') req++;
    else if (t === 'mention') mention++;
    else if (t === 'task') lead = true;
  }
  // Inside a duties list the writer meant a duty: a tie goes to the duty.
  const requirement = req > 0 && !lead && (inDuties ? req > mention : req >= mention);
  return { requirement, task: lead || mention > 0 };
}

export function isZhRequirement(line: string, inDuties = false): boolean {
  return zhVerdict(line, inDuties).requirement;
}

const INTRO_RE =
  /^(?:我们|公司|本公司|我司|集团|本集团|企业|平台简介|简历|薪资|底薪|工作时间|工作地点|上班时间|入职|转正)|成立于|致力于|是一家|总部位于|上市公司|欢迎.{0,10}加入|五险一金|双休|福利|年终奖|带薪|节假日|投递|面试|免费|居家办公|团建|下午茶|补贴|包吃|包住|晋升/u;

/** Company introduction, pay and perks wording. */
export function isZhIntro(line: string): boolean {
  return INTRO_RE.test(line.slice(0, 300));
}
