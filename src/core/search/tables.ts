/**
 * Hand-written language tables: the words citizens type and the words the regulation uses.
 * Keep entries general (how people talk), never tuned to one test query.
 */

/** A list of words written as one space-separated string (shorter in the shipped bundle than an array of strings). */
const words = (list: string): string[] => list.split(' ')

/**
 * Word → replacement tables written grouped by replacement, 「复查: 复察 复差; 复核: 付核」 (half the
 * size of an object literal in the shipped bundle).
 */
const byTarget = (text: string): Record<string, string> =>
  Object.fromEntries(text.split('; ').flatMap((group) => {
    const [to, from] = group.split(': ')
    return words(from).map((word) => [word, to])
  }))

/**
 * Common typing errors and homophone slips → the intended word. Applied to the normalised query
 * before tokenising (the misspelling itself is not a real word, so it is simply replaced).
 */
export const TYPOS: Record<string, string> = byTarget(
  '复查: 复察 复差 付查 复茶; 复核: 付核 复和 复合 付合 复何; 信访: 新访 信仿 信方 心访 信防; 上访: 上仿 上方 尚访; 受理: 受里 手理 授理; 仲裁: 仲栽 众裁 仲才; 诉讼: 诉松 诉送; 复议: 复意 付议 复以; 起诉: 起述; 期限: 期线 其限; 听证: 听正 厅证; 答复: 答付 达复; 回复: 回付; 举报: 举保 举抱; 检举: 检距; 匿名: 匿明 匿民; 拘留: 拘流; 救助: 救主; 调解: 调节; 投诉: 投述 投素; 信访局: 信放局 性访局 心房局; 申诉: 申述; 报复: 报负; 延长: 延常; ' +
    '检察院: 检查院; 纪委: 记委; 拆迁: 折迁 拆千; 吊销: 掉销; 取消: 取销; 押金: 压金; 欠条: 欠跳; 认定: 认订; 工伤: 公伤; 赡养: 善养; 养老金: 样老金'
)

/**
 * Regional and dialect words → the Mandarin the other tables know, replaced in the query like a typo
 * (after 繁体 folding, so keys are written in 简体): pronouns (俺, 咱, 阿拉, 侬, 佢, 她 → 他), 粤语 function
 * words (嘅, 咩, 唔, 喺, 冇, 点算), 上海话 (哪能, 屋里厢), 东北话 (嘎哈, 自个儿), 四川话 (啥子, 啷个, 莫得), Taiwan
 * usage (陈情, 网路, 资讯), Hong Kong usage (覆核, 法援). Every entry is how many people write,
 * whatever they ask about; none is a word the regulation uses in another sense (係 is left alone:
 * 關係 folds to the same 系).
 */
export const SPOKEN_FORMS: Record<string, string> = byTarget(
  // pronouns
  '我们: 俺们 咱们 阿拉 我哋; 我: 俺 咱; 你: 侬; 他们: 伊拉 佢哋 她们; 他: 佢 她; 你们: 你哋; 自己: 自个儿 自个; ' +
  // 粤语
  '的: 嘅; 什么: 咩 乜嘢 乜; 怎么办: 点算 点办; 怎么做: 点做; 怎么样: 点样; 为什么: 点解; 请问: 唔该; 不是: 唔系; 不: 唔; 在: 喺; 没: 冇; 东西: 嘢; 给: 俾 畀; 拿: 攞; 看: 睇; 找: 揾; 哪里: 边度; 谁: 边个; 了: 咗; 还可以: 仲可以; 还有: 仲有; 还要: 仲要; 还能: 仲能; 还是: 仲系; 老板: 老细; 上班: 返工; 家里: 屋企; 现在: 而家; 昨天: 琴日; 警察: 差佬; 派出所: 警署; 起诉: 入禀; 办好: 搞掂; 想: 谂; 多少: 几多; 是不是: 系咪; 多久: 几耐; 什么时候: 几时; 押金: 按金; 被人骗: 俾人呃 畀人呃; 整天: 成日; 还是: 定系; 就是: 即系; 这样: 咁样; 一起: 一齐; 帮忙: 帮手; 里面: 入面; ' +
  // 上海话, 东北话, 四川话, 河南话
  '怎么: 哪能 啷个 咋个; 家里: 屋里厢; 不要: 覅; 时候: 辰光; 干什么: 嘎哈 干哈 搞么子 弄啥嘞; 那里: 那嘎达; 这里: 这嘎达; 什么: 啥子 么子; 没有: 莫得 没得 冇得; 用: 卵用; 知道: 晓得; 行不行: 中不中; 好: 得劲; ' +
  // Taiwan usage
  '信访: 陈情; 网络: 网路; 信息: 资讯; 人大代表: 民代; 乡政府: 乡公所; 区政府: 区公所; 政府: 公所; 社区: 里长; 法律援助: 法扶; 劳动局: 劳工局; 劳动争议: 劳资争议; 劳动纠纷: 劳资纠纷; 经济补偿: 资遣费; 辞退: 资遣; 行政复议: 诉愿; 派出所: 警察局; 检察院: 地检署; 社保: 劳保; 医保: 健保; 国家赔偿: 国赔; ' +
  // Hong Kong usage (覆核 is how Hong Kong writes 复核)
  '复核: 覆核; 复查: 覆查; 复议: 覆议; 法律援助: 法援; 劳动局: 劳工处; 派出所: 差馆'
)

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
export const FILLERS = words(
  '请问一下 请问 我想问一下 想问一下 我想问 问一下 我想咨询一下 咨询一下 你好 您好 麻烦 谢谢 那个 就是说 然后 嗯 哎 唉 我想问问 想问问 想问下 问下 请教一下 请教 打听一下 我想知道 想知道 我想了解一下 我想了解 那个啥 在线等 急急急 ' +
  // phone calls and chats: greetings, openers and asides
  '喂喂 能听到吗 听得到吗 打扰一下 打扰了 我跟你说 跟你说 事情是这样的 情况是这样的 是这样的 怎么说呢 讲真 说实话 老实说 说真的 你知道吗 咱就是说 家人们 老铁们 宝子们 大家好 老师您好 老师好 你们好 帮我看看 先说明一下情况 说明一下情况 请教一个问题 真是没办法了 没办法了 求求了 ' +
  // hearsay: where the user heard it is not what they ask about (网上说 is no online petition)
  '网上说 网上看到 网上都说 听人说 听别人说 别人说 听说 据说'
)

