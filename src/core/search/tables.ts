/**
 * Hand-written language tables: the words citizens type and the words the regulation uses.
 * Keep entries general (how people talk), never tuned to one test query.
 */

/** A list of words written as one space-separated string (shorter in the shipped bundle than an array of strings). */
const words = (list: string): string[] => list.split(' ')

/**
 * Common typing errors and homophone slips → the intended word. Applied to the normalised query
 * before tokenising (the misspelling itself is not a real word, so it is simply replaced).
 */
export const TYPOS: Record<string, string> = {
  复察: '复查',
  复差: '复查',
  付查: '复查',
  复茶: '复查',
  付核: '复核',
  复和: '复核',
  复合: '复核',
  付合: '复核',
  复何: '复核',
  新访: '信访',
  信仿: '信访',
  信方: '信访',
  心访: '信访',
  上仿: '上访',
  上方: '上访',
  尚访: '上访',
  受里: '受理',
  手理: '受理',
  仲栽: '仲裁',
  众裁: '仲裁',
  仲才: '仲裁',
  诉松: '诉讼',
  诉送: '诉讼',
  复意: '复议',
  付议: '复议',
  复以: '复议',
  起述: '起诉',
  期线: '期限',
  其限: '期限',
  听正: '听证',
  厅证: '听证',
  答付: '答复',
  达复: '答复',
  回付: '回复',
  举保: '举报',
  检距: '检举',
  匿明: '匿名',
  拘流: '拘留',
  救主: '救助',
  调节: '调解',
  投述: '投诉',
  申述: '申诉',
  报负: '报复',
  信防: '信访',
  延常: '延长',
}

/**
 * Regional and dialect words → the Mandarin the other tables know, replaced in the query like a typo
 * (after 繁体 folding, so keys are written in 简体): pronouns (俺, 咱, 阿拉, 侬, 佢, 她 → 他), 粤语 function
 * words (嘅, 咩, 唔, 喺, 冇, 点算), 上海话 (哪能, 屋里厢), 东北话 (嘎哈, 自个儿), 四川话 (啥子, 啷个, 莫得), Taiwan
 * usage (陈情, 网路, 资讯), Hong Kong usage (覆核, 法援). Every entry is how many people write,
 * whatever they ask about; none is a word the regulation uses in another sense (係 is left alone:
 * 關係 folds to the same 系).
 */
export const SPOKEN_FORMS: Record<string, string> = {
  // pronouns
  俺们: '我们', 俺: '我', 咱们: '我们', 咱: '我', 阿拉: '我们', 侬: '你', 伊拉: '他们', 佢哋: '他们', 佢: '他', 我哋: '我们', 你哋: '你们',
  她们: '他们', 她: '他', 自个儿: '自己', 自个: '自己',
  // 粤语
  嘅: '的', 咩: '什么', 乜嘢: '什么', 乜: '什么', 点算: '怎么办', 点办: '怎么办', 点做: '怎么做', 点样: '怎么样', 点解: '为什么', 唔该: '请问',
  唔系: '不是', 唔: '不', 喺: '在', 冇: '没', 嘢: '东西', 俾: '给', 畀: '给', 攞: '拿', 睇: '看', 揾: '找', 边度: '哪里', 边个: '谁', 咗: '了',
  仲可以: '还可以', 仲有: '还有', 仲要: '还要', 仲能: '还能', 仲系: '还是', 老细: '老板', 返工: '上班', 屋企: '家里', 而家: '现在', 琴日: '昨天',
  差佬: '警察', 警署: '派出所', 入禀: '起诉', 搞掂: '办好', 谂: '想',
  // 上海话, 东北话, 四川话, 河南话
  哪能: '怎么', 屋里厢: '家里', 覅: '不要', 辰光: '时候', 嘎哈: '干什么', 干哈: '干什么', 那嘎达: '那里', 这嘎达: '这里', 啥子: '什么',
  啷个: '怎么', 咋个: '怎么', 莫得: '没有', 晓得: '知道', 中不中: '行不行', 得劲: '好',
  // Taiwan usage
  陈情: '信访', 网路: '网络', 资讯: '信息', 民代: '人大代表', 乡公所: '乡政府', 区公所: '区政府', 公所: '政府', 里长: '社区', 法扶: '法律援助',
  劳工局: '劳动局', 劳资争议: '劳动争议', 劳资纠纷: '劳动纠纷', 资遣费: '经济补偿', 资遣: '辞退', 诉愿: '行政复议', 警察局: '派出所', 地检署: '检察院',
  劳保: '社保', 健保: '医保', 国赔: '国家赔偿',
  // Hong Kong usage (覆核 is how Hong Kong writes 复核)
  覆核: '复核', 覆查: '复查', 覆议: '复议', 法援: '法律援助', 劳工处: '劳动局', 差馆: '派出所',
}

