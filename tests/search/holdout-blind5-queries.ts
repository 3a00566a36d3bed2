import { type EvalQuery, fy, ld, x } from './eval-queries'

/**
 * FIFTH HELD-OUT evaluation set for the 问答 search: 100 questions written BLIND on 2026-11-30
 * (between 18:59 and 19:06 UTC), after the last tuning round, by an engineer who never ran the search
 * engine, the bench or any ranking, and did not read the engine, its tables, the tuning set's
 * questions or the README's figures. Only the corpus (the Q&A, the guide channels, the 图解 cards,
 * the law texts and shared/notes/legal-facts.md) was read, to judge which documents answer each
 * question. The questions are the writer's own voices, not rewordings of any other set.
 *
 * NEVER tune on this file: no synonym, typo, fold or stop-word entry may be added because one of these
 * questions misses. To fix a miss, write a different question into the tuning set
 * (tests/search/eval-queries.ts) and tune on that one.
 *
 * The mix:
 * - 30 whole sentences as people speak them into a phone (fillers, a bit of story, voice-typing slips);
 * - 10 in 繁体, with Taiwan / Hong Kong / Macao wording (陳情, 覆查, 電郵, 勞工局, Cantonese);
 * - 10 in pinyin (with and without tones), initials, pinyin mixed with 汉字, typos and homophones;
 * - 15 slang and dialect (northeast, Sichuan, Shanghai, Cantonese, young people's net slang);
 * - 15 legal problems that are not 信访 matters (the answer is a guide channel or an everyday-trouble
 *   Q&A, never a 信访工作条例 article);
 * - 20 about institutions and people (what X does, who to go to, who can help, how many days until…).
 *
 * `ids` lists every document that answers, best first; `accept` names an article only where that
 * article itself is the answer and no document citing it for another matter would pass as a hit.
 *
 * Audited on 2026-12-01 (round 16), after three Q&A were added (faq-nuisance on 噪音、油烟、违建 and
 * which office; faq-enforcement on a won judgment not paid; faq-crisis on a life at risk), by reading
 * every question and those three Q&A only (no engine, bench or ranking was run), as the other sets
 * were on 2026-11-30: 2 questions gained faq-nuisance (a nuisance reported without effect, a
 * neighbour's leak and whom to ask to mediate, which its 人民调解 paragraph names), 1 gained
 * faq-enforcement, 0 gained faq-crisis. No `accept` article here is cited by them (0 replaced).
 * Audited again on 2026-12-01 (round 17), after two Q&A were added (faq-school-bullying on a child
 * bullied or hurt at school while the school does nothing; faq-defamation on rumours, slander,
 * insults and doctored photos spread online), by reading every question and those two Q&A only
 * (no engine, bench or ranking was run): none of the 100 questions is answered by either
 * (0 gained faq-school-bullying, 0 faq-defamation; the assault question is not about a child at
 * school). No `accept` article here is cited by them (0 replaced); this set has no titleHas words
 * (0 changed).
 * Audited again on 2026-12-01 (round 17, second audit), after one Q&A was added
 * (faq-adult-guardianship on who is guardian of an adult with an intellectual or mental disability
 * or dementia, the court's finding of incapacity, and what happens when the parents grow old), by
 * reading every question and that Q&A only (no engine, bench or ranking was run): none of the
 * 100 questions is answered by it (0 gained faq-adult-guardianship; the slang question about a
 * bedridden old father left at the bureau is about a body that cannot move, not an adult who cannot
 * manage his own affairs, and keeps faq-abandon-dependent; the other questions about elderly parents
 * are about petitioning, hardship aid and the app). No `accept` article here is cited by it
 * (0 replaced; 信访工作条例第二十六条 is accepted nowhere in this set), and this set has no titleHas
 * words (0 changed).
 */

