import { ld, type EvalQuery } from './eval-queries'

/**
 * Fourth held-out set (issue 14): written BLIND on 2026-11-30 (13:15–14:30 UTC) by an engineer
 * who had seen nothing of the engine's behaviour: they never ran the engine, the bench or any
 * ranking on these questions (nor on any other), and did not read the engine (src/core/search),
 * its tuning tables, the tuning set beyond its type definitions, or the README's search figures.
 * Only the corpus (FAQ, guide channels, 图解 cards, law texts) was read, to know which answers
 * are acceptable. The voices are the writer's own, not rewordings of the other sets.
 * NEVER tune on it: no synonym, typo, fold or stop-word entry may be added because one of these
 * questions misses. To fix a miss, write a different question into the tuning set (EVAL_QUERIES)
 * and tune against that; this file only measures.
 *
 * Mix (100 questions), in the groups exported below:
 * - SENTENCES: whole sentences as people speak them into a phone, fillers and a bit of story   30  (30 %)
 * - TRADITIONAL: 繁体 input (Taiwan / Hong Kong / Macao wording: 薪水、法律扶助…)             10  (10 %)
 * - PINYIN: pinyin, initials, typos and homophones                                           10  (10 %)
 * - SLANG: slang and dialect words (打太极、滚刀肉、俺们庄上、咋个办、几多钱…)                 15  (15 %)
 * - OUT_OF_SCOPE: legal problems that are not 信访 matters (shopping, property management,
 *   scams, identity misuse, traffic, injuries at work, family, medical, landlord, neighbours,
 *   debts, labour): only the channel or Q&A that fits, never a 信访工作条例 article            15  (15 %)
 * - INSTITUTIONS: institutions, people, phone numbers and procedure (12345, 12348, 12368,
 *   12388, 12333, 12315, 司法所, 人大代表, 督查, 仲裁委…)                                       20  (20 %)
 *
 * A hit (tests/search/hit.ts): a result that cites an `accept` article, or whose id is in `ids`,
 * or whose title contains a `titleHas` word. Strictness, as in the fresh set: `accept` names an
 * article only when every document that cites it answers the question (劳动争议调解仲裁法第五十三条
 * for "does arbitration cost money"). Otherwise the article's own document is named by id
 * (`xd(35)` = 'xinfang-2022/35'), so that a Q&A that merely cites the same article for something
 * else does not count. `titleHas` names the word a future Q&A on the matter would carry in its
 * title (消费, 物业, 冒名, 交通事故, 工伤, 离婚, 继承, 医疗, 热线电话…). A document that already
 * carries the word counts only once someone has read it and judged that it answers: its id is
 * then in `ids` too (the test checks this); a title that merely shares the word never counts.
 *
 * Audited on 2026-11-30, after the everyday-trouble Q&A (信访以外的常见纠纷) were added, by
 * reading the questions and those Q&A only (no engine, bench or ranking was run):
 * Q&A whose titles carry a titleHas word were judged one by one and, where they answer, named in
 * `ids`; where they do not, the word was narrowed or replaced by the ids of the Q&A that answer.
 * 行政复议法第八十七条 and 劳动争议调解仲裁法第二十七条 are now also cited by Q&A on other matters
 * (低保 stopped, injuries at work) that do not answer "what does it cost" / "is it too late", so
 * those questions name the answering documents by id instead. Where a question's reserved answer
 * now exists under a title without the reserved word (消费, 医疗, 继承, 被打), that Q&A was judged
 * the same way and named in `ids`.
 * A second reading the same day (again without engine, bench or ranking) went through every
 * question about everyday trouble outside 信访 (land, demolition, 低保 and pensions, 物业, scams,
 * identity, personal information, hotlines, institutions) and named the new Q&A that clearly
 * answer it; no `accept` article here is cited by a new Q&A that does not answer
 * (tests/unit/search-holdout-accepts.test.ts checks both rules for all four held-out sets).
 * Audited again on 2026-12-01 (round 16), after three Q&A were added (faq-nuisance on 噪音、油烟、
 * 垃圾站、违建 and which office; faq-enforcement on a won judgment not paid; faq-crisis on a life at
 * risk), by reading every question and those three Q&A only (no engine, bench or ranking was run):
 * 2 questions gained faq-nuisance (a nuisance reported without effect, a neighbour's leak, which its
 * 人民调解 paragraph names), 1 gained faq-enforcement, 0 gained faq-crisis. No `accept` article here
 * is cited by them (0 replaced).
 * Audited again on 2026-12-01 (round 17), after two Q&A were added (faq-school-bullying on a child
 * bullied or hurt at school while the school does nothing; faq-defamation on rumours, slander,
 * insults and doctored photos spread online), by reading every question and those two Q&A only
 * (no engine, bench or ranking was run): 0 questions gained faq-school-bullying, 0 gained
 * faq-defamation. One question in OUT_OF_SCOPE (an adult hurt in a fight near home, not a child at
 * school) had titleHas 「被打」, which now matches faq-school-bullying's title although that answer
 * does not answer it; before this commit the word matched no title (read from the titles at the
 * previous commit), so the word was dropped and the question keeps exactly its earlier hits, its
 * `ids` unchanged ('police', 'faq-assaulted'). No `accept` article here is cited by them (0 replaced).
 * Audited again on 2026-12-01 (round 17, second audit), after one Q&A was added
 * (faq-adult-guardianship on who is guardian of an adult with an intellectual or mental disability
 * or dementia, the court's finding of incapacity, and what happens when the parents grow old), by
 * reading every question and that Q&A only (no engine, bench or ranking was run): none of the
 * 100 questions is answered by it (0 gained faq-adult-guardianship; the questions about elderly
 * parents are about petitioning in person, an inheritance and a pension, not about guardianship).
 * No `accept` article here is cited by it (0 replaced; 信访工作条例第二十六条 is neither accepted nor
 * named by id here), and no titleHas word here matches its title (0 changed).
 *
 * tests/unit/search-holdout-blind.test.ts checks the shape (size, mix, no overlap with the other
 * sets, every id exists); it never ranks. The bench (scripts/bench/search.ts) reports hit@1 / hit@3.
 */