/** Characters too common to be useful as single-character query terms (bigrams still use them). */
export const STOP_CHARS = new Set(
  '的了吗呢啊吧呀么嘛我你他她它们是在有和与或就都也还要会能可以怎么什么啥咋哪谁几多少个这那些一没被给把让对从到去来说看想请问下吗嘞哈哦噢呗咧'.split('')
)

/** Characters never highlighted on their own: the stop characters and written function words (之, 其, 及…). */
export const LONE_STOP_CHARS = new Set([...STOP_CHARS, ...'之其及而并且等于为所者则即乃亦'.split('')])

/**
 * Domain words: when a pinyin or homophone guess has several candidates, these win
 * (the way an input method prefers its user dictionary).
 */
export const DOMAIN_WORDS = new Set(
  (
    '信访 上访 复查 复核 受理 办理 办结 期限 答复 告知 延长 听证 仲裁 诉讼 起诉 复议 行政 投诉 举报 检举 控告 申诉 ' +
    '调解 和解 救助 回避 匿名 走访 书信 电话 网络 材料 代表 越级 报复 泄露 处罚 拘留 法院 政府 部门 机关 单位 ' +
    '条例 意见 请求 理由 事实 姓名 住址 书面 口头 查询 进度 公安 纪检 监察 劳动 工资 报酬 时效 决定 判决 裁决'
  ).split(' ')
)

/**
 * Names people use for the four laws the app carries, for 「行政复议法第二十条」-style article
 * lookups, longest first. Only unambiguous names: 「仲裁法」 is the commercial arbitration law, a
 * bare 「诉讼法」 could be any of three procedure laws, and 「信访条例」 is the superseded 2005
 * regulation (see OLD_REGULATION_NAMES); none of them may jump to an article of ours.
 */
export const LAW_ALIASES: { law: string; names: string[] }[] = [
  { law: '劳动争议调解仲裁法', names: words('劳动争议调解仲裁法 劳动争议仲裁法 调解仲裁法 劳动仲裁法') },
  { law: '信访工作条例', names: ['信访工作条例'] },
  { law: '行政复议法', names: ['行政复议法', '复议法'] },
  { law: '行政诉讼法', names: ['行政诉讼法', '行诉法'] },
]

/** Names of the superseded 2005 《信访条例》: its article numbers go through the concordance. */
export const OLD_REGULATION_NAMES = words('信访条例 旧条例 老条例 原条例 以前的条例 过去的条例 05年条例 05年的条例')

/**
 * Laws (and law-like names) the app does not carry, longest first within a suffix: named before
 * 「第N条」 they never jump to an article of ours. Any other name ending in 法/条例/办法/规定… is
 * treated the same way (see engine.ts); this list only gives the name for the note.
 */
export const OTHER_LAW_NAMES = words('宪法 民法典 刑法 民事诉讼法 刑事诉讼法 诉讼法 仲裁法 劳动法 劳动合同法 治安管理处罚法 行政处罚法 行政强制法 行政许可法 国家赔偿法 法律援助法 反家庭暴力法 人民调解法 监察法 土地管理法 婚姻法 合同法 物权法 道路交通安全法 社会保险法 劳动保障监察条例 保障农民工工资支付条例 政府信息公开条例 国有土地上房屋征收与补偿条例 社会救助暂行办法 集会游行示威法').sort((a, b) => b.length - a.length)

