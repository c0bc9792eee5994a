import type { AuthorData } from '../schemas/author.ts';
import type { CategoryData } from '../schemas/category.ts';
import type { Law, LawArticle, LawVersion } from '../schemas/law.ts';
import type { ContentSet, Entry } from './content.ts';
import { answerDate, type IsoDate } from './dates.ts';
import { lawNames } from './law-names.ts';
import { articleId, articleLabel } from './law-text.ts';
import { currentVersion, versionInForce } from './laws.ts';
import { toChineseNumber } from './numerals.ts';

// Generates a synthetic knowledge base that looks like the real one, for benchmarks and tests.
// Everything is derived from (seed, question index) alone, so question i can be regenerated without
// its predecessors: that keeps memory flat at 100,000 questions and lets `related` point at other
// questions without remembering them. Nothing here reads the clock or Math.random, so the same
// count and seed always give the same bytes.

/** One file of the generated content folder, relative to that folder. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** The real knowledge base the corpus imitates, plus files copied unchanged (law JSON, dictionaries). */
export interface CorpusSample extends ContentSet {
  copies?: readonly CorpusFile[];
}

export interface CorpusOptions {
  count: number;
  seed: number;
  sample: CorpusSample;
}

const FIRST_DAY: IsoDate = '2019-01-01';
const LAST_DAY: IsoDate = '2026-11-20';
// Every 20th question relies on a superseded law version, as a real archive does: ~5%, and the
// fixed offset makes even a 30-question corpus contain one.
const STALE_EVERY = 20;
const STALE_OFFSET = 7;
const LAWYER_COUNT = 50;
const EDITORIAL_SHARE = 0.15;
const UPDATED_SHARE = 0.15;
// Keeps every folder to a couple of thousand files even at 100,000 questions.
const QUESTIONS_PER_FOLDER = 10_000;
const ANSWER_HAN_MIN = 1150;
const ANSWER_HAN_MAX = 1650;
const QUOTE_MAX = 160;
// Statute windows: articles this close to one the real answers cite stay on the category's topic.
const ARTICLE_WINDOW = 6;

const STREAM_PLAN = 1;
const STREAM_BODY = 2;
const STREAM_LAWYERS = 3;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32: tiny, fast and good enough for shaping test data; never for anything secret. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    chance: (probability) => next() < probability,
  };
}

/** Folds several integers into one 32-bit seed, so neighbouring indexes get unrelated streams. */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    // Seeds beyond 32 bits keep their high half instead of being silently truncated.
    for (const word of [part >>> 0, Math.floor(part / 4294967296) >>> 0]) {
      h = Math.imul(h ^ word, 0x01000193);
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
    }
  }
  return h >>> 0;
}

function pickWeighted<T>(random: Random, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let roll = random.next() * total;
  for (const item of items) {
    roll -= weight(item);
    if (roll < 0) return item;
  }
  return items[items.length - 1]!;
}

/** Up to `count` distinct items, in the order drawn. */
function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Text measures and dates

/** Han characters, the unit Chinese answer length is judged in (punctuation and digits excluded). */
export function hanCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3007) count++;
  }
  return count;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const isoDay = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);
const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

function randomDate(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return isoDay(random.int(dayNumber(from), dayNumber(to)));
}

// ---------------------------------------------------------------------------------------------
// Hand-written wording. Sentences drawn from the real answers carry the legal substance; these
// templates add the variety of titles, reader descriptions and the connective tissue of an answer.

interface Topic {
  word: string;
  /** Pinyin-ish ASCII for the slug. */
  key: string;
  tags: readonly string[];
}

interface CategoryWording {
  topics: readonly Topic[];
  /** Openers of the reader's description; {topic} is replaced. */
  situations: readonly string[];
  /** Relative share of questions. */
  weight: number;
}

const topic = (word: string, key: string, tags: readonly string[]): Topic => ({ word, key, tags });