/** Search document ids of law articles: `xd(35)` → 'xinfang-2022/35'. */
const articleIds =
  (lawId: string) =>
  (...articles: number[]): string[] =>
    articles.map((a) => `${lawId}/${a}`)
const xd = articleIds('xinfang-2022')
const ssd = articleIds('xingzheng-susong-2017')
const fyd = articleIds('xingzheng-fuyi-2023')
const ldd = articleIds('laodong-zhongcai-2007')

/** Challenging an administrative decision: 行政复议 / 行政诉讼 and the Q&A that chooses between them. */
const CHALLENGE_DECISION = ['admin-reconsideration', 'admin-litigation', 'faq-reconsideration-or-lawsuit']
/** Unpaid wages: the inspection and arbitration channels and the Q&A on them. */
const WAGES = ['faq-wages-owed', 'faq-labour-inspection', 'labor-inspection', 'labor-arbitration', 'faq-wages-fast']
/** Reporting an official: 纪检监察 and the Q&A on 举报. */
const REPORT_OFFICIAL = ['discipline', 'faq-report-official', 'faq-anonymous-report']
/** Domestic violence: the channel, the Q&A and the protection order. */
const DOMESTIC_VIOLENCE = ['domestic-violence', 'faq-domestic-violence', 'faq-protection-order-how']
/** A civil dispute between private people: 人民调解, 民事诉讼 and the Q&A on them. */
const CIVIL = ['civil-lawsuit', 'mediation', 'faq-civil-dispute']
/** Dissatisfied with a 信访处理意见: 复查. */
const REVIEW = ['faq-review-deadline', 'faq-not-supported-though-right', 'ch4-review', ...xd(35)]
/** 复核 and what comes after it. */
const RECHECK = ['faq-recheck-deadline', 'faq-recheck-where', 'ch4-recheck', ...xd(36)]