/** 「条例」 with only a pointing word before it means the regulation the app is about. */
export const THIS_REGULATION = /(?:^|[^\u4e00-\u9fff]|本|该|这个|这部|新|新的|现行|现在的|二〇二二年|2022年的?|22年的?)条例$/

/** Spoken fillers that say nothing about the question (請問, 那個 …): removed before tokenising. */
export const FILLERS = [
  '请问一下', '请问', '我想问一下', '想问一下', '我想问', '问一下', '我想咨询一下', '咨询一下', '你好', '您好', '麻烦',
  '谢谢', '那个', '就是说', '然后', '嗯', '哎', '唉',
  '我想问问', '想问问', '想问下', '问下', '请教一下', '请教', '打听一下', '我想知道', '想知道', '我想了解一下', '我想了解', '那个啥', '在线等', '急急急',
  // phone calls and chats: greetings, openers and asides
  '喂喂', '能听到吗', '听得到吗', '打扰一下', '打扰了', '我跟你说', '跟你说', '事情是这样的', '情况是这样的', '是这样的', '怎么说呢', '讲真', '说实话', '老实说',
  '说真的', '你知道吗', '咱就是说', '家人们', '老铁们', '宝子们', '大家好', '老师您好', '老师好', '你们好', '帮我看看', '先说明一下情况', '说明一下情况', '请教一个问题',
  '真是没办法了', '没办法了', '求求了',
  // hearsay: where the user heard it is not what they ask about (网上说 is no online petition)
  '网上说', '网上看到', '网上都说', '听人说', '听别人说', '别人说', '听说', '据说',
]

/**
 * Question frames: the words that make a sentence a question whatever it is about. They stay in the
 * query but weigh little, so 「信访的时候…开回执吗」 does not go to every answer titled 「信访的时候…」.
 */
export const FRAMES = [
  '是什么意思', '什么意思', '啥意思', '的时候', '什么内容', '哪些内容', '写些什么', '些什么', '是什么', '怎么回事', '什么情况',
  '怎么样', '会怎样', '行不行', '可不可以', '能不能', '是不是', '应该怎么', '该怎么办', '怎么办', '有什么办法', '什么办法',
  '有什么用', '有用吗', '管用吗', '靠谱吗', '有哪些', '哪几种', '还能', '能否', '是否',
  '是怎样的', '怎样', '如何',
  // how long: the answers on time limits learn these from the questions people ask about them
  '多长时间', '多少时间', '多久',
  // comparisons: what is compared carries the question, not the word 区别
  '是不是一回事', '是一回事吗', '一回事吗', '有什么区别', '有啥区别', '什么区别', '有什么不同', '有啥不同', '有什么不一样', '有啥不一样', '不一样', '一样吗',
]

/**
 * Situations and the guide channel that fits them: a query naming one also offers that channel
 * (first among the results when the matter is not a 信访 matter at all: 民事纠纷, 报警).
 * `terms` are regulation words the situation implies (强拆 → 行政强制 → 复议、诉讼).
 */
export interface Situation {
  words: string[]
  channels: string[]
  terms?: string[]
  /** Not a 信访 matter: the channel leads. */
  outside?: boolean
  /** Told by words apart rather than one word: a word of each list anywhere in the query (老公 … 打人). */
  together?: string[][]
  /** Someone's safety is at stake (violence, threats): leads over a money matter told beside it (高利贷 … 上门威胁). */
  safety?: boolean
}