const WORDING: Readonly<Record<string, CategoryWording>> = {
  'marriage-family': {
    weight: 16,
    topics: [
      topic('子女抚养权归属', 'fu-yang-quan', ['抚养权', '子女抚养']),
      topic('抚养费支付', 'fu-yang-fei', ['抚养费', '子女抚养']),
      topic('彩礼返还', 'cai-li', ['彩礼', '婚约财产']),
      topic('婚前个人财产', 'hun-qian-cai-chan', ['婚前财产', '个人财产']),
      topic('夫妻共同债务', 'gong-tong-zhai-wu', ['夫妻共同债务', '债务清偿']),
      topic('离婚后探望子女', 'tan-wang', ['探望权', '子女抚养']),
      topic('遗产继承顺序', 'ji-cheng-shun-xu', ['法定继承', '继承顺序']),
      topic('遗嘱效力', 'yi-zhu', ['遗嘱继承', '遗嘱形式']),
      topic('赡养老人', 'shan-yang', ['赡养义务', '赡养费']),
      topic('收养手续', 'shou-yang', ['收养', '收养登记']),
    ],
    situations: [
      '我和配偶结婚已经七年，最近因为感情不和闹到要离婚，{topic}的问题成了我们争执最多的地方。',
      '我和爱人分居快一年了，双方都有离婚的打算，但在{topic}上怎么也谈不拢。',
      '家里最近出了些变故，亲戚朋友都在议论{topic}的事情，我心里很没底。',
      '前段时间我们去婚姻登记机关咨询过，工作人员提到了{topic}，可我还是没弄明白。',
    ],
  },
  traffic: {
    weight: 14,
    topics: [
      topic('酒后驾车', 'jiu-jia', ['饮酒驾驶', '醉酒驾驶']),
      topic('肇事逃逸', 'tao-yi', ['交通肇事', '逃逸']),
      topic('交强险理赔', 'jiao-qiang-xian', ['交强险', '保险理赔']),
      topic('车辆挂靠责任', 'gua-kao', ['挂靠经营', '连带责任']),
      topic('违章停车处理', 'ting-che', ['违法停车', '拖移车辆']),
      topic('机动车年检', 'nian-jian', ['机动车检验', '检验合格标志']),
      topic('超速行驶', 'chao-su', ['超速行驶', '记分']),
      topic('非机动车道通行', 'fei-ji-dong-che', ['非机动车', '通行规则']),
    ],
    situations: [
      '前几天我在路口发生了一起交通事故，事后对方一直在跟我谈{topic}的事。',
      '我家人开车出了事，交警已经到现场处理过，现在卡在{topic}这个环节。',
      '上个月我骑车上班时和一辆小轿车发生了碰撞，双方对{topic}有很大分歧。',
      '朋友开车时出了点状况，他托我帮忙打听{topic}的规定。',
    ],
  },
  contracts: {
    weight: 14,
    topics: [
      topic('违约金过高', 'wei-yue-jin', ['违约金调整', '合同履行']),
      topic('赠与撤销', 'zeng-yu', ['赠与合同', '撤销赠与']),
      topic('买卖合同质量异议', 'zhi-liang-yi-yi', ['买卖合同', '质量异议']),
      topic('民间借贷利息', 'jie-dai', ['民间借贷', '借款利息']),
      topic('房屋租赁押金', 'zu-lin', ['租赁合同', '押金']),
      topic('保证人责任', 'bao-zheng', ['保证合同', '保证期间']),
      topic('格式条款', 'ge-shi-tiao-kuan', ['格式条款', '提示说明']),
      topic('装修合同纠纷', 'zhuang-xiu', ['承揽合同', '装修质量']),
    ],
    situations: [
      '我去年和一家公司签了合作协议，现在对方不按约定来，涉及到{topic}的问题。',
      '我和朋友之间做了一笔买卖，当时没想太多，如今在{topic}上起了争执。',
      '我在装修房子时和施工方约定了工期和价款，结果对方一再拖延，{topic}成了麻烦事。',
      '前不久我和卖家谈好了一单生意，付了钱以后对方变了卦，牵扯到{topic}。',
    ],
  },
  criminal: {
    weight: 11,
    topics: [
      topic('累犯从重', 'lei-fan', ['累犯', '从重处罚']),
      topic('盗窃数额认定', 'dao-qie', ['盗窃罪', '数额较大']),
      topic('诈骗罪立案', 'zha-pian', ['诈骗罪', '立案标准']),
      topic('正当防卫界限', 'fang-wei', ['正当防卫', '防卫过当']),
      topic('取保候审条件', 'qu-bao', ['取保候审', '强制措施']),
      topic('犯罪记录封存', 'feng-cun', ['犯罪记录封存', '未成年人']),
      topic('出借银行卡', 'yin-hang-ka', ['帮助信息网络犯罪', '银行卡出借']),
      topic('危险驾驶罪', 'wei-xian-jia-shi', ['危险驾驶罪', '醉酒驾驶']),
    ],
    situations: [
      '我的一位亲属最近因为涉嫌犯罪被公安机关带走了，家里人都很着急，听说会涉及{topic}。',
      '朋友的案子马上要开庭，辩护人提到了{topic}，我们都不太懂其中的门道。',
      '家里有人出了事，现在案件到了审查起诉阶段，我们很关心{topic}会怎么认定。',
      '邻居家的孩子前段时间被抓了，家属四处打听{topic}的规定。',
    ],
  },
  'labor-social-security': {
    weight: 12,
    topics: [
      topic('社保补缴', 'bu-jiao', ['社保补缴', '缴费年限']),
      topic('退休待遇', 'tui-xiu-dai-yu', ['基本养老金', '退休']),
      topic('社保关系转移', 'zhuan-yi-jie-xu', ['社保转移', '缴费年限']),
      topic('单位未缴社保', 'wei-jiao-she-bao', ['社会保险费', '用人单位']),
      topic('工伤认定', 'gong-shang', ['工伤认定', '工伤保险']),
      topic('异地就医报销', 'yi-di-jiu-yi', ['医疗保险', '异地就医']),
      topic('生育津贴', 'sheng-yu', ['生育保险', '生育津贴']),
      topic('拖欠工资', 'qian-xin', ['劳动报酬', '欠薪']),
      topic('加班费计算', 'jia-ban', ['加班费', '工作时间']),
    ],
    situations: [
      '我在一家公司工作了五年，最近离职了，想弄清楚{topic}的具体规定。',
      '我是灵活就业人员，一直自己在交社保，对{topic}始终有疑问。',
      '单位这两年社保交得断断续续，我担心会影响{topic}。',
      '我刚换了城市工作，新单位的人事提到了{topic}，我听得不太明白。',
    ],
  },
  consumer: {
    weight: 11,
    topics: [
      topic('虚假宣传', 'xu-jia-xuan-chuan', ['虚假宣传', '欺诈']),
      topic('预付卡退款', 'yu-fu-ka', ['预付卡', '退款']),
      topic('商品三包', 'san-bao', ['商品质量', '三包']),
      topic('售后维修', 'shou-hou-wei-xiu', ['售后服务', '修理']),
      topic('快递丢件', 'kuai-di', ['快递', '保价']),
      topic('二手车隐瞒', 'er-shou-che', ['二手车', '欺诈']),
      topic('美容服务纠纷', 'mei-rong', ['美容服务', '服务合同']),
      topic('个人信息泄露', 'ge-ren-xin-xi', ['个人信息', '骚扰电话']),
    ],
    situations: [
      '我前阵子在网上买了一件商品，收到后发现问题不小，和商家沟通{topic}时很不顺利。',
      '上周我在超市买的东西出了问题，找商家理论，对方对{topic}一直推脱。',
      '我在一家店办了会员卡，现在店铺经营出了状况，涉及{topic}的问题。',
      '家里老人在直播间买了不少东西，事后发现不对劲，想了解{topic}怎么处理。',
    ],
  },
  litigation: {
    weight: 8,
    topics: [
      topic('电子送达', 'dian-zi-song-da', ['送达', '期间计算']),
      topic('管辖法院', 'guan-xia', ['地域管辖', '管辖权异议']),
      topic('财产保全', 'bao-quan', ['诉讼保全', '保全担保']),
      topic('支付令', 'zhi-fu-ling', ['督促程序', '支付令']),
      topic('法律援助申请', 'fa-lv-yuan-zhu', ['法律援助', '经济困难']),
      topic('证人出庭', 'zheng-ren', ['证人证言', '出庭作证']),
      topic('调解书效力', 'tiao-jie-shu', ['诉讼调解', '调解书']),
      topic('缺席判决', 'que-xi', ['缺席审理', '传票']),
    ],
    situations: [
      '我和别人的纠纷已经打到法院，关于{topic}，我一直没有搞明白。',
      '我是第一次打官司，法院的工作人员提到了{topic}，我听得一头雾水。',
      '案子已经判下来了，但我对{topic}还有不少疑问。',
      '对方欠钱不还，我准备起诉，想先了解一下{topic}的规定。',
    ],
  },
  administrative: {
    weight: 7,
    topics: [
      topic('殴打他人处罚', 'ou-da-ta-ren', ['殴打他人', '治安案件']),
      topic('处罚决定不服', 'fu-yi', ['行政复议', '行政诉讼']),
      topic('噪声扰民', 'zao-sheng', ['噪声污染', '社会生活噪声']),
      topic('违法建筑拆除', 'wei-jian', ['违法建设', '限期拆除']),
      topic('政府信息公开', 'xin-xi-gong-kai', ['政府信息公开', '依申请公开']),
      topic('营业执照办理', 'ying-ye-zhi-zhao', ['市场主体登记', '营业执照']),
      topic('养犬管理', 'yang-quan', ['养犬', '犬只伤人']),
    ],
    situations: [
      '我的家人前几天因为一点冲突被派出所处理了，现在涉及{topic}的问题。',
      '我在小区附近经营一家小店，最近收到了执法部门的通知，说到了{topic}。',
      '朋友因为和邻居发生争执被带到派出所，家属很关心{topic}。',
      '我最近收到一份处罚决定书，里面写到了{topic}，我觉得处理得不太合理。',
    ],
  },
  'intellectual-property': {
    weight: 7,
    topics: [
      topic('商标侵权', 'shang-biao', ['商标侵权', '注册商标']),
      topic('著作权登记', 'zhu-zuo-quan', ['著作权', '作品登记']),
      topic('图片盗用', 'tu-pian', ['信息网络传播权', '图片版权']),
      topic('专利无效', 'zhuan-li', ['专利权', '无效宣告']),
      topic('域名抢注', 'yu-ming', ['域名', '恶意注册']),
      topic('软件著作权', 'ruan-jian', ['计算机软件', '软件著作权']),
      topic('商标许可使用', 'shang-biao-xu-ke', ['商标许可', '许可合同']),
    ],
    situations: [
      '我经营着一家小公司，最近发现有人在打我们产品的主意，涉及{topic}。',
      '我们团队开发了一套产品，担心{topic}方面出问题，想提前做好准备。',
      '前段时间公司的一名员工离职后去了竞争对手那里，我很担心{topic}。',
      '同行最近推出了一款和我们很像的产品，我想了解{topic}的规定。',
    ],
  },
};