/** Whole sentences, spoken into a phone. */
export const BLIND5_SENTENCES: EvalQuery[] = [
  {
    query: '嗯那个我上个月给区里写了封信反映工地晚上施工吵得睡不着到现在都没人回我这正常吗',
    accept: [],
    ids: ['faq-notice-15-days', 'ch3-fifteen-days', 'faq-refuse-register', 'faq-after-submit', 'petition', 'faq-nuisance'],
  },
  {
    query: '我妈七十多了眼睛不好字也不会写她想反映村里的事能不能直接去说不用写东西',
    accept: [],
    ids: ['faq-oral-petition', 'ch3-in-writing'],
  },
  {
    query: '就是说我们一栋楼十几户人家都遇到同一个问题想一起去信访局是不是全都能去',
    accept: [],
    ids: ['faq-group-representatives', 'ch3-five-reps', 'faq-group-visit-rules', 'petition'],
  },
  {
    query: '请问一下啊我去年反映的事给了答复我不满意想申请复查但是已经过了四十多天了还来得及吗',
    accept: [],
    ids: ['faq-review-missed-deadline', 'faq-review-deadline', 'ch4-review'],
  },
  {
    query: '你好我想问一下处理意见我已经复查过了对复查结果还是不服那还有没有下一步可以走',
    accept: [],
    ids: ['faq-recheck-deadline', 'ch4-recheck', 'faq-recheck-where'],
  },
  {
    query: '我那个事儿交上去都两个多月了他们说情况复杂要延期那最多还能再拖多久啊',
    accept: [],
    ids: ['faq-extension', 'faq-handling-60-days', 'ch4-sixty-days', 'petition'],
  },
  {
    query: '上回去信访局窗口那个工作人员对我大吼大叫还把材料扔出来我能去哪投诉他',
    accept: [],
    ids: ['faq-bad-attitude', 'ch5-conduct'],
  },
  {
    query: '我在网上举报了我们村支书贪污扶贫款但是我怕他知道是我举报的材料会不会泄露出去',
    accept: [],
    ids: ['faq-report-leak', 'faq-anonymous-report', 'ch5-protect', 'faq-privacy-personal-info'],
  },
  {
    query: '我们家门口修路把我家院墙给拆了一分钱补偿都没有我是该去信访还是怎么办呢',
    accept: [],
    ids: ['faq-demolition', 'admin-reconsideration', 'admin-litigation'],
  },
  {
    query: '老公喝了酒就动手打我孩子都吓坏了我不敢回家有什么部门能管管他吗',
    accept: [],
    ids: ['faq-domestic-violence', 'domestic-violence', 'faq-protection-order-how'],
  },
  {
    query: '我们几个老乡商量好了明天去市政府门口拉条横幅让领导出来见我们这样会不会被抓',
    accept: [],
    ids: ['faq-banners-gathering', 'faq-prohibited-acts', 'ch3-prohibited', 'faq-consequences', 'ch5-consequences', 'faq-detention'],
  },
  {
    query: '我想在这个小程序里面直接把我的问题报上去给政府要点哪里才能提交啊',
    accept: [],
    ids: ['faq-app-not-a-channel', 'faq-online-petition'],
  },
  {
    query: '我爸是老党员被给了个党内警告处分他觉得冤枉想去上访这个路子对不对',
    accept: [],
    ids: ['faq-party-member-appeal'],
  },
  {
    query: '我前年在工地干活的工钱包工头一直拖着不给现在人都找不着了我该找哪个部门要钱',
    accept: [],
    ids: ['faq-wages-owed', 'faq-labour-inspection', 'labor-inspection', 'labor-arbitration', 'faq-labour-time-limit'],
  },
  {
    query: '我听别人说信访走完三个环节就彻底没戏了到底是哪三个环节啊能不能讲讲',
    accept: [],
    ids: ['faq-three-levels'],
  },
  {
    query: '事情总算办完了我想给这次办事的人打个分或者写个评价有没有地方可以评',
    accept: [],
    ids: ['faq-evaluate'],
  },
  {
    query: '喂我想问一下就是那个复查申请交上去以后他们多少天之内必须给我答复',
    accept: [],
    ids: ['faq-review-reply-time', 'ch4-review', 'petition'],
  },
  {
    query: '呃我之前信访的事已经在区里办着呢我等不及了想直接去市里再反映一遍可以不',
    accept: [],
    ids: ['faq-same-matter-upper', 'ch3-no-repeat', 'faq-repeat-petition'],
  },
  {
    query: '我和隔壁因为宅基地的边界吵了好几年了村里调解也没用还能去哪里解决',
    accept: [],
    ids: ['faq-rural-land'],
  },
  {
    query: '我弟弟被判了三年我们全家都觉得判重了想去信访局反映能不能给改判',
    accept: [],
    ids: ['faq-criminal-appeal', 'faq-litigation-separate', 'litigation', 'ch4-separate'],
  },
  {
    query: '这个局里的人说我的事他们管不了让我去找别的单位可那个单位又推回来了怎么办才好',
    accept: [],
    ids: ['faq-passing-buck', 'faq-not-our-business', 'faq-two-agencies'],
  },
  {
    query: '我去反映问题以后村干部就开始处处卡我低保也不给办了这算不算打击报复',
    accept: [],
    ids: ['faq-retaliated', 'faq-no-retaliation', 'ch5-protect', 'faq-welfare-cut'],
  },
  {
    query: '我老婆是越南人嫁过来的她自己有事想找政府反映人家会不会给她受理',
    accept: x(48),
    ids: ['faq-foreigner', 'ch6-foreigners'],
  },
  {
    query: '我实在不知道这个事情应该打官司还是找信访还是申请仲裁有没有人能帮我分析一下',
    accept: [],
    ids: ['faq-lawyer-help', 'faq-xinfang-fits', 'legal-aid'],
  },
  {
    query: '我今天在信访大厅排队的时候看到有人带着汽油瓶被保安拦下来了这种是犯法的吧',
    accept: [],
    ids: ['faq-dangerous-items', 'faq-prohibited-acts', 'ch3-prohibited', 'faq-consequences', 'ch5-consequences'],
  },
  {
    query: '单位给我的信访答复只是打电话说了一声没有给任何纸质的东西这样算数吗',
    accept: [],
    ids: ['faq-written-answer'],
  },
  {
    query: '我上周在信访接待的时候把情况说得比实际严重了一点点这样会不会给自己惹麻烦',
    accept: [],
    ids: ['faq-exaggerate', 'faq-truthful', 'ch3-truthful'],
  },
  {
    query: '家里老人生病花了好多钱日子过不下去了去信访的时候能不能顺便申请点补助',
    accept: [],
    ids: ['faq-hardship-aid', 'ch4-relief'],
  },
  {
    query: '我想把这个小程序里的条文发给我爸看他不会自己搜有没有办法直接转给他',
    accept: [],
    ids: ['faq-app-share'],
  },
  {
    query: '我们这边有个人到处拉人去上访每个人收两百块说包办成这个人是不是违法',
    accept: [],
    ids: ['faq-organizing-others'],
  },
]