export const SITUATIONS: Situation[] = [
  {
    words: words('强拆 违建 违章建筑 违法建筑 拆迁 动迁 拆违 腾退 征收 征地 拆房 拆我家 低保 吊销 执照 扣车 没收 罚款 罚单 被罚 行政处罚 行政强制 占地 征用 补偿款 没给补偿 拆了 医保 社保局 报销 养老金 退休金 抚恤 残疾证 入学 查封 扣押 不批 不给批 审批 不给办证 办证 营业执照 落户 户口 城管 交警 廉租房 公租房 保障房 经适房 危房改造 高龄补贴 残疾补贴 粮补 优待证 准生证 出生证明'),
    channels: ['admin-reconsideration', 'admin-litigation'],
    terms: words('行政行为 行政复议 行政诉讼'),
  },
  {
    // Family violence before assault: its own channel (告诫书, 人身安全保护令), the police beside it.
    words: words('家暴 家庭暴力 保护令 冷暴力 打老婆 打媳妇 虐待老人'),
    channels: ['domestic-violence', 'police'],
    terms: ['公安机关'],
    outside: true,
    safety: true,
  },
  {
    words: [],
    together: [
      words('老公 丈夫 老婆 妻子 媳妇 前夫 前妻 男朋友 女朋友 对象 公公 婆婆 继父 继母 家里人 家人 儿子 女儿 儿媳 女婿'),
      words('打人 打我 打了 打得 打骂 动手 殴打 虐待 掐我 踢我 砸东西 摔东西 砸家 拿刀 动刀 菜刀 砍我 杀我 杀全家 弄死我'),
    ],
    channels: ['domestic-violence', 'police'],
    terms: ['公安机关'],
    outside: true,
    safety: true,
  },
  {
    // A thing the authorities took (车被扣了): an administrative act.
    words: [],
    together: [
      words('派出所 交警 城管 公安 警察 政府 执法'),
      words('扣了 扣走 拖走 收走 拿走 没收 查封 扣押 拘留了 关了 罚了'),
    ],
    channels: ['admin-reconsideration', 'admin-litigation'],
    terms: words('行政行为 行政复议 行政诉讼'),
  },
  {
    // A licence, certificate or registration the authorities will not give.
    words: ['办不下来'],
    together: [
      words('证 执照 手续 户口 入学 审批 许可'),
      words('不给办 不予办理 不给批 不批 卡着 不给开 被拒'),
    ],
    channels: ['admin-reconsideration', 'admin-litigation'],
    terms: words('行政行为 行政复议 行政诉讼'),
  },
  {
    words: [],
    together: [
      words('借 欠我 欠了'),
      words('不还 还不上 赖账 不认'),
    ],
    channels: ['civil-lawsuit', 'mediation'],
    terms: ['民事纠纷', '人民法院'],
    outside: true,
  },
  {
    // Children who do not support their parents (赡养), shops that will not answer for what they sold.
    words: [],
    together: [
      words('儿女 子女 儿子 女儿 孩子们'),
      words('不管 不养 不赡养 不照顾 不给钱 不给生活费 不孝'),
    ],
    channels: words('civil-lawsuit mediation legal-aid'),
    terms: ['民事纠纷', '人民法院'],
    outside: true,
  },
  {
    words: [],
    together: [
      words('饭店 餐馆 商店 超市 商场 店家 网店 卖家 快递 商家'),
      words('不认账 不赔 不退 不给退 吃坏 坏了 假的 质量'),
    ],
    channels: ['civil-lawsuit', 'mediation'],
    terms: ['民事纠纷', '人民法院'],
    outside: true,
  },
  {
    words: [
      // family
      '离婚', '结婚', '婚姻', '分居', '出轨', '彩礼', '嫁妆', '抚养', '抚养权', '探视', '探望', '见孩子', '看孩子', '赡养', '养老', '继承', '遗产', '遗嘱', '去世', '过世', '霸占', '分家', '家产', '过户',
      '房产怎么分', '房子怎么分',
      // debts
      '借钱', '借了钱', '借给', '借了我', '借我', '借条', '欠条', '欠钱', '欠款', '欠账', '借款', '还钱', '还不上', '赖账', '老赖', '债务', '欠债', '讨债', '要债', '要账', '催收', '催债',
      '高利贷', '网贷', '贷款', '信用卡', '还不起', '利息太高', '高息', '利滚利',
      // contracts, consumers, housing
      '合同', '违约', '定金', '订金', '退款', '退钱', '退货', '假货', '买到假', '伪劣', '商家', '装修', '房租', '租房', '押金', '开发商', '交房', '物业', '房东', '中介', '保险公司', '理赔', '不赔',
      // injuries, neighbours
      '医疗事故', '医疗纠纷', '医院', '手术', '误诊', '交通事故', '车祸', '撞了', '被撞', '狗咬', '邻里', '邻居', '隔壁', '楼上', '漏水', '噪音', '扰民', '太吵', '吵得', '侵权',
      // land contracted in the village
      '承包地', '土地承包', '承包合同',
    ],
    channels: ['civil-lawsuit', 'mediation'],
    terms: ['民事纠纷', '人民法院'],
    outside: true,
  },
  {
    words: words('被打 打我 打了我 打伤 挨打 打架 斗殴 诈骗 被骗 骗了 骗走 骗我 被坑 坑了 被偷 被盗 小偷 被抢 偷了 抢了 抢劫 敲诈 勒索 恐吓 威胁 上门威胁 跟踪 骚扰 猥亵 传销 套路贷 假药 假酒 走失 失踪 拐卖 肇事逃逸 冒用 盗用 冒名 冒充 人身安全 推倒 偷拍 泼油漆 泼粪 喷漆 堵锁眼 赌博 吸毒 涉黑 黑社会 恶势力 打砸 寻衅滋事 非法拘禁 绑架 性侵 强奸 推搡 被推 造谣 诽谤 砍人 砍我 砍伤 拿刀 动刀 捅我 捅人 杀我 杀了我 杀全家 弄死我 砸门 砸我家 堵门 要我好看'),
    channels: ['police'],
    terms: ['公安机关'],
    outside: true,
    safety: true,
  },
  { words: words('欠薪 讨薪 拖欠工资 欠工资 工资 工钱 加班费 包工头 劳务费'), channels: ['labor-arbitration', 'labor-inspection'] },
  {
    words: words('辞退 开除 解雇 解聘 裁员 离职 辞职 离职证明 试用期 经济补偿 工伤 社保 劳动合同 工地 干活 年假 病假 产假 调休 劳务派遣 临时工 合同工 培训费 违约金 扣押证件 押身份证 扣工资 克扣'),
    channels: ['labor-arbitration'],
  },
  {
    // An employer's own 「fines」 are a labour matter, not an administrative penalty.
    words: [],
    together: [
      words('公司 单位 老板 厂里 领导 主管'),
      words('罚款 罚了 罚钱 扣钱 扣工资 扣了工资'),
    ],
    channels: ['labor-arbitration', 'labor-inspection'],
  },
  {
    words: words('贪污 受贿 索贿 行贿 腐败 包庇 违纪 纪委 收红包 侵占 私分 挪用 集体资产 集体的地 集体土地 优亲厚友 以权谋私 吃空饷 冒领 虚报 公款 公车私用 村霸 公车 公家的车 公家的钱 关系户 人情保 七大姑八大姨 走后门 开后门 拉票 贿选 小金库 公款吃喝 套取 虚报冒领 侵吞 独吞 吞了 吞掉'),
    channels: ['discipline'],
  },
  {
    // Village accounts kept from the villagers (账目…不公开).
    words: [],
    together: [
      words('账目 账本 财务 村务 集体收入'),
      words('不公开 不透明 不给看 不让看 糊涂账'),
    ],
    channels: ['discipline'],
  },
  { words: words('信息公开 政府文件 公开信息 政府信息 不公开 不予公开 不给看 补偿标准 红头文件 批文 规划许可 审批文件 看文件 查文件 要文件 依申请公开'), channels: ['info-disclosure'] },
  { words: words('国家赔偿 错抓 抓错 关错 违法拘留 错判 冤狱 平反 无罪释放 关押'), channels: ['state-compensation'] },
  {
    // Officials, police or teachers who hit people: a complaint against them, and the police.
    words: [],
    together: [
      words('警察 民警 协警 辅警 城管 干部 官员 保安'),
      words('打人 打了 打我 殴打 动手'),
    ],
    channels: words('discipline police state-compensation'),
  },
  {
    words: ['体罚'],
    together: [
      words('老师 学校 幼儿园'),
      words('打孩子 打学生 打了 虐待'),
    ],
    channels: ['police', 'petition'],
  },
  { words: words('法律援助 请不起律师 免费律师 没钱请律师 法援'), channels: ['legal-aid'] },
]

