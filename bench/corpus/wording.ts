// Hand-written wording. Sentences drawn from the real answers carry the legal substance; these
// templates add the variety of titles, reader descriptions and the connective tissue of an answer.

export interface Topic {
  word: string;
  /** Pinyin-ish ASCII for the slug. */
  key: string;
  tags: readonly string[];
}

export interface CategoryWording {
  topics: readonly Topic[];
  /** Openers of the reader's description; {topic} is replaced. */
  situations: readonly string[];
  /** Relative share of questions. */
  weight: number;
}

export const topic = (word: string, key: string, tags: readonly string[]): Topic => ({ word, key, tags });

export const WORDING: Readonly<Record<string, CategoryWording>> = {
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

export const DEFAULT_WORDING: Omit<CategoryWording, 'topics'> = {
  weight: 8,
  situations: ['我最近遇到了{topic}方面的麻烦，一直不知道该怎么处理。'],
};

export const TITLE_PATTERNS = [
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

export const WORRIES = [
  '对方的态度很强硬，说什么都不肯让步。',
  '我对法律不太了解，担心自己的权益受到损害。',
  '身边的朋友说法不一，我也拿不准该听谁的。',
  '这件事已经拖了好几个月，一直没有结果，心里很着急。',
  '我手里有一些聊天记录和票据，不知道能不能派上用场。',
  '我不想把关系闹得太僵，但也不愿意吃哑巴亏。',
  '家里人都劝我算了，可我觉得这样处理对我很不公平。',
];

export const ASKS = [
  '想知道{topic}在法律上是怎么规定的，我应该怎么做？',
  '请问遇到这种情况该怎么处理，需要准备哪些材料？',
  '想问问法律上对{topic}有没有明确的规定，我的诉求能不能得到支持？',
  '希望懂法律的朋友帮忙解答一下，{topic}到底该怎么处理？',
  '想了解一下具体的法律规定和处理办法。',
];

export const OPENERS = [
  '关于{topic}，法律有比较明确的规定，处理时关键要把事实和证据梳理清楚，再对照相应条文判断自己的权利义务。',
  '{topic}的问题看似复杂，其实可以分几步来看：先弄清法律关系，再看相应的法律规定，最后结合证据确定处理方式。',
  '遇到{topic}，不必过于慌张。法律对这类情形有专门的规定，只要方法得当，大多数问题都能找到解决的途径。',
  '{topic}是实践中常见的问题，法律上的处理思路相对清楚，但具体结果要看案件事实和证据。',
];

export const FILLERS = [
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

export const ADVICE: readonly { label: string; text: string }[] = [
  { label: '保留证据', text: '把聊天记录、票据、合同、照片和视频等材料集中保存，原始载体不要删除或者丢弃。' },
  { label: '书面沟通', text: '先以书面方式向对方提出明确的要求，写清事实和诉求，并保留发送记录。' },
  { label: '寻求调解', text: '可以请人民调解委员会、消费者协会、行业调解组织等第三方居中调解。' },
  { label: '注意期限', text: '留意诉讼时效、申请期限和上诉期限，不要因为拖延而丧失权利。' },
  { label: '咨询专业人士', text: '情况复杂或者金额较大的，及时向律师或者法律援助机构咨询。' },
  { label: '依法维权', text: '协商、调解都无法解决的，可以依法向人民法院起诉或者向有关部门投诉、举报。' },
  { label: '核对文书', text: '收到的通知书、决定书、判决书等文书要仔细核对，发现错误及时提出异议。' },
  { label: '控制情绪', text: '避免与对方发生肢体冲突或者在网上发表过激言论，以免引发新的纠纷。' },
];

export const CLOSINGS = [
  '以上是{topic}的一般处理思路，具体结论还要结合案件事实和证据判断。情况复杂的，建议带着相关材料咨询律师。',
  '法律问题往往因细节不同而结论不同，上面的分析仅供参考。涉及{topic}的具体纠纷，建议及时咨询专业律师，避免错过维权时机。',
  '每个案件的情况都不一样，本文只是对{topic}的一般性说明，不构成针对个案的法律意见。',
];

export const LAW_HEADINGS = ['法律依据', '法律规定', '相关法律规定', '判断的依据'];
export const DETAIL_HEADINGS = ['实践中如何把握', '具体分析', '常见的几种情形', '需要注意的细节'];
export const PRACTICE_HEADINGS = ['实务建议', '现在可以做什么', '具体怎么做', '处理建议'];
export const CLOSING_HEADINGS = ['提醒', '需要提醒的是', '需要注意', '温馨提示'];

/** '王wang 李li' → [['王', 'wang'], ['李', 'li']]: one character and its pinyin for slugs. */
function hanWithPinyin(list: string): readonly [string, string][] {
  return list.split(' ').map((entry) => [entry.slice(0, 1), entry.slice(1)]);
}

export const SURNAMES = hanWithPinyin(
  '王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 林lin 高gao 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 田tian 董dong 潘pan 袁yuan 蔡cai 蒋jiang 杜du 叶ye 程cheng 魏wei 苏su',
);
export const GIVEN = hanWithPinyin(
  '伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 涛tao 明ming 超chao 霞xia 平ping 文wen 辉hui 鑫xin 宇yu 浩hao 婷ting 雪xue 琳lin 晨chen 悦yue 然ran 博bo 航hang 思si 佳jia 睿rui 哲zhe 泽ze 雨yu 嘉jia 毅yi 颖ying 楠nan 清qing',
);
// Every city name here has two characters, which lets the list stay one line.
export const REGIONS =
  '北京上海广州深圳杭州南京成都武汉西安重庆天津苏州长沙郑州济南青岛合肥福州厦门昆明沈阳南宁贵阳太原'.match(/../g) ?? [];

export const FIRM_SYLLABLES = [...'正信德诚明衡泰和鼎合华汇道君致远通达昌瑞恒盛'];
