/**
 * HELD-OUT off-topic queries: questions the app has no answer for. Never tune on them.
 *
 * Written BLIND on 2026-11-30 (around 20:50 UTC) by a helper session of the project (branch
 * offtopic), before any engine change: its writer read only what the app answers (src/content/faq.ts,
 * src/content/guide/channels.ts, src/content/explainers.ts, the four laws in src/content/laws/ and the
 * help about using the app), never src/core/search/, scripts/bench/, the README's figures or the other
 * held-out files, and ran neither the search engine nor the bench.
 *
 * Every query here is something people could type into the 问答 search box on a phone (short and
 * long, colloquial, some typos, some pinyin, about one in ten in 繁体) that NOTHING in the app's
 * content answers: no grievance, dispute, complaint about an official, legal right or petition
 * question. The honest result for each is 「没找到合适的答案」 (with the guide map and hotlines), not
 * a weak match.
 *
 * Mix (100 queries): 40 everyday life with no legal trouble (40 %), 35 that share words with the
 * app's vocabulary but mean something else (35 %), 25 government-ish or public-service questions
 * that are neither legal trouble nor petition procedure (25 %).
 *
 * Split, fixed before anything was run: each part was written as one list, its 繁体 queries at every
 * tenth place (and the 75th of the public-service part); the 3rd, 6th, 9th … query of each list went
 * to the held-out file (tests/search/holdout-offtopic-queries.ts), the rest to the tuning file
 * (tests/search/offtopic-queries.ts).
 * Never tune on this file: the bench may report it beside the tuning figures, nothing may be changed
 * to make it pass.
 */

/** Everyday life with no legal trouble: weather, food, health, travel, phones, homework, sport, greetings. */
export const HOLDOUT_OFFTOPIC_EVERYDAY: readonly string[] = [
  '谢谢',
  '红烧肉怎么座',
  '晚上老是睡不着怎么办',
  '减肥晚饭吃什么',
  '手机内存满了怎么清理',
  '鸡兔同笼这种题怎么算',
  '英语单词怎么背记得牢',
  '讲个笑话',
  '饺子馅怎么调才好吃',
  '失眠可以吃褪黑激素嗎',
  '绿萝叶子发黄怎么回事',
  '降压药饭前吃还是饭后吃',
  '象棋残局怎么破',
  '跑步膝盖疼怎么办',
  '春晚几点开始',
  '粽子怎么包不漏米',
  'kele jichi zuofa',
  '蓝牙耳机连不上手机',
  '输入法怎么切换成手写',
  '手機電池很快沒電怎麼辦',
  '红楼梦讲的是什么故事',
  '九九乘法表',
  '初二物理浮力怎么理解',
  '毛衣缩水了怎么恢复',
  '厨房油烟机怎么清洗',
  '酸菜鱼怎么做不腥',
  '孕妇能吃螃蟹吗',
  '牙龈出血是上火吗',
  '一天喝多少水合适',
  '小朋友一直咳嗽怎麼辦',
  '怎么订便宜的机票',
  '网购衣服尺码怎么选',
  '老年机哪个牌子好',
  '快手怎么开直播',
  '手机冲不进电',
  '现在几点了',
  '属狗的人明年运势怎么样',
  '好的知道了',
  '我饿了',
  '來猜個謎語吧',
]

/** Words the app uses (信, 访, 法, 律师, 复查, 调, 裁, 报名, 字体, 分享 …) meaning something else, with no legal trouble at all. */
export const HOLDOUT_OFFTOPIC_SHARED_WORDS: readonly string[] = [
  '访客模式怎么关',
  '附近哪里可以复印身份证',
  '仲夏夜之梦是谁写的',
  '法式面包怎么做',
  '法拉利最便宜的车多少钱',
  '毛笔楷书字帖推荐',
  '减法竖式怎么列',
  '斗地主出牌技巧',
  '信封上的地址和邮编怎么写',
  '法式吐司要用什麼麵包',
  '浏览器访问网页很慢',
  '医院复查要空腹吗',
  '终结者一共有几部',
  '保护视力的眼保健操怎么做',
  '劳动节放几天假',
  '儿童电话手表哪个牌子好',
  '公司年会活动策划方案',
  'word文档字体怎么统一改',
  '邮票收藏还值钱吗',
  '超商的事務機可以掃描文件嗎',
  'QQ号怎么申请',
  '牛奶保质期一般多久',
  '人民的名义这部电视剧好看吗',
  '名侦探柯南最新一集',
  '酒店前台接待工作累不累',
  '知乎问答怎么提问',
  '权力的游戏第八季为什么被骂',
  '药品过了有效期还能吃吗',
  '心里烦闷想找人倾诉',
  '鋼筆字怎麼練才會好看',
  '毕业论文答辩怎么准备',
  '电脑老是弹出安全警告怎么关',
  '课代表要做些什么',
  '背诵课文有什么好方法',
  'fashi tiandian you naxie',
]

/** Public services and government-ish questions that are not legal trouble or petition procedure: documents, transport, hospitals, exams, weather warnings, tax, the city. */
export const HOLDOUT_OFFTOPIC_PUBLIC_SERVICE: readonly string[] = [
  '港澳通行证续签在哪办',
  '驾照到期换证需要体检吗',
  '去火车站坐几路公交',
  '市人民医院几点上班',
  '中考成绩什么时候出来',
  '普通话证书怎么查',
  '个人所得税怎么算',
  '公级金怎么提取',
  '新生儿怎么上户口',
  '公車幾點開始營運',
  '博物馆参观要预约吗',
  '垃圾分类怎么分',
  '燃气费在哪交',
  '停水通知在哪看',
  '考公务员怎么报名',
  '人口普查几年一次',
  '城市马拉松那天哪些路段交通管制',
  '机场大巴时刻表',
  '营业执照怎么办',
  '颱風警報發布後要停班停課嗎',
  '新地铁线什么时候通车',
  '房产证怎么办理',
  '市民卡怎么办',
  '老年大学怎么报名',
  '汽車過戶需要帶什麼文件',
]

/** All of them, in the order above. */
export const HOLDOUT_OFFTOPIC_QUERIES: readonly string[] = [...HOLDOUT_OFFTOPIC_EVERYDAY, ...HOLDOUT_OFFTOPIC_SHARED_WORDS, ...HOLDOUT_OFFTOPIC_PUBLIC_SERVICE]