const DEFAULT_WORDING: Omit<CategoryWording, 'topics'> = {
  weight: 8,
  situations: ['我最近遇到了{topic}方面的麻烦，一直不知道该怎么处理。'],
};

const TITLE_PATTERNS = [
  '{topic}该如何处理？',
  '{topic}应当如何认定？',
  '{topic}的法律规定是什么？',
  '遇到{topic}应该怎么办？',
  '{topic}需要承担什么责任？',
  '{topic}有哪些需要注意的地方？',
  '{topic}可以要求赔偿吗？',
  '{topic}的标准是什么样的？',
  '{topic}一般怎么处理？',
  '{topic}需要准备哪些材料？',
  '关于{topic}，法律是怎么规定的？',
  '{topic}的问题该找谁解决？',
];

const WORRIES = [
  '对方的态度很强硬，说什么都不肯让步。',
  '我对法律不太了解，担心自己的权益受到损害。',
  '身边的朋友说法不一，我也拿不准该听谁的。',
  '这件事已经拖了好几个月，一直没有结果，心里很着急。',
  '我手里有一些聊天记录和票据，不知道能不能派上用场。',
  '我不想把关系闹得太僵，但也不愿意吃哑巴亏。',
  '家里人都劝我算了，可我觉得这样处理对我很不公平。',
];

const ASKS = [
  '想知道{topic}在法律上是怎么规定的，我应该怎么做？',
  '请问遇到这种情况该怎么处理，需要准备哪些材料？',
  '想问问法律上对{topic}有没有明确的规定，我的诉求能不能得到支持？',
  '希望懂法律的朋友帮忙解答一下，{topic}到底该怎么处理？',
  '想了解一下具体的法律规定和处理办法。',
];

const OPENERS = [
  '关于{topic}，法律有比较明确的规定，处理时关键要把事实和证据梳理清楚，再对照相应条文判断自己的权利义务。',
  '{topic}的问题看似复杂，其实可以分几步来看：先弄清法律关系，再看相应的法律规定，最后结合证据确定处理方式。',
  '遇到{topic}，不必过于慌张。法律对这类情形有专门的规定，只要方法得当，大多数问题都能找到解决的途径。',
  '{topic}是实践中常见的问题，法律上的处理思路相对清楚，但具体结果要看案件事实和证据。',
];

const FILLERS = [
  '处理{topic}时，首先要把事情的经过按时间顺序整理清楚，包括时间、地点、涉及的人员和金额。',
  '证据是处理{topic}的核心，聊天记录、转账凭证、书面材料和证人证言都可能派上用场。',
  '实践中，不少人在{topic}上吃亏，往往不是因为道理不在自己一边，而是因为没有及时保存证据。',
  '如果双方还有沟通的余地，可以先协商解决，把协商的结果以书面形式固定下来，避免日后反悔。',
  '协商不成的，可以请人民调解委员会、行业组织或者有关部门调解，调解达成的协议同样具有约束力。',
  '需要通过诉讼解决的，要注意诉讼时效和各类法定期限，超过期限可能会失去胜诉权或者相应的程序权利。',
  '对于{topic}，法院通常会综合考虑双方的过错程度、实际损失和证据情况作出判断。',
  '不同地区在{topic}的具体认定上可能存在差别，当地法院的裁判思路和地方性规定也值得参考。',
  '对方提出的说法未必都有法律依据，遇到拿不准的地方，可以先向当地的法律援助机构或者公共法律服务中心咨询。',
  '和对方沟通时尽量心平气和，避免言语或者肢体冲突，以免让自己从有理变成无理。',
  '如果已经收到了对方或者有关部门的书面材料，要仔细核对其中的时间、金额和事实描述，发现错误及时提出。',
  '在{topic}中，书面材料往往比口头说法更有分量，重要的沟通最好留下文字记录。',
  '经济困难、请不起律师的，可以依法申请法律援助，符合条件的还可以申请减免相关费用。',
  '对于金额较大或者情况复杂的{topic}纠纷，建议尽早请律师介入，由律师评估证据和风险。',
  '法律规定给出的是一般规则，个案中还要结合具体事实判断，同样的问题在不同情形下结论可能并不相同。',
  '有些人担心维权成本太高而选择放弃，其实很多纠纷通过调解或者简易程序就能较快解决。',
  '要注意区分法律上的“可以”和“应当”：前者给了办案机关或者法院裁量的空间，后者则是必须遵守的要求。',
  '处理过程中形成的各种文书，例如通知书、协议书、收据和笔录，都要妥善保管，最好另外复印或者拍照留存。',
  '如果对方已经明确拒绝履行义务，继续拖延对自己并没有好处，应当尽快采取法律措施。',
  '在{topic}问题上，当事人的约定只要不违反法律的强制性规定，一般会得到尊重。',
  '对于{topic}，很多人容易忽视程序上的要求，例如申请的期限、材料的形式和提交的部门。',
  '网上流传的说法良莠不齐，涉及{topic}的具体问题，还是应当以现行有效的法律规定为准。',
  '如果涉及未成年人、老年人或者残疾人等特殊群体，法律往往有额外的保护性规定，处理时要特别留意。',
  '整理材料时可以列一份清单，写明每份证据想要证明的事实，这样无论是协商还是起诉都会更有条理。',
  '对方如果有转移财产、销毁证据的迹象，可以及时向法院申请财产保全或者证据保全。',
  '对有关部门作出的处理决定不服的，一般可以在法定期限内申请复议或者提起诉讼。',
  '在{topic}上，主动沟通、留存证据和及时寻求专业帮助，是保护自己权益最有效的三件事。',
  '需要提醒的是，自行采取过激的手段维权，可能反而让自己承担法律责任。',
];