/** 繁体 input, with Taiwan / Hong Kong / Macao wording. */
export const BLIND5_TRADITIONAL: EvalQuery[] = [
  { query: '請問陳情之後多久會收到書面通知', accept: [], ids: ['faq-notice-15-days', 'ch3-fifteen-days', 'petition'] },
  {
    query: '答覆我收到了但覺得不公平，還可以往上一級再反映嗎',
    accept: [],
    ids: ['faq-review-deadline', 'faq-review-how', 'ch4-review', 'faq-review-where'],
  },
  { query: '我想投訴政府部門嘅職員態度好差，點算', accept: [], ids: ['faq-bad-attitude', 'ch5-conduct'] },
  {
    query: '收到罰單唔服，應該上法院定係申請覆議',
    accept: [],
    ids: ['faq-fine-appeal', 'faq-reconsideration-or-lawsuit', 'admin-reconsideration', 'admin-litigation'],
  },
  {
    query: '老闆欠薪水三個月，該去勞工局還是打官司',
    accept: [],
    ids: ['faq-wages-owed', 'faq-labour-inspection', 'labor-inspection', 'labor-arbitration'],
  },
  { query: '可以用電郵陳情嗎', accept: [], ids: ['faq-email', 'faq-online-petition', 'faq-channels'] },
  {
    query: '一群人去請願，最多可以派幾個代表',
    accept: [],
    ids: ['faq-group-representatives', 'ch3-five-reps', 'faq-group-visit-rules', 'petition'],
  },
  {
    query: '檢舉公務員貪污，會不會被報復',
    accept: [],
    ids: ['faq-no-retaliation', 'ch5-protect', 'faq-anonymous-report', 'faq-report-leak', 'faq-retaliated'],
  },
  {
    query: '覆核之後仍然不服，還能再陳情嗎',
    accept: [],
    ids: ['faq-after-recheck', 'ch4-recheck', 'faq-three-levels', 'faq-repeat-petition', 'faq-not-accepted-next'],
  },
  { query: '這個程式的字太小，長輩看不清楚，怎樣放大', accept: [], ids: ['faq-app-care-mode'] },
]