export const BLIND4_SENTENCES: EvalQuery[] = [
  {
    query: '喂你好我想问一下就是我去年给区里写了封信反映小区门口垃圾站的事到现在都没人理我这正常吗',
    accept: [],
    ids: ['faq-notice-15-days', 'faq-overdue', 'faq-refuse-register', 'ch5-must-register', ...xd(23, 44), 'faq-nuisance']
  },
  {
    query: '那个我妈七十多了不会用手机也不认字她想反映村里的事能让她直接去跟人家说吗',
    accept: [],
    ids: ['faq-oral-petition', ...xd(19)]
  },
  {
    query: '请问一下啊我们单位把我辞退了一分钱补偿都没给我是应该去信访局还是去哪里告他',
    accept: [],
    ids: ['faq-labour-steps', 'labor-arbitration']
  },
  {
    query: '就是说我对那个复查意见还是不满意下一步还能找谁啊应该往哪一级交',
    accept: [],
    ids: RECHECK
  },
  {
    query: '哎我想问下我上个月交的材料说是转到街道去了可街道说这不归他们管让我回去找区里这到底谁管',
    accept: [],
    ids: ['faq-not-our-business', 'faq-two-agencies', 'faq-passing-buck']
  },
  {
    query: '请问我家在农村的宅基地被镇政府收回去了给的补偿也太少了我不服该怎么办',
    accept: [],
    ids: [...CHALLENGE_DECISION, 'faq-demolition', 'faq-rural-land']
  },
  {
    query: '那个我想问问就是我儿子被判了三年我们全家都觉得判重了现在还能上诉吗有几天时间',
    accept: [],
    ids: ['faq-criminal-appeal', 'litigation']
  },
  {
    query: '你好我们是外地来打工的老板欠了我们十几个人三个月工资电话也不接我们想一起去政府门口拉个横幅行不行',
    accept: [],
    ids: ['faq-banners-gathering', 'faq-assembly-permit', 'faq-group-visit-rules', ...WAGES]
  },
  {
    query: '我想问下就是我之前上访过一回被他们叫去谈话说我再去就把我拘留这合法吗',
    accept: [],
    ids: ['faq-detention', 'faq-consequences', 'faq-dissuasion-first', 'ch5-consequences']
  },
  {
    query: '请问一下我们村支书把上面拨下来的扶贫款给了他自己亲戚这个事我该去哪里举报比较好',
    accept: [],
    ids: REPORT_OFFICIAL
  },
  {
    query: '就是我已经把复查复核都走完了结果还是不行那我还能接着去上访吗',
    accept: [],
    ids: ['faq-after-recheck', 'faq-three-levels', ...xd(36)]
  },
  {
    query: '你好啊我想问下信访局收了我的材料以后大概要等多少天才会告诉我受不受理',
    accept: [],
    ids: ['faq-notice-15-days', 'ch3-fifteen-days', 'faq-after-submit', ...xd(23)]
  },
  {
    query: '我想打听一下就是处理意见书上写的是不予支持我觉得他们根本就没调查清楚这怎么弄',
    accept: [],
    ids: REVIEW
  },
  {
    query: '喂我们小区几十户都想去反映物业乱收费的事能不能大伙儿一起去还是说只能派几个人去',
    accept: [],
    ids: ['faq-group-representatives', 'ch3-five-reps', 'faq-group-visit-rules', 'faq-property-management', ...xd(20)]
  },
  {
    query: '请问一下我在网上反映了个问题他们就回了个电话说处理完了可什么都没解决这算办结了吗',
    accept: [],
    ids: ['faq-written-answer', 'faq-opinion-letter', 'faq-review-deadline', 'faq-evaluate']
  },
  {
    query: '就是说我想给市里提个建议把我们这边的公交线路改一改该往哪里提呢会有人回我吗',
    accept: [],
    ids: ['faq-suggestions', 'faq-people-suggestion', 'petition-suggestion', ...xd(29)]
  },
  {
    query: '那个我想问一下我举报的时候不想让人家知道是我举报的能不能不写名字啊',
    accept: [],
    ids: ['faq-anonymous', 'faq-anonymous-report', 'faq-report-leak']
  },
  {
    query: '请问我的信访事项办了两个多月还没出结果他们说要延期这个延期到底有没有个头',
    accept: [],
    ids: ['faq-extension', 'faq-handling-60-days', 'ch4-sixty-days', ...xd(34)]
  },
  {
    query: '哎你好我想问问我们这个拆迁的事情牵扯到国土和住建两个局它们都说不归自己管到底该找谁',
    accept: [],
    ids: ['faq-two-agencies', 'faq-passing-buck', 'faq-not-our-business', ...xd(24)]
  },
  {
    query: '我想了解一下我们那一片要征收了我想看看补偿标准的文件可政府不给看我能怎么办',
    accept: [],
    ids: ['info-disclosure', 'faq-reconsideration-first']
  },
  {
    query: '请问一下我在信访局跟那个接待的同志吵了两句他说要追究我的责任真的会吗',
    accept: [],
    ids: ['faq-insult-staff', 'faq-consequences']
  },
  {
    query: '你好我想问我家那个案子法院已经判了我还是觉得不公平可以去找信访局帮我翻案吗',
    accept: [],
    ids: ['faq-litigation-separate', 'faq-civil-retrial', 'faq-suit-visit-separation', 'litigation']
  },
  {
    query: '我想问问我们这件事上个月已经在区里办着了我能不能同时再去市里反映一下催一催',
    accept: [],
    ids: ['faq-same-matter-upper', 'ch3-no-repeat', 'faq-repeat-petition']
  },
  {
    query: '就是说我被交警罚了两百块还扣了分我觉得那个摄像头拍错了我该去哪里申诉',
    accept: [],
    ids: ['faq-fine-appeal', ...CHALLENGE_DECISION]
  },
  {
    query: '那个我想问下我爸厂里的老职工退休金被算少了社保局又不给改我们能去申请复议吗',
    accept: [],
    ids: ['faq-reconsideration-deadline', 'faq-reconsideration-how', ...CHALLENGE_DECISION, 'faq-welfare-cut']
  },
  {
    query: '喂你好我想咨询一下就是去上访的时候能不能带我儿子一起他开车送我过去',
    accept: [],
    ids: ['faq-companion']
  },
  {
    query: '请问我收到信访答复都过了四十天了才想起来要复查现在还来得及吗',
    accept: [],
    ids: ['faq-review-missed-deadline', 'faq-review-deadline', 'ch4-review', ...xd(35)]
  },
  {
    query: '嗯是这样的我给市长信箱写过信了可一直没回音我想知道现在办到哪一步了上哪查',
    accept: [],
    ids: ['faq-progress-query', ...xd(21)]
  },
  {
    query: '我想问一下就是办我这个事的那个科长跟对方是连襟我怕他偏心能不能换个人来办',
    accept: [],
    ids: ['faq-recusal', ...xd(28)]
  },
  {
    query: '喂那个我们这个事情调查完了他们说双方可以坐下来谈一谈调解这个调解要签什么东西吗',
    accept: [],
    ids: ['faq-mediation', 'faq-reconciliation', 'ch4-mediation', ...xd(33)]
  }
]