const ADVICE: readonly { label: string; text: string }[] = [
  { label: '保留证据', text: '把聊天记录、票据、合同、照片和视频等材料集中保存，原始载体不要删除或者丢弃。' },
  { label: '书面沟通', text: '先以书面方式向对方提出明确的要求，写清事实和诉求，并保留发送记录。' },
  { label: '寻求调解', text: '可以请人民调解委员会、消费者协会、行业调解组织等第三方居中调解。' },
  { label: '注意期限', text: '留意诉讼时效、申请期限和上诉期限，不要因为拖延而丧失权利。' },
  { label: '咨询专业人士', text: '情况复杂或者金额较大的，及时向律师或者法律援助机构咨询。' },
  { label: '依法维权', text: '协商、调解都无法解决的，可以依法向人民法院起诉或者向有关部门投诉、举报。' },
  { label: '核对文书', text: '收到的通知书、决定书、判决书等文书要仔细核对，发现错误及时提出异议。' },
  { label: '控制情绪', text: '避免与对方发生肢体冲突或者在网上发表过激言论，以免引发新的纠纷。' },
];

const CLOSINGS = [
  '以上是{topic}的一般处理思路，具体结论还要结合案件事实和证据判断。情况复杂的，建议带着相关材料咨询律师。',
  '法律问题往往因细节不同而结论不同，上面的分析仅供参考。涉及{topic}的具体纠纷，建议及时咨询专业律师，避免错过维权时机。',
  '每个案件的情况都不一样，本文只是对{topic}的一般性说明，不构成针对个案的法律意见。',
];

const LAW_HEADINGS = ['法律依据', '法律规定', '相关法律规定', '判断的依据'];
const DETAIL_HEADINGS = ['实践中如何把握', '具体分析', '常见的几种情形', '需要注意的细节'];
const PRACTICE_HEADINGS = ['实务建议', '现在可以做什么', '具体怎么做', '处理建议'];
const CLOSING_HEADINGS = ['提醒', '需要提醒的是', '需要注意', '温馨提示'];

/** '王wang 李li' → [['王', 'wang'], ['李', 'li']]: one character and its pinyin for slugs. */
function hanWithPinyin(list: string): readonly [string, string][] {
  return list.split(' ').map((entry) => [entry.slice(0, 1), entry.slice(1)]);
}

const SURNAMES = hanWithPinyin(
  '王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 林lin 高gao 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 田tian 董dong 潘pan 袁yuan 蔡cai 蒋jiang 杜du 叶ye 程cheng 魏wei 苏su',
);
const GIVEN = hanWithPinyin(
  '伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 涛tao 明ming 超chao 霞xia 平ping 文wen 辉hui 鑫xin 宇yu 浩hao 婷ting 雪xue 琳lin 晨chen 悦yue 然ran 博bo 航hang 思si 佳jia 睿rui 哲zhe 泽ze 雨yu 嘉jia 毅yi 颖ying 楠nan 清qing',
);
// Every city name here has two characters, which lets the list stay one line.
const REGIONS =
  '北京上海广州深圳杭州南京成都武汉西安重庆天津苏州长沙郑州济南青岛合肥福州厦门昆明沈阳南宁贵阳太原'.match(/../g) ?? [];

const FIRM_SYLLABLES = [...'正信德诚明衡泰和鼎合华汇道君致远通达昌瑞恒盛'];

// ---------------------------------------------------------------------------------------------
// The model: everything derived once from the sample, shared by every question.

interface Snippet {
  text: string;
  han: number;
}

interface LawFocus {
  lawId: string;
  law: Law;
  /** How often the category's real answers cite it: the more, the likelier it is picked. */
  weight: number;
  /** Article numbers the real answers cite; the pool is the articles around them. */
  centres: readonly number[];
}

interface CategoryModel {
  id: string;
  data: CategoryData;
  wording: CategoryWording;
  /** Sentences of the category's real answers that stand on their own. */
  sentences: readonly Snippet[];
  laws: readonly LawFocus[];
  /** The first day on which one of its laws is in force in its current version. */
  earliest: IsoDate;
}

interface StaleModel {
  category: CategoryModel;
  lawId: string;
  version: LawVersion;
  from: IsoDate;
  /** Last day of the superseded version. */
  to: IsoDate;
}

interface LawyerModel {
  id: string;
  data: AuthorData;
  categories: readonly string[];
}

interface Model {
  count: number;
  seed: number;
  width: number;
  categories: readonly CategoryModel[];
  stale: StaleModel | undefined;
  lawyers: readonly LawyerModel[];
  lawyersByCategory: ReadonlyMap<string, readonly LawyerModel[]>;
  editorial: Entry<AuthorData>;
  lawNamesInText: readonly string[];
  fillers: readonly string[];
  quotables: Map<string, Quotable[]>;
  /** `law|article` of every article a real answer cites: generated answers leave them to those. */
  sampleCited: ReadonlySet<string>;
}

/** A paragraph of an article that can be quoted in running text without being misread as a citation. */
interface QuotableParagraph {
  /** 0-based 款 index. */
  index: number;
  text: string;
  han: number;
}

interface Quotable {
  article: LawArticle;
  paragraphs: readonly QuotableParagraph[];
}