/** Pinyin, initials, pinyin mixed with 汉字, typos and homophones. */
export const BLIND5_PINYIN: EvalQuery[] = [
  { query: 'xinfang 多久gaozhi shouli', accept: [], ids: ['faq-notice-15-days', 'ch3-fifteen-days', 'petition'] },
  {
    query: '答复不满意 fucha 最晚啥时候提',
    accept: [],
    ids: ['faq-review-deadline', 'ch4-review', 'faq-review-missed-deadline', 'petition'],
  },
  { query: 'xfj接待时间 jidian kaimen', accept: [], ids: ['faq-contact-bureau', 'faq-app-contact'] },
  { query: '复核yijian 要等几天', accept: [], ids: ['faq-recheck-reply-time', 'ch4-recheck', 'petition'] },
  {
    query: 'laoban tuoqian gongzi 咋办',
    accept: [],
    ids: ['faq-wages-owed', 'faq-labour-inspection', 'labor-inspection', 'labor-arbitration', 'faq-wages-fast'],
  },
  {
    query: 'xìn fāng bù gěi dēng jì',
    accept: [],
    ids: ['faq-refuse-register', 'faq-complain-about-bureau', 'ch5-must-register', 'faq-not-accepted-next'],
  },
  { query: '走访daibiao最多几人', accept: [], ids: ['faq-group-representatives', 'ch3-five-reps', 'faq-group-visit-rules', 'petition'] },
  { query: '信防可以匿明吗', accept: [], ids: ['faq-anonymous', 'faq-anonymous-report'] },
  { query: 'fù chá yào xiàng nǎ yī jí tí', accept: [], ids: ['faq-review-where', 'ch4-review'] },
  { query: '行政fuyi要在几天里提', accept: [], ids: ['faq-reconsideration-deadline', 'admin-reconsideration'] },
]

/** Slang and dialect, young people's net slang too. */
export const BLIND5_SLANG: EvalQuery[] = [
  {
    query: '白干了仨月老板一分不给，咋整啊兄弟',
    accept: [],
    ids: ['faq-wages-owed', 'faq-labour-inspection', 'labor-inspection', 'labor-arbitration', 'faq-wages-fast'],
  },
  { query: '俺们村干部搁那贪钱，上哪告他去', accept: [], ids: ['faq-report-official', 'discipline', 'faq-anonymous-report'] },
  { query: '办事的踢皮球踢了半年咯', accept: [], ids: ['faq-passing-buck'] },
  { query: '去上访会不会被人秋后算账', accept: [], ids: ['faq-no-retaliation', 'ch5-protect', 'faq-retaliated'] },
  { query: '在信访局大厅躺平不走行不行', accept: [], ids: ['faq-staying-overnight', 'faq-prohibited-acts', 'ch3-prohibited'] },
  {
    query: '信访答复太拉胯了咋再申诉',
    accept: [],
    ids: ['faq-review-deadline', 'ch4-review', 'faq-not-supported-though-right', 'faq-review-how'],
  },
  { query: '侬好，信访回执要等几日啊', accept: [], ids: ['faq-notice-15-days', 'ch3-fifteen-days', 'petition'] },
  { query: '我系唔系可以搵律师陪我去信访', accept: [], ids: ['faq-lawyer-help', 'legal-aid'] },
  { query: '网上被割韭菜了钱还能追回来不', accept: [], ids: ['faq-scammed', 'police'] },
  { query: '被人削了一顿，医药费找谁报', accept: [], ids: ['faq-assaulted', 'police'] },
  { query: '房东扣押金不还，纯纯大冤种', accept: [], ids: ['faq-rent-deposit'] },
  { query: '这个小程序有啥子用嘛', accept: [], ids: ['faq-app-what'] },
  {
    query: '复核了还不服，是不是就凉凉了',
    accept: [],
    ids: ['faq-after-recheck', 'faq-three-levels', 'ch4-recheck', 'faq-not-accepted-next', 'faq-new-facts'],
  },
  { query: '屋头老汉瘫起了，丢到信访办去要得不', accept: [], ids: ['faq-abandon-dependent'] },
  { query: '我要冲去北京上访，有毛病没', accept: [], ids: ['faq-beijing', 'faq-skip-levels', 'ch3-where-to-visit'] },
]

/** Legal problems that are not 信访 matters: a guide channel or an everyday-trouble Q&A answers. */
export const BLIND5_OUT_OF_SCOPE: EvalQuery[] = [
  { query: '直播间下单收到的是高仿，客服装死', accept: [], ids: ['faq-consumer-dispute'] },
  { query: '健身房老板跑路了会员卡里还剩三千块', accept: [], ids: ['faq-prepaid-card-closed'] },
  { query: '我的身份证被人拿去办了网贷', accept: [], ids: ['faq-identity-misuse'] },
  { query: '天天接到贷款推销电话我的号码是不是被卖了', accept: [], ids: ['faq-personal-info-leak'] },
  { query: '孩子他爸离了以后每月该给的钱一拖再拖', accept: [], ids: ['faq-divorce-custody'] },
  { query: '骑车在路口让一辆小轿车蹭倒了司机只肯给两百', accept: [], ids: ['faq-traffic-accident'] },
  { query: '在工地摔断了腿老板不认是工伤', accept: [], ids: ['faq-work-injury'] },
  { query: '做完手术伤口感染了想找医院讨个说法', accept: [], ids: ['faq-medical-dispute'] },
  { query: '发小管我借的五万说好年底还，现在电话都不接', accept: [], ids: ['civil-lawsuit', 'faq-civil-dispute', 'mediation'] },
  { query: '民事判决生效半年了我觉得判错了还能申请再审吗', accept: [], ids: ['faq-civil-retrial', 'litigation'] },
  { query: '对方输了官司就是不给钱怎么申请强制执行', accept: [], ids: ['faq-court-deadlines', 'litigation', 'faq-enforcement'] },
  { query: '报案以后警察说够不上立案，我该咋办', accept: [], ids: ['faq-police-not-file', 'faq-scammed', 'litigation'] },
  { query: '被派出所错误拘留了能要求赔偿吗', accept: [], ids: ['faq-state-compensation', 'state-compensation'] },
  { query: '楼上装修把我家天花板弄漏水了找谁调解', accept: [], ids: ['mediation', 'faq-civil-dispute', 'civil-lawsuit', 'faq-nuisance'] },
  { query: '想看征地补偿标准的政府文件怎么申请公开', accept: [], ids: ['info-disclosure'] },
]

