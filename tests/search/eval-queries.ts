import type { ArticleRef } from '../../src/core/law/types'

/**
 * Evaluation set for the search engine: questions as citizens type them on a phone
 * (colloquial, typos and homophones, pinyin, fragments, long rambling ones), each with the
 * articles that answer it. A result list counts as a hit when it contains ANY ref in `accept`.
 *
 * Refs are article-level on purpose (search returns articles); numbering is the 2022
 * 《信访工作条例》, never the 2005 《信访条例》. Written fresh: not copied from
 * shared/examples/dev-queries.md and not equal to any FAQ question (tests/unit/content/faq.test.ts checks).
 */
export interface EvalQuery {
  query: string
  accept: ArticleRef[]
  /** Documents that also answer it (FAQ ids, guide channel ids): a top result with one of these ids is a hit. */
  ids?: string[]
  /** A result whose title contains one of these words is a hit (for answers the content may add later). */
  titleHas?: string[]
}

export const x = (...articles: number[]): ArticleRef[] => articles.map((article) => ({ law: '信访工作条例', article }))
export const fy = (...articles: number[]): ArticleRef[] => articles.map((article) => ({ law: '行政复议法', article }))
export const ss = (...articles: number[]): ArticleRef[] => articles.map((article) => ({ law: '行政诉讼法', article }))
export const ld = (...articles: number[]): ArticleRef[] => articles.map((article) => ({ law: '劳动争议调解仲裁法', article }))