const ARTICLE_MENTION = /第\s*[零〇一二两三四五六七八九十百千0-9０-９]+\s*[条款项]/;
// Markdown syntax or references that only make sense next to the sentence they came from.
const UNSAFE_TEXT = /[《》*_#`<>[\]|\\]|本法|该法|本条|同条|前款|前两款|前三款|下列|如下|以下|上述/;
const DANGLING_START = /^(这|该|此|其中|以上|另外|此外|同时|但|所以|因此|也就是说|还有|至于|举例)/;

function buildModel({ count, seed, sample }: CorpusOptions): Model {
  const names = lawNames(sample.laws).names;
  const lawsById = new Map(sample.laws.map((law) => [law.id, law.data]));
  const subjects = sampleSubjects(sample);
  const categories = [...sample.categories]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((category) => categoryModel(category, sample, lawsById, names, subjects));
  const editorial = editorialAuthor(sample.authors);
  const lawyers = generateLawyers(seed, categories);
  const lawyersByCategory = new Map(
    categories.map((category) => [category.id, lawyers.filter((lawyer) => lawyer.categories.includes(category.id))]),
  );
  return {
    count,
    seed,
    width: Math.max(6, String(count).length),
    categories,
    stale: staleModel(sample, categories, lawsById),
    lawyers,
    lawyersByCategory,
    editorial,
    lawNamesInText: names,
    fillers: FILLERS.filter((text) => standsAlone(text, names)),
    quotables: new Map(),
    sampleCited: new Set(
      sample.questions.flatMap((question) =>
        question.data.statutes.map((statute) =>
          citedKey(statute.law, articleId(statute.article.number, statute.article.sub)),
        ),
      ),
    ),
  };
}

const citedKey = (lawId: string, article: string) => `${lawId}|${article}`;

/** What the real questions are about: their tags, and everything they say. */
interface Subjects {
  tags: readonly string[];
  text: string;
}

function sampleSubjects(sample: CorpusSample): Subjects {
  return {
    tags: [...new Set(sample.questions.flatMap((question) => question.data.tags))].filter((tag) => tag.length >= 2),
    text: sample.questions
      .map((question) => `${question.data.title}\n${question.data.question}\n${question.body}`)
      .join('\n'),
  };
}

/**
 * Generated questions never take a subject the real ones speak of: a topic is left out when three
 * characters in a row of its word or tags occur anywhere in a real question (title, reader's
 * question, answer), or when it shares a tag with one (either containing the other). Generated answers still borrow the real answers'
 * sentences, but each real question stays the one page about its readers' words at any size,
 * which is what the bench's recall measurement with the sample mixed in relies on.
 */
function newSubject(topic: Topic, subjects: Subjects): boolean {
  const words = [topic.word, ...topic.tags];
  return (
    !words.some((word) => pieces(word).some((piece) => subjects.text.includes(piece))) &&
    !words.some((word) => subjects.tags.some((tag) => word.includes(tag) || tag.includes(word)))
  );
}

// Three characters already name a subject (违约金 in 违约金过高); two are often just a common word.
const SUBJECT_PIECE = 3;

/** A word itself when short, else every run of SUBJECT_PIECE characters in it. */
function pieces(word: string): string[] {
  const chars = [...word];
  if (chars.length <= SUBJECT_PIECE) return [word];
  return chars.slice(0, chars.length - SUBJECT_PIECE + 1).map((_, i) => chars.slice(i, i + SUBJECT_PIECE).join(''));
}

function categoryModel(
  category: Entry<CategoryData>,
  sample: CorpusSample,
  lawsById: ReadonlyMap<string, Law>,
  names: readonly string[],
  subjects: Subjects,
): CategoryModel {
  const questions = sample.questions
    .filter((question) => question.data.category === category.id)
    .sort((a, b) => a.id.localeCompare(b.id));
  const focus = new Map<string, { weight: number; centres: number[] }>();
  for (const question of questions) {
    for (const statute of question.data.statutes) {
      if (!lawsById.has(statute.law)) continue;
      const entry = focus.get(statute.law) ?? { weight: 0, centres: [] };
      entry.weight++;
      entry.centres.push(statute.article.number);
      focus.set(statute.law, entry);
    }
  }
  // A category nobody has written about yet still needs laws: then any law will do.
  if (focus.size === 0) for (const id of lawsById.keys()) focus.set(id, { weight: 1, centres: [] });
  const laws = [...focus]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lawId, { weight, centres }]) => ({ lawId, law: lawsById.get(lawId)!, weight, centres }));
  const earliest = laws.map((focus) => currentVersion(focus.law).effectiveFrom).sort()[0] ?? FIRST_DAY;
  const fallback = topic(category.data.name, category.id, [category.data.name]);
  const listed = WORDING[category.id] ?? { ...DEFAULT_WORDING, topics: [] };
  const topics = listed.topics.filter((candidate) => newSubject(candidate, subjects));
  const wording = { ...listed, topics: topics.length > 0 ? topics : [fallback] };
  return {
    id: category.id,
    data: category.data,
    wording,
    sentences: questions.flatMap((question) => standaloneSentences(question.body, names)),
    laws,
    earliest: minDate(maxDate(earliest, FIRST_DAY), LAST_DAY),
  };
}

/** Sentences of an answer that read well anywhere: no citations, no law names, no Markdown, no "this". */
function standaloneSentences(markdown: string, names: readonly string[]): Snippet[] {
  const out: Snippet[] = [];
  for (const rawLine of markdown.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const text = line.replace(/^(?:[-*+]|\d+\.)\s+/, '').replace(/\*\*/g, '');
    for (const sentence of text.match(/[^。！？]+[。！？]/g) ?? []) {
      const trimmed = sentence.trim();
      const han = hanCount(trimmed);
      if (han >= 14 && trimmed.length <= 120 && balanced(trimmed) && standsAlone(trimmed, names)) {
        out.push({ text: trimmed, han });
      }
    }
  }
  return out;
}

/** Splitting at 。 can leave a quotation's closing mark at the start of the next sentence. */
function balanced(text: string): boolean {
  const count = (char: string) => text.split(char).length - 1;
  return count('“') === count('”') && count('（') === count('）') && count('(') === count(')');
}

function standsAlone(text: string, names: readonly string[]): boolean {
  return (
    !ARTICLE_MENTION.test(text) &&
    !UNSAFE_TEXT.test(text) &&
    !DANGLING_START.test(text) &&
    !names.some((name) => text.includes(name))
  );
}

