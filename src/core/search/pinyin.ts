/**
 * Pinyin typed in the search box (`xinfang`, `fuhe`, `xf`, `xinfang去哪`): splitting a latin run
 * into syllables and initials. No dictionary here: which characters a syllable stands for comes
 * from the build-time table inside the search index.
 */

/** Toneless Mandarin syllables (ü written v), as produced by the build-time table. */
const SYLLABLE_LIST =
  'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'

export const SYLLABLES: ReadonlySet<string> = new Set(SYLLABLE_LIST.split(' '))

/** Spellings people type for ü-syllables. */
const ALIASES: Record<string, string> = { lue: 'lve', nue: 'nve' }

const INITIALS = new Set('b p m f d t n l g k h j q x zh ch sh r z c s y w'.split(' '))

/** One piece of typed pinyin: a whole syllable, or only its initial (`x` in `xf`, `f` in `xinf`). */
export interface PinyinPiece {
  py: string
  full: boolean
}

/** The first letter of a syllable, which is what initials-typing (`xf` for 信访) uses. */
export function initialOf(syllable: string): string {
  return syllable[0]
}

/**
 * Splits a latin run into pinyin pieces, preferring whole syllables (cost 1) over bare
 * initials (cost 1.6); null when the run cannot be read as pinyin at all.
 * `xinfang` → xin fang; `fucha` → fu cha; `xf` → x f; `xinf` → xin f.
 */
export function splitPinyin(text: string): PinyinPiece[] | null {
  return split(text, true)
}

/**
 * Pinyin typed with tone numbers (「xin4 fang3」, 「fu4he2」), read without them: when two or more
 * syllables each carry a digit 1–5 and every such marked word is a syllable. Anything else keeps its
 * digits (「A4纸」, 「u1s1」, 12345).
 */
export function withoutToneNumbers(text: string): string {
  const marked = text.match(/[a-z]+[1-5](?![0-9])/g)
  if (!marked || marked.length < 2 || !marked.every((m) => SYLLABLES.has(m.slice(0, -1)))) return text
  return text.replace(/([a-z]+)[1-5](?![0-9])/g, '$1')
}

/**
 * Splits a latin run into whole syllables only, except that the last piece may be a bare initial
 * (the user is still typing it): `xinfang` → xin fang, `xinf` → xin f; null for `hello`
 * (he l lo: an initial in the middle), `asdf`, `abc`: letters that are not a run of syllables.
 */
export function splitSyllables(text: string): PinyinPiece[] | null {
  return split(text, false)
}

/**
 * Longest latin run read as pinyin. A sentence typed in pinyin is long: 「wo de shen fen zheng guo qi
 * le hai neng qu jie dai chu deng ji ma」 has 48 letters, and at 40 it was read a syllable at a time
 * (申 分 政 …). Batches 82–92 of the tuning set on arrival: hit@1/hit@3 84.5/93.4 → 85.7/94.6 %.
 */
const MAX_PINYIN_LETTERS = 160

/** Cheapest split into syllables and initials; `initialsAnywhere` false allows an initial only last. */
function split(text: string, initialsAnywhere: boolean): PinyinPiece[] | null {
  const s = text.toLowerCase()
  const n = s.length
  if (!n || n > MAX_PINYIN_LETTERS) return null
  const cost = new Array<number>(n + 1).fill(Infinity)
  const back = new Array<[number, PinyinPiece] | null>(n + 1).fill(null)
  cost[0] = 0
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue
    for (let len = 1; len <= 6 && i + len <= n; len++) {
      const part = s.slice(i, i + len)
      const syl = SYLLABLES.has(part) ? part : ALIASES[part]
      let piece: PinyinPiece | null = null
      let c = 0
      if (syl) {
        piece = { py: syl, full: true }
        c = 1
      } else if (INITIALS.has(part) && (initialsAnywhere || i + len === n)) {
        piece = { py: part[0], full: false }
        c = 1.6
      }
      if (piece && cost[i] + c < cost[i + len]) {
        cost[i + len] = cost[i] + c
        back[i + len] = [i, piece]
      }
    }
  }
  if (cost[n] === Infinity) return null
  const pieces: PinyinPiece[] = []
  for (let k = n; k > 0; ) {
    const [prev, piece] = back[k]!
    pieces.unshift(piece)
    k = prev
  }
  return pieces
}

/** Does a syllable fit a piece (whole syllable equal, or initial matches)? */
export function pieceMatches(piece: PinyinPiece, syllable: string): boolean {
  return piece.full ? piece.py === syllable : syllable[0] === piece.py
}