/** Latin words people type that are not pinyin and that the content uses as they are (app, email). */
export const LATIN_AS_TYPED = new Set(words('app email'))
/** Words that contain a situation word but are not that situation (被打击报复 is not 被打). */
export const NOT_SITUATIONS = words('没收到 没收回 被打击 打击 打官司 打电话 打分 打听 打算 骗子话 邻居们')

/**
 * English words mixed into a Chinese question (「boss不给salary」「想找个lawyer」): read as the Chinese
 * word they stand for before anything else, so situations and channels see them too.
 * Only words that are not also pinyin people type (no 「fang」「men」「long」).
 */
export const ENGLISH: Record<string, string> = {
  // the procedure
  petition: '信访', petitions: '信访', complaint: '投诉', complain: '投诉', complaints: '投诉', appeal: '不服', review: '复查',
  reconsideration: '行政复议', recheck: '复核', hearing: '听证', submit: '提交', apply: '申请', application: '申请', register: '登记',
  accept: '受理', accepted: '受理', reject: '不予受理', rejected: '不予受理', refuse: '拒绝', refused: '拒绝', deadline: '期限',
  progress: '进度', status: '进度', reply: '答复', answer: '答复', result: '结果', letter: '写信', visit: '走访', anonymous: '匿名',
  report: '举报', online: '网上', phone: '电话', hotline: '热线电话', number: '号码', office: '信访部门', bureau: '信访局',
  address: '地址', government: '政府', official: '干部', officials: '干部', corruption: '腐败', bribe: '索贿', retaliation: '打击报复',
  // courts and help
  lawsuit: '起诉', sue: '起诉', court: '法院', judge: '法官', judgment: '判决', verdict: '判决', lawyer: '律师', lawyers: '律师',
  legal: '法律', aid: '援助', free: '免费', help: '帮助', mediation: '调解', arbitration: '劳动仲裁', compensation: '赔偿',
  police: '报警', cop: '警察', cops: '警察', arrest: '拘留', arrested: '拘留', detained: '拘留', detention: '拘留', fine: '罚款', fined: '罚款',
  // work
  boss: '老板', salary: '工资', wage: '工资', wages: '工资', pay: '工资', overtime: '加班费', fire: '辞退', fired: '辞退', layoff: '辞退',
  dismissed: '辞退', contract: '合同', intern: '实习', internship: '实习', injury: '工伤', company: '公司',
  // everyday trouble
  landlord: '房东', tenant: '租房', rent: '房租', deposit: '押金', refund: '退款', seller: '卖家', shop: '商家', delivery: '快递',
  divorce: '离婚', husband: '丈夫', wife: '妻子', custody: '抚养权', debt: '欠钱', loan: '借钱', borrow: '借钱', fraud: '诈骗',
  scam: '诈骗', scammed: '被骗', cheated: '被骗', stolen: '被偷', steal: '偷了', violence: '暴力', neighbor: '邻居', neighbour: '邻居',
  noise: '噪音', accident: '交通事故', hospital: '医院', insurance: '保险', demolition: '强拆', house: '房子', land: '土地', welfare: '低保',
  money: '钱', how: '怎么', what: '什么', where: '哪里', when: '什么时候', why: '为什么', can: '能',
}