export const EVAL_QUERIES: EvalQuery[] = [
  // ── 渠道：第17、18、21条 ──
  { query: 'xinfang能网上弄吗', accept: x(17, 21, 18) },
  { query: '在手机上咋反映问题', accept: x(17, 21) },
  { query: '写信给政府该寄到哪', accept: x(18, 17) },
  { query: '打电话能不能算新访', accept: x(17) },
  { query: '发传真反映问题管用吗', accept: x(17) },
  { query: '网上信访入口在哪', accept: x(18, 21) },
  { query: '可以发电子邮件投诉不', accept: x(17, 18) },
  { query: '信访有几种方式', accept: x(17) },
  { query: 'wang shang xin fang', accept: x(17, 21) },
  { query: '信访局电话多少 几点上班接待', accept: x(18) },
  { query: '不识字咋信访 能嘴上说吗', accept: x(19, 17) },
  { query: '公司也能信访吗还是只能个人去', accept: x(17) },
  { query: '信仿投诉流程', accept: x(17, 22, 23) },
  { query: 'xf', accept: x(17) },

  // ── 写什么：第19条 ──
  { query: '信访信咋写 要写啥', accept: x(19) },
  { query: '上仿材料要写哪些内容', accept: x(19) },
  { query: '信访要不要带身份证', accept: x(19) },
  { query: '写信访信必须写真名和住址吗', accept: x(19, 23) },
  { query: 'xf 书面还是口头', accept: x(19) },
  { query: '不写地址他们还会回我吗', accept: x(23, 19) },
  { query: '信访材料格式', accept: x(19) },

  // ── 去哪走访、5名代表：第20条 ──
  { query: '走访应该去哪一级', accept: x(20) },
  { query: '能不能直接去省里上访', accept: x(20, 19) },
  { query: '去北京上仿算违法吗', accept: x(20, 47) },
  { query: '越级访 后果', accept: x(20, 47, 19) },
  { query: '我们小区三十几户一起去反映 能都进去吗', accept: x(20) },
  { query: '集体访代表几个人', accept: x(20) },
  { query: '推选代表最多多少人', accept: x(20) },
  { query: '一个村的人去镇上反映问题要咋安排', accept: x(20) },
  { query: '就地反映问题啥意思', accept: x(20) },

  // ── 期限：第22、23、34条 ──
  { query: '交上去多久有信儿', accept: x(22, 23) },
  { query: '信访局转给下面要几天', accept: x(22) },
  { query: '15天了也没告诉我受不受理', accept: x(23, 44) },
  { query: '受理以后多长时间能办结', accept: x(34) },
  { query: '信访办理期限是60天吗', accept: x(34) },
  { query: '延期最多能延多久', accept: x(34) },
  { query: '超过六十天还没答复 咋整', accept: x(34, 45) },
  { query: 'xinfang qixian duojiu', accept: x(34, 22, 23) },
  { query: '信访回复时限算工作日还是自然日', accept: x(23, 22, 34) },
  { query: '转到别的部门 人家说不归他们管', accept: x(23, 45) },

  // ── 复查：第35条 ──
  { query: '对信访答复不满意还能往上找吗', accept: x(35) },
  { query: '复察怎么申请', accept: x(35) },
  { query: 'fucha qixian', accept: x(35) },
  { query: '处理意见书不服找谁', accept: x(35, 32) },
  { query: '收到答复一个多月了还能申请复查不', accept: x(35) },
  { query: '复查是上一级来查吗', accept: x(35) },
  { query: '复查要多久出结果', accept: x(35) },
  { query: '付查', accept: x(35) },

  // ── 复核：第36条 ──
  { query: '复查也不满意咋办', accept: x(36) },
  { query: 'fuhe 申请期限', accept: x(36) },
  { query: '付核去哪个部门', accept: x(36) },
  { query: '复核以后还能不能再信访', accept: x(36) },
  { query: '复核开听证的时间算不算在期限里', accept: x(36) },
  { query: '三级终结是啥', accept: x(36, 35) },
  { query: '复核完了又去信访局还收不收', accept: x(36) },

  // ── 禁止行为和后果：第26、47条 ──
  { query: '在政府门口举牌子会被抓吗', accept: x(26, 47) },
  { query: '堵路拦车反映问题犯法不', accept: x(26, 47) },
  { query: '信访能带刀吗', accept: x(26) },
  { query: '在接待大厅赖着不走会咋样', accept: x(26, 47) },
  { query: '把瘫痪的老人放在信访局不管', accept: x(26) },
  { query: '有人组织大家去上访还收钱 合法吗', accept: x(26, 47) },
  { query: '骂了接访的工作人员会被拘吗', accept: x(26, 47) },
  { query: '缠访闹访 处罚', accept: x(47, 26) },
  { query: '上方被拘留了咋回事', accept: x(47, 26) },
  { query: '上访被派出所带走合法吗', accept: x(47, 26) },

  // ── 诉访分离：第20条第2款、第22条第2款、第28条、第31条 ──
  { query: '法院判决不公 能找信访局吗', accept: x(28, 31, 20, 22) },
  { query: '官司输了上访有没有用', accept: x(28, 31, 22) },
  { query: '诉访分离啥意思', accept: x(28, 31, 20) },
  { query: '涉法涉诉的信访往哪交', accept: x(22, 20, 28) },
  { query: '案子还在法院审 能同时信访不', accept: x(31, 28) },
  { query: '报警了公安不立案能信访吗', accept: x(31, 28) },
  { query: '检察院不抗诉 找谁反映', accept: x(31, 28) },

  // ── 劳动争议：劳动争议调解仲裁法 ──
  { query: '老板拖欠工资 找信访还是劳动仲裁', accept: [...ld(5, 27), ...x(31)] },
  { query: '被公司辞退不给补偿咋办', accept: [...ld(5, 2), ...x(31)] },
  { query: '劳动仲裁时效几年', accept: ld(27) },
  { query: '离职两年了还能要回工资吗', accept: ld(27) },
  { query: '仲裁结果不服多久起诉', accept: ld(48, 50) },
  { query: '劳动纠纷先调解还是先仲裁', accept: ld(5, 10) },
  { query: 'laodong zhongcai 几天受理', accept: ld(29) },
  { query: '仲裁要多久出裁决', accept: ld(43) },

  // ── 行政复议：行政复议法 ──
  { query: '被罚款不服 能复议吗', accept: [...fy(20, 11), ...x(31)] },
  { query: '行政复议申请期限', accept: fy(20) },
  { query: '当时没人告诉我能复议 过了60天还行吗', accept: fy(20) },
  { query: '复议能口头申请吗', accept: fy(22) },
  { query: '哪些情况必须先复议', accept: fy(23) },
  { query: '交警当场罚款 不服直接去法院行不行', accept: [...fy(23), ...ss(44)] },
  { query: '申请政府信息公开 人家不给公开', accept: fy(23) },
  { query: '复议多久出决定', accept: fy(62) },
  { query: 'fuyi 和 xinfang 有啥区别', accept: [...x(31), ...fy(20)] },

  // ── 行政诉讼：行政诉讼法 ──
  { query: '民告官 起诉期限几个月', accept: ss(46) },
  { query: '复议完了不服几天内起诉', accept: ss(45) },
  { query: '可以不复议直接告政府吗', accept: ss(44) },
  { query: '政府拆了我房子 五年前的事还能告吗', accept: [...ss(46), ...fy(21)] },
  { query: '申请部门办事 两个月了没人理', accept: [...ss(47), ...fy(23)] },
  { query: '告行政机关打官司要在多久内', accept: ss(46, 45) },

  // ── 举报干部：第22条第2款、第30条 ──
  { query: '举报村书记贪污 找哪', accept: x(30, 22) },
  { query: '检举领导干部 信访部门会转给谁', accept: x(22, 30) },
  { query: '实名举报会不会被打击报复', accept: x(18, 30, 46) },
  { query: '举报信会不会转到被举报人手里', accept: x(30, 46) },

  // ── 打击报复、隐私：第18条第4款、第30条第3款、第46条 ──
  { query: '反映问题后被穿小鞋 怎么办', accept: x(18, 46) },
  { query: '信访后村干部报复我', accept: x(18, 46) },
  { query: '我的信访信息会泄露吗', accept: x(30, 46) },

  // ── 匿名 ──
  { query: '匿名信访行不行', accept: x(19, 23) },
  { query: '不留名字能举报吗', accept: x(19, 23, 30) },
  { query: 'niming xinfang 会回复吗', accept: x(23, 19) },

  // ── 查进度：第18、21条 ──
  { query: '信访件办到哪一步了怎么查', accept: x(21, 18) },
  { query: '网上查信访进度', accept: x(21, 18) },
  { query: '信访办完能打满意不满意吗', accept: x(21) },

  // ── 不受理：第44条 ──
  { query: '信访局不给登记', accept: x(44) },
  { query: '他们不收材料说不受理', accept: x(44) },
  { query: '不受理也不给个书面告知', accept: x(44, 23) },

  // ── 推诿：第45条 ──
  { query: '部门之间踢皮球推来推去', accept: x(45, 28, 24) },
  { query: '办事拖拉 一直拖着不办', accept: x(45, 28) },
  { query: '事实清楚却不支持我的诉求', accept: x(45, 32) },

  // ── 如实反映：第19条第2款、第47条第3款 ──
  { query: '信访时说得严重点有事吗', accept: x(19, 47) },
  { query: '诬告别人会怎样', accept: x(47, 19) },
  { query: '写的材料有一点不实 会不会被处罚', accept: x(19, 47) },

  // ── 旧条例：第50条 ──
  { query: '2005年信访条例还有效吗', accept: x(50) },
  { query: '新的信访条例啥时候开始实行的', accept: x(50) },
  { query: '信访条例最新版', accept: x(50, 1) },

  // ── 困难救助：第37条 ──
  { query: '生活困难 信访能给救助吗', accept: x(37) },
  { query: '司法救助咋申请', accept: x(37) },
  { query: '看病没钱家里困难能帮忙吗', accept: x(37) },

  // ── 回避：第28条第3款 ──
  { query: '办我事的干部跟对方是亲戚', accept: x(28) },
  { query: '工作人员有利害关系要回避吗', accept: x(28) },

  // ── 调解：第33条 ──
  { query: '信访能调解吗', accept: x(33, 37) },
  { query: '和对方私了 信访部门能给出个协议吗', accept: x(33) },
  { query: '邻居纠纷信访能帮着调解不', accept: x(33, 37) },

  // ── 其他：态度、奖励、外国人、管辖 ──
  { query: '接访人员态度很差能投诉吗', accept: x(46) },
  { query: '办事的要好处才肯给办', accept: x(46) },
  { query: '提建议被采纳有奖励吗', accept: x(29) },
  { query: '外国人能在中国信访吗', accept: x(48) },
  { query: '两个部门都管 该谁受理', accept: x(24) },
  { query: '信访部门不作为 能投诉他们吗', accept: x(44, 45, 43) },

  // ── 长句、啰嗦的 ──
  {
    query: '我家地被征了补偿款一直没给到位，去乡里问了好几次都说等等，现在都快一年了，我想知道到底该去信访还是去告他们，有没有时间限制',
    accept: [...x(31), ...fy(20, 11), ...ss(46, 44)]
  },
  {
    query: '我爸在厂里干了十年受了工伤老板不认，找了信访办说让我们去仲裁，这是不是在推脱啊',
    accept: [...ld(5, 27, 2), ...x(31)]
  },
  {
    query: '上个月寄了信访信到县里到现在也没人联系我 电话打过去说在处理 这正常吗要等多久',
    accept: x(23, 22, 34)
  },
  {
    query: '我们十几户买了烂尾楼想一起去市政府反映 要注意啥 会不会被说成闹事',
    accept: x(20, 26, 47)
  },
  {
    query: '复查结果下来了还是维持原来的 我心里不服 听说还能复核 但收到复查书已经二十多天了还来得及吗',
    accept: x(36)
  },
  {
    query: '单位领导一直针对我 我写了举报信给纪委 结果领导好像知道了是我写的 这合法吗我该咋办',
    accept: x(30, 46, 18)
  },
  {
    query: '我妈七十多了不会用手机也不识字，她想反映村里低保评得不公平，能不能去镇上当面说，要带啥',
    accept: x(19, 20, 17)
  },
  {
    query: '去年开始反映小区违建，信访局转给城管，城管又说归街道，街道又说找住建，到底谁管',
    accept: x(45, 24, 23)
  },

  // ── search v2 (issue 14), the tuning questions: 繁体, whole sentences, situations, other laws,
  //    institutions. Written apart from tests/search/holdout-hard-queries.ts, which is never tuned on. ──
  { query: '多少天给答复', accept: x(22, 23), ids: ['faq-notice-15-days'] },
  { query: '信訪局收到信要多久處理', accept: x(22, 23), ids: ['faq-bureau-15-days', 'faq-notice-15-days'] },
  { query: '複查意見不滿意可以再申請複核嗎', accept: x(36), ids: ['faq-recheck-deadline'] },
  { query: '檢舉信會不會被洩露給被檢舉人', accept: x(30, 46), ids: ['faq-report-leak'] },
  { query: '勞動仲裁不服判決怎麼辦', accept: ld(48, 50), ids: ['faq-labour-award-appeal'] },
  { query: '請問一下那個信訪要帶什麼材料', accept: x(19), ids: ['faq-materials', 'faq-letter-content'] },
  { query: '政府把我家的房子拆了说是违章建筑我想讨个说法', accept: [...fy(11, 20), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation'] },
  { query: '乡里把我家低保停了也不说原因', accept: [...fy(11, 20), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation'] },
  { query: '城管罚了我五百块钱不服气', accept: [...fy(20), ...ss(46)], ids: ['faq-fine-appeal', 'admin-reconsideration'] },
  { query: '嗯就是说我那个复查的结果出来了我还是觉得不对', accept: x(36), ids: ['faq-recheck-deadline'] },
  { query: '你好我想咨询一下信访受理以后一般多久能办完', accept: x(34), ids: ['faq-handling-60-days'] },
  { query: '小姨子借了钱不还怎么办', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '跟老公闹离婚他不同意', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '出了交通事故对方不赔钱', accept: [], ids: ['civil-lawsuit', 'mediation', 'police'] },
  { query: '有人在网上骗了我两千块', accept: [], ids: ['police'] },
  { query: '丈夫经常动手打我', accept: [], ids: ['police'] },
  { query: '租房押金房东不退', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '民事诉讼法怎么起诉', accept: [], ids: ['civil-lawsuit', 'litigation'] },
  { query: '信访局到底管什么事', accept: x(14), ids: ['faq-what-is-xinfang', 'faq-kinds-of-matters', 'faq-xinfang-fits'] },
  { query: '信访办是做什么的', accept: x(14), ids: ['faq-what-is-xinfang'] },
  { query: '交上去以后几天答复', accept: x(22, 23), ids: ['faq-notice-15-days', 'faq-bureau-15-days'] },
  { query: '找个律师帮我去信访行不行', accept: [], ids: ['faq-agent'], titleHas: ['律师', '法律援助'] },
  { query: '纪委监委能不能管村干部', accept: x(30), ids: ['discipline', 'faq-report-official'] },
  { query: '老条例第二十条说的那些行为', accept: x(26), ids: ['faq-prohibited-acts'] },
  { query: 'xinfang tiaoli di ershi tiao', accept: x(26, 20), ids: ['faq-prohibited-acts', 'faq-old-regulation'] },
  { query: 'qiangchai bufu', accept: [...fy(11, 20), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation'] },
  { query: '领导不办事还推给别人', accept: x(28, 45), ids: ['faq-passing-buck', 'faq-inaction'] },
  { query: '被单位穿小鞋了', accept: x(46, 18), ids: ['faq-retaliated'] },
  { query: '给政府提建议去哪', accept: x(29), ids: ['faq-suggestions'] },
  { query: '我爸走了留下一套房子怎么分', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '政协委员能帮我反映情况吗', accept: x(15) },
  { query: '没钱请律师有免费的吗', accept: [], ids: ['faq-app-legal-advice'], titleHas: ['法律援助', '律师'] },
  // ── search v2, second tuning batch (written before the engine was tuned on it): whole spoken
  //    sentences with fillers, situations, 繁体, slang, pinyin initials, legal matters outside 信访,
  //    institutions and hotlines. ──
  // spoken sentences with fillers
  { query: '请问一下啊我那个信访材料交上去了到现在都没消息怎么办啊', accept: x(22, 23, 34), ids: ['faq-notice-15-days', 'faq-overdue'] },
  { query: '您好，想问下信访局收了材料多久会告诉我受不受理呀', accept: x(23, 22), ids: ['faq-notice-15-days'] },
  { query: '就是说我对处理结果不满意然后该找哪个单位啊', accept: x(35), ids: ['faq-review-deadline', 'faq-review-where'] },
  { query: '我想问一下复查以后还是不服还有没有别的路', accept: x(36), ids: ['faq-recheck-deadline'] },
  { query: '麻烦问一下去信访局要带些什么东西', accept: x(19), ids: ['faq-materials', 'faq-id-card'] },
  { query: '那个啥，网上能不能直接投诉政府部门啊', accept: x(17, 21), ids: ['faq-online-petition'] },
  { query: '嗯我就想知道信访办的接待时间是几点到几点', accept: x(18), ids: ['faq-contact-bureau'] },
  { query: '请问我家老人不识字能不能让人帮忙写信访信', accept: x(19), ids: ['faq-oral-petition', 'faq-agent'] },
  { query: '问一下哈 多人一起去反映最多能进去几个', accept: x(20), ids: ['faq-group-representatives'] },
  { query: '你好我想咨询下被报复了应该找谁', accept: x(46, 18), ids: ['faq-retaliated', 'faq-no-retaliation'] },
  { query: '我们村支书把集体的地偷偷卖了我们想去县里反映该怎么弄', accept: x(30), ids: ['discipline', 'faq-report-official'] },
  { query: '去年申请的复查到现在也没人理我', accept: x(35), ids: ['faq-review-no-reply'] },
  { query: '单位把我开除了还不给经济补偿我该去哪里说理', accept: ld(5, 2), ids: ['labor-arbitration', 'faq-labour-steps'] },
  { query: '我被派出所罚了款还拘留了五天我觉得冤', accept: fy(11, 20), ids: ['faq-fine-appeal', 'admin-reconsideration', 'admin-litigation', 'state-compensation'] },
  { query: '镇政府答应给的补偿款一直拖着不给', accept: [], ids: ['faq-inaction', 'admin-reconsideration', 'admin-litigation', 'petition', 'faq-overdue'] },
  // situations
  { query: '父母的遗产兄弟几个分不好', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '我爸去世了哥哥把房子霸占了不给我分', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '农民工讨薪找哪个部门', accept: ld(9, 5, 27), ids: ['labor-inspection', 'labor-arbitration', 'faq-wages-owed', 'faq-wages-fast', 'faq-labour-inspection'] },
  { query: '包工头跑了 工钱没拿到', accept: ld(9, 5, 27), ids: ['labor-inspection', 'labor-arbitration', 'faq-wages-owed', 'faq-wages-fast', 'faq-labour-inspection'] },
  { query: '干了半年活老板一分钱没给', accept: ld(9, 5, 27), ids: ['labor-inspection', 'labor-arbitration', 'faq-wages-owed', 'faq-wages-fast', 'faq-labour-inspection'] },
  { query: '申请政府信息公开被拒绝了怎么办', accept: fy(23), ids: ['info-disclosure'] },
  { query: '想看征地补偿标准政府不给看', accept: fy(23), ids: ['info-disclosure'] },
  { query: '向政府要文件他们说不公开', accept: fy(23), ids: ['info-disclosure'] },
  { query: '我能带个人陪我一起去信访吗', accept: [], ids: ['faq-agent', 'faq-group-representatives', 'faq-companion'] },
  { query: '家里人能陪我去信访局吗 我腿脚不方便', accept: [], ids: ['faq-agent', 'faq-companion'] },
  // institutions and hotlines
  { query: '信访局的职能是什么', accept: x(14), ids: ['faq-what-is-xinfang'] },
  { query: '信访部门负责哪些工作', accept: x(14) },
  { query: '12345是什么电话', accept: [], ids: ['faq-phone-hotline'] },
  { query: '12348是干嘛的', accept: [], ids: ['legal-aid', 'faq-legal-aid', 'faq-app-legal-advice'] },
  { query: '打12345投诉有用吗', accept: [], ids: ['faq-phone-hotline'] },
  { query: '信访联席会议管什么', accept: x(11, 12, 13) },
  { query: '找人大代表反映有用吗', accept: x(15), ids: ['faq-deputies'] },
  { query: '纪委和信访局有什么区别', accept: x(30, 14), ids: ['discipline'] },
  { query: '法律援助中心在哪', accept: [], ids: ['legal-aid', 'faq-legal-aid'] },
  { query: '律师加信访是什么', accept: [], ids: ['faq-lawyer-help', 'legal-aid'] },
  // pinyin, initials
  { query: 'xfj', accept: x(14, 18, 22), ids: ['faq-contact-bureau', 'faq-where-to-visit', 'faq-what-is-xinfang'] },
  { query: 'fy qixian', accept: fy(20), ids: ['faq-reconsideration-deadline'] },
  { query: 'ldzc', accept: ld(5, 27), ids: ['labor-arbitration'] },
  { query: 'xzfy zenme shenqing', accept: fy(22), ids: ['faq-reconsideration-how'] },
  { query: 'xinfangju shi gan shenme de', accept: x(14), ids: ['faq-what-is-xinfang'] },
  { query: 'fucha he fuhe you shenme qubie', accept: x(35, 36), ids: ['faq-three-levels'] },
  { query: 'taoxin', accept: ld(9, 5, 27), ids: ['labor-inspection', 'labor-arbitration', 'faq-wages-owed', 'faq-wages-fast'] },
  { query: 'lihun', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: 'zhongcai shixiao', accept: ld(27), ids: ['faq-labour-time-limit'] },
  // 繁体
  { query: '信訪局的電話和地址在哪裡查', accept: x(18), ids: ['faq-contact-bureau'] },
  { query: '對處理意見不服多久內要申請復查', accept: x(35) },
  { query: '被老闆拖欠薪水該找誰', accept: ld(9, 5, 27), ids: ['labor-inspection', 'labor-arbitration', 'faq-wages-owed'] },
  { query: '離婚財產怎麼分', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '我想匿名檢舉村幹部貪污', accept: x(30), ids: ['faq-anonymous-report', 'discipline', 'faq-anonymous', 'faq-report-official'] },
  { query: '網上信訪怎麼查進度', accept: x(21), ids: ['faq-progress-query'] },
  { query: '行政複議要在幾天內申請', accept: fy(20), ids: ['faq-reconsideration-deadline'] },
  { query: '被警察罰款不服可以告嗎', accept: [...fy(20, 11), ...ss(44, 46)], ids: ['faq-fine-appeal', 'admin-reconsideration', 'admin-litigation'] },
  { query: '勞動仲裁時效是多久', accept: ld(27), ids: ['faq-labour-time-limit'] },
  { query: '檢舉信寄到哪裡', accept: x(30), ids: ['discipline', 'faq-report-official'] },
  { query: '複核以後還能再上訪嗎', accept: x(36), ids: ['faq-after-recheck'] },
  // slang
  { query: '被人坑了钱 对方玩失踪', accept: [], ids: ['civil-lawsuit', 'police', 'mediation'] },
  { query: '领导来视察能拦车喊冤吗', accept: x(26, 47), ids: ['faq-banners-gathering'] },
  { query: '我被当成闹访的了', accept: x(47), ids: ['faq-what-is-disorder'] },
  { query: '信访办的人甩锅', accept: x(28, 45), ids: ['faq-passing-buck'] },
  { query: '基层干部吃拿卡要怎么举报', accept: x(30, 46), ids: ['faq-bribery', 'discipline'] },
  // legal matters outside 信访
  { query: '老公出轨要离婚孩子归谁', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '朋友借了我五万块不还', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '在工地上摔伤了老板不管', accept: ld(5, 2), ids: ['labor-arbitration', 'faq-labour-steps'] },
  { query: '被邻居打伤了住院', accept: [], ids: ['police', 'civil-lawsuit'] },
  { query: '网购被骗了怎么办', accept: [], ids: ['police'] },
  { query: '开车被人撞了保险公司不赔', accept: [], ids: ['civil-lawsuit', 'mediation'] },
  { query: '家人在医院做手术出了事故想讨说法', accept: [], ids: ['civil-lawsuit', 'mediation'] },
  { query: '买的房子开发商迟迟不交房', accept: [], ids: ['civil-lawsuit', 'mediation'] },
  { query: '被冤枉关了几天能要赔偿吗', accept: [], ids: ['state-compensation', 'faq-state-compensation'] },
  { query: '孩子在学校被同学打了', accept: [], ids: ['police', 'civil-lawsuit', 'mediation'] },
  { query: '隔壁把墙砌到我家院子里了', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '前夫一直不付孩子的抚养费', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  // ── third batch, written after the second batch's rules and scored before any further change ──
  { query: '请问被拆迁了补偿太少能去哪里说理啊', accept: [...fy(11, 20), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation'] },
  { query: '我那个信访件都三个月了还没办完正常吗', accept: x(34), ids: ['faq-handling-60-days', 'faq-overdue'] },
  { query: '姐姐嫁人以后还能分爸妈的房子吗', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '工友摔断了腿包工头不肯出钱', accept: ld(5, 2), ids: ['labor-arbitration', 'faq-labour-steps', 'faq-wages-owed'] },
  { query: '想知道征收决定的文件政府说是内部资料不给', accept: fy(23), ids: ['info-disclosure'] },
  { query: '信訪人有哪些權利', accept: x(18, 21, 23), ids: ['faq-right-to-know'] },
  { query: '對信訪局的工作不滿意向誰投訴', accept: x(44, 45, 46), ids: ['faq-complain-about-bureau'] },
  { query: 'xfbm dianhua', accept: x(18), ids: ['faq-contact-bureau'] },
  { query: 'fuhe yijian', accept: x(36), ids: ['faq-recheck-reply-time', 'faq-recheck-deadline'] },
  { query: '被人打了一巴掌能报警吗', accept: [], ids: ['police'] },
  { query: '老婆要跟我离婚还要带走孩子', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '欠了信用卡还不上银行天天催', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '村委会干部优亲厚友评低保', accept: x(30), ids: ['discipline', 'faq-report-official'] },
  { query: '打12388是举报什么的', accept: x(30), ids: ['discipline', 'faq-anonymous-report'] },
  { query: '信访部门是不是政府的一部分', accept: x(14), ids: ['faq-what-is-xinfang', 'ch2-department'] },
  { query: '就是我想问下带着老婆孩子一起去上访可以吗', accept: x(20), ids: ['faq-agent', 'faq-group-representatives', 'faq-abandon-dependent', 'faq-companion'] },
  // ── fourth batch, written after the situation vocabulary and scored before any further change ──
  { query: '喂你好我想问一下就是我去年交的信访材料到现在一直没人给我回个话这个该怎么弄啊', accept: x(23, 34, 44, 45), ids: ['faq-notice-15-days', 'faq-overdue', 'faq-refuse-register'] },
  { query: '我们家的承包地被村里收回去给别人种了我不服', accept: [], ids: ['mediation', 'civil-lawsuit', 'admin-reconsideration', 'petition', 'faq-civil-dispute'] },
  { query: '我老公喝了酒就打人我该找谁', accept: [], ids: ['domestic-violence', 'police', 'faq-domestic-violence'] },
  { query: '在饭店吃饭吃坏了肚子老板不认账', accept: [], ids: ['civil-lawsuit', 'mediation'] },
  { query: '乡政府不让我盖房子说没审批', accept: [...fy(11, 20), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation'] },
  { query: '信訪事項受理後多少天辦結', accept: x(34), ids: ['faq-handling-60-days'] },
  { query: '對行政處罰不服可以申請復議嗎', accept: fy(11, 20), ids: ['faq-fine-appeal', 'admin-reconsideration'] },
  { query: '被公司開除了找誰', accept: ld(5, 2), ids: ['labor-arbitration', 'faq-labour-steps'] },
  { query: 'zhongcai bufu qisu', accept: ld(48, 50), ids: ['faq-labour-award-appeal', 'labor-lawsuit'] },
  { query: 'tiaojie', accept: x(33, 37), ids: ['mediation', 'faq-mediation'] },
  { query: 'jwjc jubao', accept: x(30), ids: ['discipline', 'faq-report-official', 'faq-anonymous-report'] },
  { query: '办事的干部老是刁难我故意卡着不给办', accept: x(45, 46), ids: ['faq-retaliated', 'faq-passing-buck', 'faq-inaction', 'faq-bad-attitude', 'faq-bribery'] },
  { query: '上访的人会不会被记黑名单', accept: x(47), ids: ['faq-dissuasion-first', 'faq-no-retaliation', 'faq-consequences'] },
  { query: '信访局和法院到底谁说了算', accept: x(28, 31), ids: ['faq-litigation-separate', 'faq-suit-visit-separation'] },
  { query: '人社局的劳动监察是管什么的', accept: ld(9), ids: ['labor-inspection', 'faq-labour-inspection'] },
  { query: '儿女都不管老人老人能去哪里告', accept: [], ids: ['civil-lawsuit', 'mediation', 'legal-aid', 'faq-legal-aid'] },
  { query: '小区楼下烧烤店吵得睡不着', accept: [], ids: ['civil-lawsuit', 'mediation', 'petition'] },
  { query: '网上说信访会影响孩子考公务员是真的吗', accept: x(46, 18), ids: ['faq-no-retaliation', 'faq-dissuasion-first'] },
  { query: '被人冒用身份证办了贷款', accept: [], ids: ['police'] },
  // ── fifth batch, written after the two-word situations and scored before any further change ──
  { query: '我想知道信访的时候工作人员必须给我开回执吗', accept: x(23, 19), ids: ['faq-written-answer', 'faq-notice-15-days', 'faq-right-to-know'] },
  { query: '信访处理意见书上面都写些什么内容', accept: x(32), ids: ['faq-opinion-letter'] },
  { query: '说我的请求缺乏法律依据给我做解释说明是什么意思', accept: x(32), ids: ['faq-outcomes', 'faq-opinion-letter'] },
  { query: '复查的时候能要求开个听证会吗', accept: x(35, 36), ids: ['faq-hearing', 'faq-recheck-hearing'] },
  { query: '过了三十天才想起来申请复查还行不行', accept: x(35), ids: ['faq-review-missed-deadline'] },
  { query: '信访转给了乡镇结果乡镇就是被我投诉的那个', accept: x(22, 28, 30), ids: ['faq-recusal', 'faq-report-leak', 'faq-bureau-15-days'] },
  { query: '领导包案是什么意思', accept: x(27), ids: ['faq-leaders-reception'] },
  { query: '我去省里信访省里又把我的事转回县里了', accept: x(22, 20), ids: ['faq-local-first', 'faq-skip-levels', 'faq-bureau-15-days'] },
  { query: '單位說我的事情複雜要延長辦理', accept: x(34), ids: ['faq-extension'] },
  { query: '信訪答覆不服能不能去法院告信訪局', accept: [], ids: ['faq-xinfang-answer-not-sueable'] },
  { query: '網上投訴和去信訪局有什麼不一樣', accept: x(17, 21), ids: ['faq-online-petition', 'faq-channels'] },
  { query: 'xfsx', accept: x(17, 18, 19, 22, 23, 30, 31), ids: ['faq-what-is-xinfang', 'faq-kinds-of-matters'] },
  { query: 'tingzheng', accept: x(35, 36), ids: ['faq-hearing', 'faq-recheck-hearing'] },
  { query: 'dangyuan chufen bufu', accept: [], ids: ['faq-party-member-appeal'] },
  { query: '当官的不给老百姓办事', accept: x(45, 46), ids: ['faq-inaction', 'faq-passing-buck', 'faq-officials-accountable'] },
  { query: '信访干部收了对方好处偏向他', accept: x(28, 46), ids: ['faq-recusal', 'faq-bribery'] },
  { query: '去了好几趟都白跑了', accept: x(18, 45), ids: ['faq-passing-buck', 'faq-contact-bureau', 'faq-overdue'] },
  { query: '他们说我是无理取闹不给处理', accept: x(32, 47), ids: ['faq-what-is-disorder', 'faq-not-supported-though-right', 'faq-refuse-register'] },
  { query: '判决书下来了对方就是不执行', accept: [], ids: ['faq-court-deadlines', 'litigation', 'civil-lawsuit'] },
  { query: '派出所把我的车扣了一个月不还', accept: [...fy(11, 20), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation', 'state-compensation'] },
  // ── sixth batch, written after the question frames and scored before any further change ──
  { query: '信訪局是幹嘛的', accept: x(14), ids: ['faq-what-is-xinfang', 'ch2-department'] },
  { query: '上訪要去哪一級', accept: x(20), ids: ['faq-where-to-visit', 'faq-skip-levels'] },
  { query: '實名舉報會不會被報復', accept: x(30, 46, 18), ids: ['faq-no-retaliation', 'faq-anonymous-report'] },
  { query: '勞動仲裁要錢嗎', accept: ld(53, 5), ids: ['labor-arbitration', 'faq-labour-steps'] },
  { query: '法院判決了對方不給錢怎麼辦', accept: [], ids: ['faq-court-deadlines', 'civil-lawsuit', 'litigation'] },
  { query: 'jiabao zenmeban', accept: [], ids: ['domestic-violence', 'faq-domestic-violence', 'police'] },
  { query: 'falv yuanzhu', accept: [], ids: ['legal-aid', 'faq-legal-aid'] },
  { query: 'xinfang bumanyi', accept: x(35), ids: ['faq-review-deadline'] },
  { query: 'gjpc', accept: [], ids: ['state-compensation', 'faq-state-compensation'] },
  { query: '有冤无处申', accept: x(17, 31), ids: ['faq-what-is-xinfang', 'faq-xinfang-fits', 'faq-civil-retrial'] },
  { query: '村里的账目不公开 想查账', accept: x(30), ids: ['discipline', 'faq-report-official', 'info-disclosure'] },
  { query: '被拖欠的工程款能走劳动仲裁吗', accept: ld(2, 5), ids: ['civil-lawsuit', 'labor-arbitration', 'faq-wages-owed'] },
  { query: '社保局不给我算工龄', accept: [...fy(11, 20), ...ss(12, 46), ...ld(2)], ids: ['admin-reconsideration', 'labor-arbitration'] },
  { query: '买到假药了找谁', accept: [], ids: ['civil-lawsuit', 'mediation', 'police'] },
  { query: '我的事情已经过去十年了还能信访吗', accept: x(17, 31), ids: ['faq-what-is-xinfang', 'faq-xinfang-fits', 'faq-new-facts'] },
  { query: '信访局的人说要我先去法院', accept: x(31, 28, 20), ids: ['faq-litigation-separate', 'faq-suit-visit-separation'] },
  { query: '听说市长热线比信访管用', accept: x(17), ids: ['faq-phone-hotline'] },
  { query: '信访的结果能不能上网查', accept: x(18, 21), ids: ['faq-progress-query'] },
  { query: '复核以后有了新证据怎么办', accept: x(36), ids: ['faq-new-facts'] },
  { query: '我写的建议被政府用了 能给点奖励吗', accept: x(29, 39), ids: ['faq-reward'] },
  // ── seventh batch: long voice-input sentences, written after the sixth batch's rules and scored before any further change ──
  { query: '我跟你说啊我们那个厂子倒闭了老板跑路了欠我们半年工资到现在也没人管我们该去找谁要', accept: ld(9, 5, 27), ids: ['labor-inspection', 'labor-arbitration', 'faq-wages-owed', 'faq-wages-fast'] },
  { query: '我家门口修路把我家的地占了也没给补偿去问村里说是上面定的', accept: [...fy(11, 20), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation', 'petition'] },
  { query: '我儿子在看守所里被人打了我想去反映这个情况应该找哪个部门', accept: x(31), ids: ['police', 'litigation', 'state-compensation'] },
  { query: '信访局给我的答复我看不懂里面说的不予支持是什么意思我该怎么办', accept: x(32, 35), ids: ['faq-outcomes', 'faq-opinion-letter', 'faq-review-deadline'] },
  { query: '就是那个我之前在网上提交过一次信访但是一直显示正在办理都两个多月了', accept: x(34, 21, 45), ids: ['faq-handling-60-days', 'faq-overdue', 'faq-progress-query'] },
  { query: '我想给县里提个建议就是关于村里修路的事情不知道往哪里提', accept: x(29, 17), ids: ['faq-suggestions', 'faq-people-suggestion', 'petition-suggestion'] },
  { query: '我们小区业主跟物业闹矛盾好几十户想一起去街道反映要注意什么', accept: x(20, 26), ids: ['faq-group-visit-rules', 'faq-group-representatives'] },
  { query: '我妈在医院做手术后瘫痪了医院说不是他们的责任我们想讨个公道', accept: [], ids: ['civil-lawsuit', 'mediation'] },
  { query: '我爸喝多了就在家里摔东西打我妈我妈不敢报警怎么办', accept: [], ids: ['domestic-violence', 'police', 'faq-domestic-violence'] },
  { query: '单位一直不给我交社保我想辞职还能要补偿吗', accept: ld(2, 5), ids: ['labor-arbitration', 'faq-labour-steps'] },
  { query: '请问一下我去年被罚了两千块钱当时没吭声现在还能申请复议吗', accept: fy(20), ids: ['faq-reconsideration-deadline', 'admin-reconsideration', 'faq-fine-appeal'] },
  { query: '我对复核意见还是不服气 听说还可以去法院起诉信访局是真的吗', accept: [], ids: ['faq-xinfang-answer-not-sueable', 'faq-after-recheck'] },
  // ── eighth batch, written after the frame rule and scored before any further change ──
  { query: '受理告知书多久能拿到', accept: x(23, 22), ids: ['faq-notice-15-days'] },
  { query: '信访件被退回来了说材料不全', accept: x(19, 23), ids: ['faq-materials', 'faq-letter-content', 'faq-refuse-register'] },
  { query: '不服信访处理意见三十天以内要干嘛', accept: x(35), ids: ['faq-review-deadline'] },
  { query: '复查机关是哪个', accept: x(35), ids: ['faq-review-where'] },
  { query: '信访事项办理可以延期几次', accept: x(34), ids: ['faq-extension'] },
  { query: '在网上信访要实名吗', accept: x(19, 17), ids: ['faq-anonymous', 'faq-online-petition', 'faq-id-card'] },
  { query: '警察打人怎么投诉', accept: x(30), ids: ['discipline', 'police', 'state-compensation', 'faq-report-official'] },
  { query: '老师体罚孩子找谁', accept: [], ids: ['police', 'civil-lawsuit', 'mediation', 'petition'] },
  { query: '被狗咬了狗主人不管', accept: [], ids: ['civil-lawsuit', 'mediation'] },
  { query: '装修公司拿了钱不干活', accept: [], ids: ['civil-lawsuit', 'mediation', 'police'] },
  { query: '信訪條例第幾條規定了不能越級', accept: x(20, 19), ids: ['faq-skip-levels', 'faq-local-first'] },
  { query: '複查申請書怎麼寫', accept: x(35), ids: ['faq-review-how'] },
  { query: 'yuejishangfang', accept: x(20), ids: ['faq-skip-levels', 'faq-beijing'] },
  { query: 'jtfy', accept: x(20), ids: ['faq-group-representatives', 'faq-group-visit-rules'] },
  { query: 'chaoqi bu dafu', accept: x(34, 45), ids: ['faq-overdue', 'faq-review-no-reply'] },
  { query: '信访局工作人员把我的材料弄丢了', accept: x(43, 44, 46), ids: ['faq-complain-about-bureau', 'faq-staff-duties', 'faq-bad-attitude'] },
  { query: '打市长信箱算信访吗', accept: x(17), ids: ['faq-phone-hotline', 'faq-online-petition', 'faq-what-is-xinfang'] },
  { query: '政府违法征地能要国家赔偿吗', accept: [], ids: ['state-compensation', 'faq-state-compensation', 'admin-reconsideration'] },
  { query: '被判了刑觉得冤枉还能申诉吗', accept: [], ids: ['faq-criminal-appeal', 'litigation'] },
  // ── ninth batch, written after the eighth batch's rules and scored before any further change ──
  { query: '我想了解一下信访工作联席会议', accept: x(11, 12, 13) },
  { query: '信访部门能直接帮我解决问题吗', accept: x(14, 22), ids: ['ch2-department', 'faq-what-is-xinfang', 'faq-after-submit'] },
  { query: '哪些事信访部门不受理', accept: x(22, 31), ids: ['faq-xinfang-fits', 'faq-not-accepted-next', 'faq-what-is-xinfang'] },
  { query: '信访和行政复议能同时申请吗', accept: [...x(31), ...fy(20)], ids: ['faq-review-vs-reconsideration', 'faq-reconsideration-or-lawsuit'] },
  { query: '我能不能请人大代表帮我转交信访信', accept: x(15), ids: ['faq-deputies'] },
  { query: '信访听证会是公开的吗', accept: x(35, 36), ids: ['faq-hearing', 'faq-recheck-public'] },
  { query: '哪些情况下信访部门会督办', accept: x(40, 38), ids: ['faq-supervision', 'faq-support-not-executed'] },
  { query: '單位領導打擊報復舉報人怎麼處理', accept: x(46, 18), ids: ['faq-retaliated', 'faq-no-retaliation'] },
  { query: '去北京上訪會被抓回來嗎', accept: x(20, 47), ids: ['faq-beijing', 'faq-detention'] },
  { query: '請不起律師打官司怎麼辦', accept: [], ids: ['legal-aid', 'faq-legal-aid'] },
  { query: 'xinfang youxiao ma', accept: x(50), ids: ['faq-old-regulation'] },
  { query: 'bu yu shou li', accept: x(44, 22), ids: ['faq-refuse-register', 'faq-not-accepted-next'] },
  { query: 'wo yao jubao', accept: x(30), ids: ['faq-report-official', 'discipline'] },
  { query: '被人恶意举报了怎么办', accept: x(19, 47), ids: ['faq-false-accusation'] },
  { query: '邻居家装修把我家墙弄裂了', accept: [], ids: ['civil-lawsuit', 'mediation'] },
  { query: '网上借的钱利息太高还不起', accept: [], ids: ['civil-lawsuit', 'mediation', 'police'] },
  { query: '违章建筑被拆了能要补偿吗', accept: [...fy(11, 20), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation', 'state-compensation'] },
  { query: '政府把我的店铺关了说我证照不全', accept: [...fy(11, 20), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation'] },
  { query: '派出所不给我上户口', accept: [...fy(11, 20), ...ss(12, 47)], ids: ['admin-reconsideration', 'admin-litigation', 'faq-inaction'] },
  // ── tenth batch, written after the ninth batch's rules and scored before any further change ──
  { query: '嗯那个我想问问就是信访以后对方单位会不会知道是我反映的', accept: x(30, 46, 18), ids: ['faq-report-leak', 'faq-privacy-personal-info', 'faq-no-retaliation'] },
  { query: '我是外地人在这边打工能在这里信访吗', accept: x(20, 17), ids: ['faq-where-to-visit', 'faq-who-can-petition', 'faq-what-is-xinfang'] },
  { query: '我七十多岁了腿脚不好能不能让他们上门来', accept: x(19, 17), ids: ['faq-oral-petition', 'faq-channels', 'faq-agent', 'faq-companion', 'faq-leaders-reception'] },
  { query: '怎么才能找到市长本人反映问题', accept: x(17), ids: ['faq-leaders-reception', 'faq-phone-hotline', 'faq-skip-levels'] },
  { query: '我们村的征地款被村干部扣了一部分', accept: x(30), ids: ['discipline', 'faq-report-official', 'admin-reconsideration'] },
  { query: '医保报销被拒了不服', accept: [...fy(11, 20), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation'] },
  { query: '交警扣了我的驾照', accept: [...fy(11, 20), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation', 'faq-fine-appeal'] },
  { query: '残疾证办不下来', accept: [...fy(11, 20), ...ss(47)], ids: ['admin-reconsideration', 'admin-litigation', 'faq-inaction'] },
  { query: '孩子上学的事学校不给办入学', accept: [], ids: ['admin-reconsideration', 'admin-litigation', 'petition', 'faq-inaction'] },
  { query: '物业费不交物业就停我家水电', accept: [], ids: ['civil-lawsuit', 'mediation'] },
  { query: '工地上的钱包工头卷跑了', accept: ld(9, 5, 27), ids: ['labor-inspection', 'labor-arbitration', 'faq-wages-owed', 'faq-wages-fast'] },
  { query: '有人冒充政府工作人员收钱', accept: [], ids: ['police', 'faq-organizing-others'] },
  { query: '信訪人有什麼義務', accept: x(19, 26), ids: ['faq-prohibited-acts', 'faq-truthful'] },
  { query: '複議和訴訟選哪個好', accept: [...fy(23), ...ss(44)], ids: ['faq-reconsideration-or-lawsuit'] },
  { query: 'jubaoxin bei xielou', accept: x(30, 46), ids: ['faq-report-leak'] },
  { query: 'shangfang bei juliu', accept: x(47, 26), ids: ['faq-detention', 'faq-consequences'] },
  { query: '信访能解决拆迁补偿问题吗', accept: [...x(31), ...fy(11, 20)], ids: ['admin-reconsideration', 'admin-litigation', 'faq-xinfang-fits'] },
  { query: '联合接访中心在哪里', accept: [], ids: ['faq-joint-reception', 'faq-contact-bureau'] },
  { query: '信访干部下访是什么', accept: x(27), ids: ['faq-leaders-reception'] },
  // ── eleventh batch, written after the tenth batch's rules and scored before any further change ──
  { query: '我反映的问题到底有没有人在管', accept: x(21, 18, 45), ids: ['faq-progress-query', 'faq-overdue', 'faq-passing-buck'] },
  { query: '信访局给我的回复就一句话敷衍了事', accept: x(45, 32), ids: ['faq-passing-buck', 'faq-review-deadline', 'faq-written-answer'] },
  { query: '对不予受理的决定不服能申请复查吗', accept: x(35, 44), ids: ['faq-not-accepted-next', 'faq-review-which-matters'] },
  { query: '申请复核需要交什么材料', accept: x(36), ids: ['faq-recheck-where', 'faq-review-how', 'faq-recheck-deadline'] },
  { query: '复查复核都维持原意见了还能去哪', accept: x(36), ids: ['faq-after-recheck', 'faq-after-recheck-aid', 'faq-three-levels'] },
  { query: '信访材料用手写还是打印的都行吗', accept: x(19), ids: ['faq-letter-content', 'faq-materials'] },
  { query: '用微信能信访吗', accept: x(17, 21), ids: ['faq-online-petition'] },
  { query: '一件事反映了很多次都没用', accept: x(19, 36), ids: ['faq-repeat-petition', 'faq-same-matter-upper'] },
  { query: '檢舉村主任優親厚友', accept: x(30), ids: ['discipline', 'faq-report-official'] },
  { query: '被騙子騙了錢報警沒用', accept: [], ids: ['police', 'faq-police-not-file'] },
  { query: '老闆不簽勞動合同', accept: ld(2, 5), ids: ['labor-arbitration', 'faq-labour-steps'] },
  { query: 'fuyi yao duoshao qian', accept: fy(87, 20, 22), ids: ['admin-reconsideration', 'faq-reconsideration-how'] },
  { query: 'jiti shangfang', accept: x(20), ids: ['faq-group-representatives', 'faq-group-visit-rules'] },
  { query: 'mgg', accept: [], ids: ['faq-admin-lawsuit-deadline', 'admin-litigation', 'faq-bad-attitude'] },
  { query: '想打官司告镇政府但是怕被报复', accept: [...ss(46, 44), ...x(46)], ids: ['faq-admin-lawsuit-deadline', 'admin-litigation', 'faq-no-retaliation'] },
  { query: '丈夫赌博把家里钱输光了要离婚', accept: [], ids: ['civil-lawsuit', 'mediation', 'police', 'faq-civil-dispute'] },
  { query: '拆迁办的人半夜来砸我家玻璃', accept: [], ids: ['police', 'admin-reconsideration', 'admin-litigation'] },
  { query: '小区门口的路灯坏了半年没人修', accept: x(17, 29), ids: ['petition', 'petition-suggestion', 'faq-suggestions', 'faq-phone-hotline'] },
  { query: '被人开车撞了对方跑了', accept: [], ids: ['police', 'civil-lawsuit'] },
  { query: '我想知道去信访局需要预约吗', accept: x(18, 20), ids: ['faq-contact-bureau', 'faq-where-to-visit'] },
  // ── twelfth batch, written after all rule changes and scored once, without tuning on it (a last estimate) ──
  { query: '请问信访事项受理了以后由谁来办', accept: x(22, 23, 31), ids: ['faq-after-submit', 'faq-bureau-15-days'] },
  { query: '我对信访局的答复不满意想找他们的上级', accept: x(35), ids: ['faq-review-deadline', 'faq-review-where', 'faq-complain-about-bureau'] },
  { query: '复查意见书多少天内会寄给我', accept: x(35), ids: ['faq-review-reply-time'] },
  { query: '信访的时候能录音录像吗', accept: x(26, 18), ids: ['faq-prohibited-acts', 'faq-right-to-know'] },
  { query: '网上信访提交后怎么知道受理没有', accept: x(21, 23), ids: ['faq-progress-query', 'faq-notice-15-days'] },
  { query: '有人说交钱就能帮我把事情摆平', accept: x(26), ids: ['faq-organizing-others'] },
  { query: '信访被拘留以后还能继续信访吗', accept: x(47), ids: ['faq-detention', 'faq-consequences'] },
  { query: '我想实名举报乡长但是怕泄密', accept: x(30, 46), ids: ['faq-anonymous-report', 'faq-report-leak', 'discipline'] },
  { query: '公司破产了工资谁来发', accept: ld(9, 5, 27), ids: ['labor-inspection', 'labor-arbitration', 'faq-wages-owed', 'faq-wages-fast'] },
  { query: '上班路上出车祸算工伤吗', accept: ld(2, 5), ids: ['labor-arbitration', 'faq-labour-steps', 'civil-lawsuit'] },
  { query: '村里低保名单有问题想举报', accept: x(30), ids: ['discipline', 'faq-report-official'] },
  { query: '被城管没收了三轮车', accept: [...fy(11, 20), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation'] },
  { query: '土地确权的时候把我家的地少算了', accept: [...fy(11, 20, 23), ...ss(12, 46)], ids: ['admin-reconsideration', 'admin-litigation'] },
  { query: '婆婆天天骂我还动手', accept: [], ids: ['domestic-violence', 'police', 'faq-domestic-violence'] },
  { query: '借给亲戚十万块现在不认账了', accept: [], ids: ['civil-lawsuit', 'mediation', 'faq-civil-dispute'] },
  { query: '网上买东西被骗了三千', accept: [], ids: ['police'] },
  { query: '信訪局上班時間是幾點', accept: x(18), ids: ['faq-contact-bureau'] },
  { query: '對複核意見不服還能怎麼辦', accept: x(36), ids: ['faq-after-recheck', 'faq-xinfang-answer-not-sueable'] },
  { query: '勞動監察大隊不處理我的投訴', accept: ld(9), ids: ['labor-inspection', 'faq-labour-inspection', 'labor-arbitration'] },
  { query: 'xinfang qudao', accept: x(17, 18), ids: ['faq-channels'] },
  { query: 'shenqing fuhe', accept: x(36), ids: ['faq-recheck-where', 'faq-recheck-deadline'] },
  { query: 'ldjc', accept: ld(9), ids: ['labor-inspection', 'faq-labour-inspection'] },
  { query: '当领导的不作为咋整', accept: x(45, 42), ids: ['faq-inaction', 'faq-officials-accountable', 'faq-passing-buck'] },
  { query: '12388能举报什么', accept: x(30), ids: ['discipline', 'faq-anonymous-report'] },
  { query: '信访局能不能帮我请律师', accept: [], ids: ['legal-aid', 'faq-lawyer-help', 'faq-legal-aid'] },
]