export const BLIND4_TRADITIONAL: EvalQuery[] = [
  { query: '請問去信訪要準備哪些資料', accept: [], ids: ['faq-materials', 'faq-letter-content', ...xd(19)] },
  { query: '我想檢舉公務員收紅包，要打哪支電話', accept: [], ids: [...REPORT_OFFICIAL, 'faq-bribery', 'faq-hotlines'] },
  { query: '對罰單不服可以申請行政復議嗎', accept: [], ids: ['faq-fine-appeal', 'admin-reconsideration'] },
  { query: '複查要在幾天內提出', accept: [], ids: ['faq-review-deadline', 'ch4-review', ...xd(35)] },
  { query: '老闆拖欠薪水不發，該去哪裡投訴', accept: [], ids: WAGES },
  { query: '信訪局的地址跟接待時間在哪裡可以查到', accept: [], ids: ['faq-contact-bureau', 'faq-app-contact'] },
  { query: '被家暴了可以聲請保護令嗎，要去哪個法院', accept: [], ids: DOMESTIC_VIOLENCE },
  { query: '請不起律師怎麼辦，有沒有免費的法律扶助', accept: [], ids: ['faq-legal-aid', 'legal-aid'] },
  { query: '網上信訪的辦理進度要怎麼查詢', accept: [], ids: ['faq-progress-query', ...xd(21)] },
  { query: '反映問題之後被打擊報復了，該向誰反映', accept: [], ids: ['faq-retaliated', 'faq-no-retaliation', 'ch5-protect'] }
]

export const BLIND4_PINYIN: EvalQuery[] = [
  { query: 'fucha duojiu you jieguo', accept: [], ids: ['faq-review-reply-time', ...xd(35)] },
  { query: 'cizhi yinian le hai neng shenqing zhongcai ma', accept: [], ids: ['faq-labour-time-limit', 'faq-wages-owed', 'labor-arbitration', ...ldd(27)] },
  { query: 'xzfy 60tian', accept: [], ids: ['faq-reconsideration-deadline', 'admin-reconsideration'] },
  { query: '接访的不肯给我等记材料也不收', accept: [], ids: ['faq-refuse-register', 'ch5-must-register', ...xd(44)] },
  { query: '复合意见不服还能上访不', accept: [], ids: ['faq-after-recheck', 'faq-three-levels', ...xd(36)] },
  { query: '法律园助怎么申请', accept: [], ids: ['faq-legal-aid', 'legal-aid'] },
  { query: '上访被居留了怎么办', accept: [], ids: ['faq-detention', 'faq-consequences', 'ch5-consequences'] },
  { query: 'mingaoguan qixian', accept: [], ids: ['faq-admin-lawsuit-deadline', 'admin-litigation', ...ssd(46)] },
  { query: '仲栽裁决不服多久起诉', accept: [], ids: ['faq-labour-award-appeal', 'labor-lawsuit', ...ldd(48, 50)] },
  { query: 'wo yao ju bao cun gan bu', accept: [], ids: REPORT_OFFICIAL }
]