/**
 * Question frames: the words that make a sentence a question whatever it is about. They stay in the
 * query but weigh little, so 「信访的时候…开回执吗」 does not go to every answer titled 「信访的时候…」.
 */
export const FRAMES = words(
  '是什么意思 什么意思 啥意思 的时候 什么内容 哪些内容 写些什么 些什么 是什么 怎么回事 什么情况 怎么样 会怎样 行不行 可不可以 能不能 是不是 应该怎么 该怎么办 怎么办 有什么办法 什么办法 有什么用 有用吗 管用吗 靠谱吗 有哪些 哪几种 还能 能否 是否 是怎样的 怎样 如何 ' +
  // how long: the answers on time limits learn these from the questions people ask about them
  '多长时间 多少时间 多久 ' +
  // comparisons: what is compared carries the question, not the word 区别
  '是不是一回事 是一回事吗 一回事吗 有什么区别 有啥区别 什么区别 有什么不同 有啥不同 有什么不一样 有啥不一样 不一样 一样吗'
)

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
    words: words(
      // family
      '离婚 结婚 婚姻 分居 出轨 彩礼 嫁妆 抚养 抚养权 探视 探望 见孩子 看孩子 赡养 养老 继承 遗产 遗嘱 去世 过世 霸占 分家 家产 过户 房产怎么分 房子怎么分 ' +
      // debts
      '借钱 借了钱 借给 借了我 借我 借条 欠条 欠钱 欠款 欠账 借款 还钱 还不上 赖账 老赖 债务 欠债 讨债 要债 要账 催收 催债 高利贷 网贷 贷款 信用卡 还不起 利息太高 高息 利滚利 ' +
      // contracts, consumers, housing
      '合同 违约 定金 订金 退款 退钱 退货 假货 买到假 伪劣 商家 装修 房租 租房 押金 开发商 交房 物业 房东 中介 保险公司 理赔 不赔 ' +
      // injuries, neighbours
      '医疗事故 医疗纠纷 医院 手术 误诊 交通事故 车祸 撞了 被撞 狗咬 邻里 邻居 隔壁 楼上 漏水 噪音 扰民 太吵 吵得 侵权 ' +
      // land contracted in the village
      '承包地 土地承包 承包合同'
    ),
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
export const ENGLISH: Record<string, string> = byTarget(
  // the procedure
  '信访: petition petitions; 投诉: complaint complain complaints; 不服: appeal; 复查: review; 行政复议: reconsideration; 复核: recheck; 听证: hearing; 提交: submit; 申请: apply application; 登记: register; 受理: accept accepted; 不予受理: reject rejected; 拒绝: refuse refused; 期限: deadline; 进度: progress status; 答复: reply answer; 结果: result; 写信: letter; 走访: visit; 匿名: anonymous; 举报: report; 网上: online; 电话: phone; 热线电话: hotline; 号码: number; 信访部门: office; 信访局: bureau; 地址: address; 政府: government; 干部: official officials; 腐败: corruption; 索贿: bribe; 打击报复: retaliation; ' +
  // courts and help
  '起诉: lawsuit sue; 法院: court; 法官: judge; 判决: judgment verdict; 律师: lawyer lawyers; 法律: legal; 援助: aid; 免费: free; 帮助: help; 调解: mediation; 劳动仲裁: arbitration; 赔偿: compensation; 报警: police; 警察: cop cops; 拘留: arrest arrested detained detention; 罚款: fine fined; ' +
  // work
  '老板: boss; 工资: salary wage wages pay; 加班费: overtime; 辞退: fire fired layoff dismissed; 合同: contract; 实习: intern internship; 工伤: injury; 公司: company; ' +
  // everyday trouble
  '房东: landlord; 租房: tenant; 房租: rent; 押金: deposit; 退款: refund; 卖家: seller; 商家: shop; 快递: delivery; 离婚: divorce; 丈夫: husband; 妻子: wife; 抚养权: custody; 欠钱: debt; 借钱: loan borrow; 诈骗: fraud scam; 被骗: scammed cheated; 被偷: stolen; 偷了: steal; 暴力: violence; 邻居: neighbor neighbour; 噪音: noise; 交通事故: accident; 医院: hospital; 保险: insurance; 强拆: demolition; 房子: house; 土地: land; 低保: welfare; 钱: money; 怎么: how; 什么: what; 哪里: where; 什么时候: when; 为什么: why; 能: can'
)

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