/**
 * The real answer that relies on a superseded law version, if any: generated stale answers copy its
 * category, law version and articles, so their warnings are the same kind an editor sees.
 */
function staleModel(
  sample: CorpusSample,
  categories: readonly CategoryModel[],
  lawsById: ReadonlyMap<string, Law>,
): StaleModel | undefined {
  for (const question of [...sample.questions].sort((a, b) => a.id.localeCompare(b.id))) {
    const date = answerDate(question.data);
    const category = categories.find((c) => c.id === question.data.category);
    for (const statute of question.data.statutes) {
      const law = lawsById.get(statute.law);
      const version = law && versionInForce(law, date);
      if (!law || !version || !category || version === currentVersion(law) || !version.effectiveTo) continue;
      return {
        category,
        lawId: statute.law,
        version,
        from: maxDate(version.effectiveFrom, FIRST_DAY),
        to: isoDay(dayNumber(version.effectiveTo) - 1),
      };
    }
  }
  return undefined;
}

function editorialAuthor(authors: readonly Entry<AuthorData>[]): Entry<AuthorData> {
  const found = [...authors].sort((a, b) => a.id.localeCompare(b.id)).find((a) => a.data.kind === 'editorial');
  return (
    found ?? {
      id: 'editorial',
      file: 'lawyers/editorial.yaml',
      data: { name: '法问编辑部', kind: 'editorial', practiceAreas: ['法律知识普及'], bio: '法问编辑部撰写示例解答。' },
    }
  );
}