export const BLIND4_SLANG: EvalQuery[] = [
  { query: '老板跑路了工钱咋整', accept: [], ids: WAGES },
  { query: '被领导穿小鞋了找谁说理去', accept: [], ids: ['faq-retaliated', 'faq-no-retaliation', 'ch5-protect'] },
  { query: '办事的那帮人老是打太极推来推去', accept: [], ids: ['faq-passing-buck', 'faq-not-our-business', 'ch5-no-delay'] },
  { query: '当官的吃拿卡要我要去告他', accept: [], ids: ['faq-bribery', 'ch5-conduct', ...REPORT_OFFICIAL] },
  { query: '上头来人检查能不能拦车喊冤', accept: [], ids: ['faq-banners-gathering', 'faq-prohibited-acts', 'ch3-prohibited', 'faq-consequences'] },
  { query: '进京告御状会不会被抓', accept: [], ids: ['faq-beijing', 'faq-skip-levels', 'faq-detention'] },
  { query: '信访那边一直晾着我没个准话', accept: [], ids: ['faq-overdue', 'faq-notice-15-days', 'faq-refuse-register', 'faq-passing-buck'] },
  { query: '欠钱那家伙是个滚刀肉判了也不给', accept: [], ids: ['faq-court-deadlines', 'litigation', 'faq-enforcement'] },
  { query: '屋里头男人喝了酒就动手打我咋个办', accept: [], ids: [...DOMESTIC_VIOLENCE, 'police'] },
  { query: '信访办门难进脸难看事难办', accept: [], ids: ['faq-bad-attitude', 'ch5-conduct', 'faq-staff-duties', 'faq-passing-buck'] },
  { query: '有人拉我入伙一起去闹还说包赢', accept: [], ids: ['faq-organizing-others'] },
  { query: '搞个行政复议要几多钱', accept: [], ids: ['faq-fine-appeal', 'faq-reconsideration-or-lawsuit', ...fyd(87)] },
  { query: '在信访大厅打地铺不走中不中', accept: [], ids: ['faq-staying-overnight'] },
  { query: '俺们庄上的事该找乡里还是县里', accept: [], ids: ['faq-where-to-visit', 'ch3-where-to-visit', 'faq-local-first', ...xd(20)] },
  { query: '咱这事算不算涉法涉诉啊整不明白', accept: [], ids: ['faq-suit-visit-separation', 'faq-litigation-separate', 'ch4-separate'] }
]

export const BLIND4_OUT_OF_SCOPE: EvalQuery[] = [
  { query: '网购的衣服质量太差商家不给退怎么办', accept: [], ids: ['faq-consumer-dispute'], titleHas: ['消费', '网购', '退货'] },
  { query: '物业不修电梯还天天催着交物业费我能不交吗', accept: [], ids: ['faq-property-management'], titleHas: ['物业'] },
  { query: '有人冒用我的身份证办了贷款怎么办', accept: [], ids: ['police', 'faq-identity-misuse'], titleHas: ['冒名', '冒用', '个人信息'] },
  { query: '接到电话说我涉嫌洗钱要我把钱转到安全账户', accept: [], ids: ['police', 'faq-scammed'] },
  { query: '在路口被电动车撞了对方不肯赔医药费', accept: [], ids: ['civil-lawsuit', 'faq-traffic-accident'], titleHas: ['交通事故'] },
  { query: '在医院做手术出了事医院推卸责任怎么维权', accept: [], ids: ['faq-medical-dispute'], titleHas: ['医疗'] },
  { query: '离婚的话孩子抚养权一般判给谁', accept: [], ids: ['faq-divorce-custody'], titleHas: ['离婚', '抚养'] },
  { query: '我爸走了没留遗嘱房子兄弟几个怎么分', accept: [], ids: ['faq-inheritance-house'], titleHas: ['继承', '遗产'] },
  { query: '房东不退押金还把我的东西扔了', accept: [], ids: [...CIVIL, 'faq-rent-deposit'], titleHas: ['押金', '租房'] },
  { query: '楼上漏水把我家天花板泡坏了邻居不管不问', accept: [], ids: [...CIVIL, 'faq-nuisance'], titleHas: ['邻里'] },
  { query: '朋友借了我五万写了借条现在把我拉黑了', accept: [], ids: CIVIL },
  { query: '在小区门口被人打了鼻梁骨折了', accept: [], ids: ['police', 'faq-assaulted'] },
  { query: '下班路上被车撞了算工伤吗', accept: [], ids: ['faq-work-injury'], titleHas: ['工伤'] },
  { query: '公司一直不给交社保我能要求补偿吗', accept: [], ids: ['labor-arbitration', 'faq-labour-steps'], titleHas: ['交社保', '缴社保'] },
  { query: '被关了十天后来查清是抓错人了能要赔偿吗', accept: [], ids: ['state-compensation', 'faq-state-compensation'] }
]