/**
 * Broad category cues, for the many situations no rule above names (二手车是事故车, 在超市摔骨折了,
 * 短信说卡被冻结要转账): each cue is a short word that leans toward one kind of trouble, and a query
 * goes to a category when several of its cues occur together (CUE_MIN), more than any other's.
 * Evidence adds up, so wordings nobody listed still land (快递 + 赔, 健身房 + 联系不上).
 */
export interface CueCategory {
  cues: string[]
  channels: string[]
  terms?: string[]
  outside?: boolean
}

export const CUE_CATEGORIES: CueCategory[] = [
  {
    // Buying, renting, living next to others, getting hurt, family money: a civil dispute.
    cues: words('卖家 商家 买的 买了 网购 快递 外卖 超市 商场 店里 健身房 办卡 会员卡 充值 预付 退 赔 转走 私房钱 不承认 不认 联系不上 跑路 物业 房东 押金 租 装修 邻居 楼上 楼下 摔 骨折 受伤 医药费 狗 咬 撞 追尾 事故 二手 抚养费 前夫 前妻 兄弟 姐妹 老房子 遗产 彩礼 欠 借 质量 合伙 股东 分红 生意 卷钱 货款 工程款 店 弄坏 损坏 刮花 刮坏 划伤'),
    channels: ['civil-lawsuit', 'mediation'],
    terms: ['民事纠纷', '人民法院'],
    outside: true,
  },
  {
    cues: words('工资 老板 公司 单位 上班 干活 实习 加班 辞 开除 劳动 工地 包工头 打工 员工 厂里 社保 工伤 试用期 离职 白干 不发 调岗 降薪 薪 走人 滚蛋 劝退 裁员'),
    channels: ['labor-arbitration', 'labor-inspection'],
  },
  {
    cues: words('骗 转账 冻结 短信 链接 验证码 中奖 刷单 偷 抢 威胁 恐吓 跟踪 开盒 人肉 挂网上 曝光 砸 报警 警察 造谣 诽谤 侮辱 辱骂 坏话 编排 诋毁 污蔑 抹黑 泼脏水 谣言 人身攻击 发到网上 传到网上 挂到网上 晒到网上 截图'),
    channels: ['police'],
    terms: ['公安机关'],
    outside: true,
  },
  {
    cues: words('政府 街道 镇里 乡里 执法 城管 拆 征 棚改 补偿 安置 低保 停水 停电 罚 审批 拘留 派出所 签字 政策 不给办 驾照 扣分 证明 教育局 交警 上学'),
    channels: ['admin-reconsideration', 'admin-litigation'],
    terms: words('行政行为 行政复议 行政诉讼'),
  },
  {
    cues: words('村干部 村主任 村书记 书记 会计 村长 干部 集体 公款 贪 私吞 拿去花 占为己有 挪 吃喝 关系户 优亲厚友'),
    channels: ['discipline'],
  },
]

/** How much cue evidence routes a query that no situation names, and how much overrides one that does. */
export const CUE_MIN = 2
export const CUE_OVERRIDE = 3
/** Up to this length a query may be routed by one cue word of two characters or more. */
export const CUE_SHORT = 14

/**
 * Words that talk about the app itself (its search, type size, favourites, sign-ups, offline use, its
 * contact page). Without one of them, the app's own help entries (使用本程序) yield to the answers
 * about the matter: 「不写地址他们还会回我吗」 asks about 信访, not about the app's contact page.
 */
export const APP_WORDS = words('程序 app 软件 搜 收藏 书签 字 看不清 放大 关怀 模式 分享 转发 发给 朋友圈 离线 没网 断网 流量 报名 活动 讲座 联系我们 示例 功能 点开 跳转 原文 版本 法律意见 参考 这里 页面 设置')

/** Words typed pinyin is matched against before corpus bigrams: domain words, then colloquial ones. */
export const LEXICON: readonly string[] = (() => {
  const words = new Set<string>(DOMAIN_WORDS)
  for (const w of Object.values(TYPOS)) words.add(w)
  for (const sit of SITUATIONS) for (const w of sit.words) if (w.length >= 2 && w.length <= 4) words.add(w)
  return [...words]
})()