function generateLawyers(seed: number, categories: readonly CategoryModel[]): LawyerModel[] {
  const random = createRandom(mixSeed(seed, STREAM_LAWYERS));
  const taken = new Set<string>();
  const lawyers: LawyerModel[] = [];
  for (let n = 0; n < LAWYER_COUNT; n++) {
    const [surname, surnameKey] = random.pick(SURNAMES);
    const given = pickDistinct(random, GIVEN, random.chance(0.3) ? 1 : 2);
    const name = surname + given.map(([han]) => han).join('');
    const id = uniqueId(`${surnameKey}-${given.map(([, key]) => key).join('')}`, taken);
    // Cycling the first category guarantees every category a few lawyers.
    const first = categories[n % categories.length]!;
    const others = categories.filter((category) => category !== first);
    const second = others.length > 0 ? random.pick(others) : first;
    const areas = [...new Set([first, second].map((category) => category.data.name))];
    const region = random.pick(REGIONS);
    const firm = `${region}${pickDistinct(random, FIRM_SYLLABLES, 2).join('')}律师事务所`;
    const years = random.int(3, 25);
    const focus = random.pick(first.wording.topics).word;
    lawyers.push({
      id,
      categories: [...new Set([first.id, second.id])],
      data: {
        name,
        kind: 'lawyer',
        credential: '执业律师',
        firm,
        region,
        practiceAreas: areas,
        helped: random.int(12, 3600),
        bio: `${name}律师执业${years}年，主要办理${areas.join('、')}类案件，在法问解答${focus}等问题。`,
      },
    });
  }
  return lawyers;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The articles of a law version around the category's focus that can be quoted, computed once. */
function quotablesFor(model: Model, category: CategoryModel, focus: LawFocus, version: LawVersion): Quotable[] {
  const key = `${category.id}|${focus.lawId}|${version.effectiveFrom}`;
  let pool = model.quotables.get(key);
  if (pool) return pool;
  const all = version.articles.flatMap((article) => {
    if (model.sampleCited.has(citedKey(focus.lawId, article.id))) return [];
    const paragraphs = quotableParagraphs(article, model.lawNamesInText);
    return paragraphs.length > 0 ? [{ article, paragraphs }] : [];
  });
  const near = all.filter(({ article }) =>
    focus.centres.some((centre) => Math.abs(article.number - centre) <= ARTICLE_WINDOW),
  );
  pool = near.length >= 3 ? near : all;
  model.quotables.set(key, pool);
  return pool;
}

function quotableParagraphs(article: LawArticle, names: readonly string[]): QuotableParagraph[] {
  return article.paragraphs.flatMap((paragraph, index) => {
    const full =
      paragraph.text.endsWith('：') || paragraph.text === ''
        ? paragraph.text + paragraph.items.join('')
        : paragraph.text;
    const text = shortenQuote(full);
    if (text === undefined || !standsAlone(text, names) || /\s/.test(text)) return [];
    return [{ index, text, han: hanCount(text) }];
  });
}

/** The paragraph cut after a whole sentence or clause, without its final punctuation. */
function shortenQuote(text: string): string | undefined {
  let cut = text;
  if (text.length > QUOTE_MAX) {
    const end = Math.max(text.lastIndexOf('。', QUOTE_MAX), text.lastIndexOf('；', QUOTE_MAX));
    if (end < 20) return undefined;
    cut = text.slice(0, end);
  }
  cut = cut.replace(/[。；：，、]+$/, '');
  return hanCount(cut) >= 12 ? cut : undefined;
}

// ---------------------------------------------------------------------------------------------
// One question

interface Plan {
  index: number;
  slug: string;
  category: CategoryModel;
  topic: Topic;
  stale: boolean;
}

/** Category, topic and slug of question `index`: cheap, so `related` can look at its neighbours. */
function planQuestion(model: Model, index: number): Plan {
  const random = createRandom(mixSeed(model.seed, index, STREAM_PLAN));
  const stale = model.stale !== undefined && index % STALE_EVERY === STALE_OFFSET;
  const category = stale ? model.stale!.category : pickWeighted(random, model.categories, (c) => c.wording.weight);
  const chosen = random.pick(category.wording.topics);
  const number = String(index + 1).padStart(model.width, '0');
  return { index, slug: `q-${number}-${chosen.key}`, category, topic: chosen, stale };
}

interface Statute {
  lawId: string;
  law: Law;
  article: LawArticle;
  quote: QuotableParagraph;
  /** 1-based 款 when the citation names it. */
  paragraph: number | undefined;
}

function questionFile(model: Model, index: number): CorpusFile {
  const plan = planQuestion(model, index);
  const random = createRandom(mixSeed(model.seed, index, STREAM_BODY));
  const dates = pickDates(random, model, plan);
  const statutes = pickStatutes(random, model, plan, dates.answer);
  const editorial = random.chance(EDITORIAL_SHARE);
  const lawyers = model.lawyersByCategory.get(plan.category.id) ?? model.lawyers;
  const lawyer = editorial || lawyers.length === 0 ? model.editorial.id : random.pick(lawyers).id;
  const frontmatter = [
    `title: ${yamlText(fill(random.pick(TITLE_PATTERNS), plan.topic.word))}`,
    `question: ${yamlText(readerQuestion(random, plan))}`,
    `category: ${plan.category.id}`,
    `tags: [${pickTags(random, plan).map(yamlText).join(', ')}]`,
    `lawyer: ${lawyer}`,
    ...(lawyer === model.editorial.id ? ['sample: true'] : []),
    'statutes:',
    ...statutes.map(statuteLine),
    `related: [${pickRelated(random, model, plan).join(', ')}]`,
    `published: ${dates.published}`,
    ...(dates.updated ? [`updated: ${dates.updated}`] : []),
    'draft: false',
  ];
  const folder = String(Math.floor(index / QUESTIONS_PER_FOLDER)).padStart(2, '0');
  return {
    path: `questions/${plan.category.id}/${folder}/${plan.slug}.md`,
    text: `---\n${frontmatter.join('\n')}\n---\n\n${answerBody(random, model, plan, statutes)}`,
  };
}

function pickDates(
  random: Random,
  model: Model,
  plan: Plan,
): { answer: IsoDate; published: IsoDate; updated?: IsoDate | undefined } {
  // A stale answer must speak for a day on which the superseded version was still in force.
  const [from, to] = plan.stale ? [model.stale!.from, model.stale!.to] : [plan.category.earliest, LAST_DAY];
  const answer = randomDate(random, from, to);
  if (plan.stale || !random.chance(UPDATED_SHARE) || answer <= FIRST_DAY) return { answer, published: answer };
  const published = maxDate(FIRST_DAY, isoDay(dayNumber(answer) - random.int(30, 900)));
  return { answer, published, updated: answer };
}

function pickStatutes(random: Random, model: Model, plan: Plan, date: IsoDate): Statute[] {
  // Outside the intentional stale answers, only laws whose current version is in force on the
  // answer's date are cited, so no other answer draws a superseded-version warning.
  const laws = plan.category.laws.flatMap((focus) => {
    const version = versionInForce(focus.law, date);
    if (!version || (!plan.stale && version !== currentVersion(focus.law))) return [];
    return [{ focus, version }];
  });
  const wanted = random.pick([1, 2, 2, 3, 3, 4]);
  const chosen: Statute[] = [];
  const seen = new Set<string>();
  const add = (focus: LawFocus, quotable: Quotable) => {
    const key = `${focus.lawId}#${quotable.article.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const quote = random.pick(quotable.paragraphs);
    const paragraph = quotable.article.paragraphs.length > 1 && random.chance(0.35) ? quote.index + 1 : undefined;
    chosen.push({ lawId: focus.lawId, law: focus.law, article: quotable.article, quote, paragraph });
  };
  if (plan.stale) addStaleStatute(random, model, plan, add);
  for (let attempt = 0; chosen.length < wanted && attempt < wanted * 8 && laws.length > 0; attempt++) {
    const { focus, version } = pickWeighted(random, laws, (entry) => entry.focus.weight);
    const pool = quotablesFor(model, plan.category, focus, version);
    if (pool.length > 0) add(focus, random.pick(pool));
  }
  return groupByLaw(chosen);
}

function addStaleStatute(
  random: Random,
  model: Model,
  plan: Plan,
  add: (focus: LawFocus, quotable: Quotable) => void,
): void {
  const stale = model.stale!;
  const focus = plan.category.laws.find((law) => law.lawId === stale.lawId);
  if (!focus) return;
  const pool = quotablesFor(model, plan.category, focus, stale.version);
  if (pool.length > 0) add(focus, random.pick(pool));
}

/** Citations of one law stay together, as editors write them, so later ones can be bare 第X条. */
function groupByLaw(statutes: readonly Statute[]): Statute[] {
  const order = [...new Set(statutes.map((statute) => statute.lawId))];
  return order.flatMap((lawId) => statutes.filter((statute) => statute.lawId === lawId));
}

function statuteLine(statute: Statute): string {
  const { number, sub } = statute.article;
  const article = sub === 0 ? String(number) : `"${number}之${toChineseNumber(sub)}"`;
  const paragraph = statute.paragraph === undefined ? '' : `, paragraph: ${statute.paragraph}`;
  return `  - { law: ${statute.lawId}, article: ${article}${paragraph} }`;
}

function pickTags(random: Random, plan: Plan): string[] {
  const own = pickDistinct(random, plan.topic.tags, random.int(1, plan.topic.tags.length));
  return own.length >= 2 ? own : [...new Set([...own, plan.category.data.name])];
}

/** 0–3 other questions, preferably of the same category, found among nearby indexes. */
function pickRelated(random: Random, model: Model, plan: Plan): string[] {
  if (model.count < 2) return [];
  const wanted = random.pick([0, 1, 1, 2, 2, 2, 3, 3]);
  const picked: string[] = [];
  const span = Math.min(model.count - 1, 200);
  for (let attempt = 0; picked.length < wanted && attempt < wanted * 10; attempt++) {
    const offset = random.int(1, span) * (random.chance(0.5) ? -1 : 1);
    const other = planQuestion(model, (((plan.index + offset) % model.count) + model.count) % model.count);
    const sameCategory = other.category === plan.category || attempt >= wanted * 8;
    if (other.index !== plan.index && sameCategory && !picked.includes(other.slug)) picked.push(other.slug);
  }
  return picked;
}

function readerQuestion(random: Random, plan: Plan): string {
  const head = fill(random.pick(plan.category.wording.situations), plan.topic.word);
  const ask = fill(random.pick(ASKS), plan.topic.word);
  const worries = pickDistinct(random, WORRIES, WORRIES.length);
  let middle = '';
  // Readers write 80–150 characters: add worries until it is long enough, never past the limit.
  for (const worry of worries) {
    const length = head.length + middle.length + ask.length;
    if (length >= 80 && (length >= 110 || random.chance(0.5))) break;
    if (length + worry.length > 150) continue;
    middle += worry;
  }
  return head + middle + ask;
}

// ---------------------------------------------------------------------------------------------
// The answer

/** Tracks which law a bare 第X条 would refer to, exactly as the citation scanner reads the answer. */
interface CitationState {
  named: Set<string>;
  last: string | undefined;
}

function answerBody(random: Random, model: Model, plan: Plan, statutes: readonly Statute[]): string {
  const target = random.int(ANSWER_HAN_MIN, ANSWER_HAN_MAX);
  const used = new Set<string>();
  const sentence = () => nextSentence(random, model, plan, used);
  const topicWord = plan.topic.word;

  const sentences = (count: number) => Array.from({ length: count }, () => sentence().text).join('');

  const opening = fill(random.pick(OPENERS), topicWord) + sentences(random.int(1, 2));
  const state: CitationState = { named: new Set(), last: undefined };
  const asList = statutes.length >= 3 && random.chance(0.4);
  const cited = statutes.map((statute, n) => {
    const text = citationSentence(random, statute, state);
    return asList && n > 0 ? `- ${text}` : text + sentences(random.int(1, 2));
  });
  const lawBlocks = asList ? [cited[0]!, cited.slice(1).join('\n')] : cited;
  const advice = pickDistinct(random, ADVICE, random.int(3, 4))
    .map(({ label, text }) => `- **${label}**：${text}`)
    .join('\n');
  const closing = fill(random.pick(CLOSINGS), topicWord);

  const fixed = [opening, ...lawBlocks, advice, closing].reduce((sum, block) => sum + hanCount(block), 0);
  const details = detailParagraphs(random, target - fixed, sentence);
  const blocks = [
    opening,
    `### ${random.pick(LAW_HEADINGS)}`,
    ...lawBlocks,
    ...(details.length > 0 ? [`### ${random.pick(DETAIL_HEADINGS)}`, ...details] : []),
    `### ${random.pick(PRACTICE_HEADINGS)}`,
    advice,
    `### ${random.pick(CLOSING_HEADINGS)}`,
    closing,
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** Paragraphs of two to four sentences until the answer reaches its length; now and then a list. */
function detailParagraphs(random: Random, missing: number, sentence: () => Snippet): string[] {
  const paragraphs: string[] = [];
  let remaining = missing;
  while (remaining > 0) {
    const list = paragraphs.length > 0 && random.chance(0.25);
    const parts: string[] = [];
    for (let n = random.int(2, 4); n > 0 && remaining > 0; n--) {
      const next = sentence();
      parts.push(next.text);
      remaining -= next.han;
    }
    paragraphs.push(list ? parts.map((part) => `- ${part}`).join('\n') : parts.join(''));
  }
  return paragraphs;
}

/** A sentence of the category's real answers or a filler, not repeated within one answer while any are left. */
function nextSentence(random: Random, model: Model, plan: Plan, used: Set<string>): Snippet {
  const own = plan.category.sentences;
  const total = own.length + model.fillers.length;
  for (let attempt = 0; attempt < 12; attempt++) {
    // The real answers' sentences carry the substance, so they come first while they last.
    const n = own.length > 0 && random.chance(0.6) ? random.int(0, own.length - 1) : random.int(0, total - 1);
    const text = n < own.length ? own[n]!.text : fill(model.fillers[n - own.length]!, plan.topic.word);
    if (used.has(text) && used.size < total) continue;
    used.add(text);
    return { text, han: hanCount(text) };
  }
  const text = fill(random.pick(model.fillers), plan.topic.word);
  return { text, han: hanCount(text) };
}

/** “《中华人民共和国民法典》第五百七十七条规定，……。” with the law named as editors do. */
function citationSentence(random: Random, statute: Statute, state: CitationState): string {
  const label =
    articleLabel(statute.article.number, statute.article.sub) +
    (statute.paragraph === undefined ? '' : `第${toChineseNumber(statute.paragraph)}款`);
  const { law } = statute;
  let reference: string;
  if (!state.named.has(statute.lawId)) reference = `《${law.title}》${label}`;
  else if (state.last === statute.lawId && random.chance(0.6)) {
    reference = random.chance(0.5) ? label : `该${lawKind(law.title)}${label}`;
  } else reference = `《${law.short}》${label}`;
  state.named.add(statute.lawId);
  state.last = statute.lawId;
  const quote = statute.quote.text;
  switch (random.int(0, 3)) {
    case 0:
      return `${reference}规定，${quote}。`;
    case 1:
      return `依照${reference}，${quote}。`;
    case 2:
      return `根据${reference}的规定，${quote}。`;
    default:
      return `${reference}明确，${quote}。`;
  }
}

function lawKind(title: string): string {
  return ['条例', '办法', '规定'].find((kind) => title.endsWith(kind)) ?? '法';
}

function fill(template: string, topicWord: string): string {
  return template.replaceAll('{topic}', topicWord);
}

/** A YAML scalar: plain when that is unambiguous (as editors write), JSON-quoted otherwise. */
function yamlText(text: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/[:#,[\]{}]|\s$/.test(text);
  return plain ? text : JSON.stringify(text);
}

// ---------------------------------------------------------------------------------------------
// Authors and categories

function authorYaml(author: AuthorData): string {
  const lines = [
    `name: ${yamlText(author.name)}`,
    `kind: ${author.kind}`,
    ...(author.credential ? [`credential: ${yamlText(author.credential)}`] : []),
    ...(author.firm ? [`firm: ${yamlText(author.firm)}`] : []),
    ...(author.region ? [`region: ${yamlText(author.region)}`] : []),
    `practiceAreas: [${author.practiceAreas.map(yamlText).join(', ')}]`,
    ...(author.helped === undefined ? [] : [`helped: ${author.helped}`]),
    `bio: ${yamlText(author.bio)}`,
  ];
  return `${lines.join('\n')}\n`;
}

function categoryYaml(category: CategoryData): string {
  return `name: ${yamlText(category.name)}\ndescription: ${yamlText(category.description)}\norder: ${category.order}\n`;
}

/**
 * The files of a generated content folder, one at a time: copied files, categories, authors,
 * then `count` questions. Holding only the shared model, it runs in constant memory.
 */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  if (!Number.isSafeInteger(options.count) || options.count < 1) {
    throw new RangeError(`count must be a positive integer, got ${options.count}`);
  }
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed must be an integer, got ${options.seed}`);
  const model = buildModel(options);
  const copies = [...(options.sample.copies ?? [])].sort((a, b) => a.path.localeCompare(b.path));
  yield* copies;
  for (const category of model.categories) {
    yield { path: `categories/${category.id}.yaml`, text: categoryYaml(category.data) };
  }
  yield { path: `lawyers/${model.editorial.id}.yaml`, text: authorYaml(model.editorial.data) };
  for (const lawyer of model.lawyers) yield { path: `lawyers/${lawyer.id}.yaml`, text: authorYaml(lawyer.data) };
  for (let index = 0; index < model.count; index++) yield questionFile(model, index);
}