export const BLIND4_INSTITUTIONS: EvalQuery[] = [
  { query: '拨12348能免费问律师吗', accept: [], ids: ['faq-legal-aid', 'legal-aid', 'faq-hotlines'], titleHas: ['12348', '热线电话'] },
  { query: '打12368能问法院立案的事吗', accept: [], ids: ['civil-lawsuit', 'litigation', 'admin-litigation', 'faq-hotlines'], titleHas: ['12368', '热线电话'] },
  { query: '打12388举报会不会暴露我', accept: [], ids: ['faq-anonymous-report', 'discipline', 'faq-report-leak'] },
  { query: '12333是管什么的', accept: [], ids: ['faq-labour-inspection', 'labor-inspection', 'labor-arbitration', 'faq-hotlines'], titleHas: ['12333', '热线电话'] },
  { query: '打12345和直接去信访局有啥区别', accept: [], ids: ['faq-phone-hotline'] },
  { query: '买东西被坑了打12315还是找信访', accept: [], ids: ['faq-hotlines', 'faq-consumer-dispute'], titleHas: ['12315', '消费'] },
  { query: '司法所能帮老百姓干点啥', accept: [], ids: ['mediation', 'faq-institutions'], titleHas: ['司法所'] },
  { query: '人大代表接待日能去反映问题吗', accept: [], ids: ['faq-deputies'] },
  { query: '纪委和信访局分别管什么事', accept: [], ids: ['discipline', 'faq-report-official', 'ch2-department', 'faq-kinds-of-matters'] },
  { query: '信访部门的职责到底有哪些', accept: [], ids: ['ch2-department', 'faq-institutions', ...xd(14)] },
  { query: '信访工作谁来督查', accept: [], ids: ['faq-supervision', 'ch5-oversight', ...xd(38)] },
  { query: '领导下访的时候老百姓能当面递材料吗', accept: [], ids: ['faq-leaders-reception', ...xd(18)] },
  { query: '律师加信访是怎么回事 律师收钱吗', accept: [], ids: ['legal-aid', 'faq-lawyer-help'] },
  { query: '去法律援助中心要带什么材料', accept: [], ids: ['faq-legal-aid', 'legal-aid'] },
  { query: '劳动仲裁委员会归哪个部门 在哪申请', accept: [], ids: ['labor-arbitration', 'faq-labour-steps'] },
  { query: '劳动仲裁收费吗', accept: ld(53) },
  { query: '信访听证会我自己能申请开吗', accept: [], ids: ['faq-hearing'] },
  { query: '复查机关是原单位的哪一级', accept: [], ids: ['faq-review-where', ...xd(35)] },
  { query: '派出所不给立案找检察院管用吗', accept: [], ids: ['faq-police-not-file', 'police'] },
  { query: '信访处理意见书里头应该写明哪些东西', accept: [], ids: ['faq-opinion-letter', 'ch4-opinion', ...xd(32)] }
]

export const HOLDOUT_BLIND4_QUERIES: EvalQuery[] = [
  ...BLIND4_SENTENCES,
  ...BLIND4_TRADITIONAL,
  ...BLIND4_PINYIN,
  ...BLIND4_SLANG,
  ...BLIND4_OUT_OF_SCOPE,
  ...BLIND4_INSTITUTIONS
]