/** Institutions and people: what they do, who to go to, who can help, how many days until… */
export const BLIND5_INSTITUTIONS: EvalQuery[] = [
  { query: '信访局平时都负责些什么工作', accept: [], ids: ['faq-institutions', 'ch2-department'] },
  { query: '街道那个司法所跟公安的派出所是一回事吗', accept: [], ids: ['faq-institutions'] },
  { query: '找村里调委会调解矛盾要交费吗', accept: [], ids: ['mediation', 'faq-institutions', 'faq-civil-dispute'] },
  { query: '我们区的人大代表能替老百姓把意见递上去吗', accept: [], ids: ['faq-deputies'] },
  { query: '纪委接不接受老百姓举报村干部', accept: [], ids: ['faq-report-official', 'discipline', 'faq-anonymous-report'] },
  { query: '法律援助中心怎么申请，要什么条件', accept: [], ids: ['faq-legal-aid', 'legal-aid', 'faq-institutions'] },
  { query: '信访的时候可以请律师替我出面吗', accept: [], ids: ['faq-lawyer-help', 'faq-agent', 'legal-aid'] },
  { query: '联席会议这个东西平时开给谁的，我能去那里递材料吗', accept: [], ids: ['faq-institutions', 'ch2-joint-meeting'] },
  { query: '妇联能帮被家暴的女的做些什么', accept: [], ids: ['faq-domestic-violence', 'domestic-violence', 'faq-institutions'] },
  { query: '复查是哪个单位负责的', accept: [], ids: ['faq-review-where', 'ch4-review'] },
  { query: '劳动仲裁委收到申请几天内决定受不受理', accept: ld(29), ids: ['labor-arbitration', 'faq-labour-award-appeal'] },
  { query: '行政复议机关一般要多少天作出决定', accept: fy(62), ids: ['faq-reconsideration-decision-time', 'admin-reconsideration'] },
  { query: '打12388那头接电话的是哪个部门', accept: [], ids: ['faq-hotlines', 'faq-anonymous-report', 'discipline'] },
  { query: '领导接访日是干嘛的，能见到大领导吗', accept: [], ids: ['faq-leaders-reception'] },
  { query: '信访局把我的事转给下面单位要多长时间', accept: [], ids: ['faq-bureau-15-days', 'ch3-fifteen-days', 'petition'] },
  { query: '检察院能管公安不立案的事吗', accept: [], ids: ['faq-police-not-file', 'litigation', 'faq-scammed'] },
  {
    query: '谁来督促那些不执行信访意见的单位',
    accept: [],
    ids: ['faq-support-not-executed', 'faq-supervision', 'faq-officials-accountable'],
  },
  { query: '信访局自己不作为我去哪告它', accept: [], ids: ['faq-complain-about-bureau', 'faq-xinfang-answer-not-sueable'] },
  {
    query: '讨薪找监察大队跟找仲裁委，两边处理起来差在哪',
    accept: [],
    ids: ['faq-labour-inspection', 'labor-inspection', 'faq-wages-owed', 'labor-arbitration'],
  },
  { query: '居委会能不能帮忙调解邻居吵架', accept: [], ids: ['mediation', 'faq-civil-dispute', 'faq-institutions'] },
]

export const HOLDOUT_BLIND5_QUERIES: EvalQuery[] = [
  ...BLIND5_SENTENCES,
  ...BLIND5_TRADITIONAL,
  ...BLIND5_PINYIN,
  ...BLIND5_SLANG,
  ...BLIND5_OUT_OF_SCOPE,
  ...BLIND5_INSTITUTIONS,
]
