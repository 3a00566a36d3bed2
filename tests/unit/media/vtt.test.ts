import { coveredSeconds, cueAt, formatTimestamp, formatVtt, parseTimestamp, parseVtt, VttError } from '../../../src/core/media/vtt'

const SAMPLE = `WEBVTT - 信访事项怎么走

NOTE 这是注释，应当跳过

1
00:00:00.000 --> 00:00:02.500
信访事项怎么走

2
00:00:02.500 --> 00:01:05.250 align:center line:90%
可以采用信息网络、书信、
电话、传真、走访等形式

00:01:10.000 --> 00:01:12.000
没有编号的一条
`

describe('parseVtt', () => {
  it('reads cues with ids, settings, multi-line text and NOTE blocks', () => {
    const cues = parseVtt(SAMPLE)
    expect(cues).toEqual([
      { id: '1', start: 0, end: 2.5, text: '信访事项怎么走' },
      { id: '2', start: 2.5, end: 65.25, text: '可以采用信息网络、书信、\n电话、传真、走访等形式' },
      { start: 70, end: 72, text: '没有编号的一条' }
    ])
  })

  it('accepts CRLF line endings, a BOM and mm:ss.ttt timestamps', () => {
    const cues = parseVtt('\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n第三十五条\r\n')
    expect(cues).toEqual([{ start: 1, end: 2, text: '第三十五条' }])
  })

  it('returns no cues for a header-only file', () => {
    expect(parseVtt('WEBVTT\n')).toEqual([])
  })

  it('throws on a missing header', () => {
    expect(() => parseVtt('00:00.000 --> 00:01.000\n文字\n')).toThrow(/missing "WEBVTT" header/)
    expect(() => parseVtt('')).toThrow(VttError)
  })

  it('throws on malformed timestamps with the line number', () => {
    expect(() => parseVtt('WEBVTT\n\n00:00:01,000 --> 00:00:02.000\n逗号不行\n')).toThrow(/line 3: malformed timestamp "00:00:01,000"/)
    expect(() => parseVtt('WEBVTT\n\n0:61.000 --> 1:02.000\n秒数超界\n')).toThrow(/malformed timestamp/)
  })

  it('throws on a block without a timing line', () => {
    expect(() => parseVtt('WEBVTT\n\n只有文字\n没有时间\n')).toThrow(/line 3: expected a cue timing line/)
  })

  it('throws when a cue ends before it starts', () => {
    expect(() => parseVtt('WEBVTT\n\n00:00:05.000 --> 00:00:04.000\n倒流\n')).toThrow(/ends .* before or when it starts/)
  })

  it('throws when two cues are not separated by a blank line', () => {
    expect(() => parseVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n一\n00:00:02.000 --> 00:00:03.000\n二\n')).toThrow(/missing blank line/)
  })

  it('throws on a timing line without an arrow', () => {
    expect(() => parseVtt('WEBVTT\n\nid\n00:00:01.000 00:00:02.000\n文字\n')).toThrow(/expected a cue timing line/)
  })
})

describe('cueAt', () => {
  const cues = parseVtt(SAMPLE)

  it('finds the cue showing at a time (start inclusive, end exclusive)', () => {
    expect(cueAt(cues, 0)?.id).toBe('1')
    expect(cueAt(cues, 2.499)?.id).toBe('1')
    expect(cueAt(cues, 2.5)?.id).toBe('2')
    expect(cueAt(cues, 71)?.text).toBe('没有编号的一条')
  })

  it('returns null between cues, after the end, before the start and for NaN', () => {
    expect(cueAt(cues, 66)).toBeNull()
    expect(cueAt(cues, 72)).toBeNull()
    expect(cueAt(cues, -1)).toBeNull()
    expect(cueAt(cues, Number.NaN)).toBeNull()
    expect(cueAt([], 1)).toBeNull()
  })

  it('prefers the latest-starting cue when cues overlap', () => {
    const overlapping = [
      { start: 0, end: 10, text: 'long' },
      { start: 4, end: 6, text: 'short' }
    ]
    expect(cueAt(overlapping, 5)?.text).toBe('short')
    expect(cueAt(overlapping, 7)?.text).toBe('long')
  })
})

describe('timestamps and formatting', () => {
  it('round-trips timestamps', () => {
    expect(parseTimestamp('01:02:03.456')).toBeCloseTo(3723.456, 6)
    expect(formatTimestamp(3723.456)).toBe('01:02:03.456')
    expect(formatTimestamp(0)).toBe('00:00:00.000')
  })

  it('formatVtt output parses back to the same cues', () => {
    const cues = [
      { start: 0, end: 1.5, text: '一' },
      { start: 1.5, end: 3, text: '二\n第二行' }
    ]
    expect(parseVtt(formatVtt(cues)).map(({ start, end, text }) => ({ start, end, text }))).toEqual(cues)
  })

  it('coveredSeconds merges overlaps and clips to the duration', () => {
    expect(coveredSeconds([{ start: 0, end: 2, text: 'a' }, { start: 1, end: 3, text: 'b' }, { start: 5, end: 12, text: 'c' }], 10)).toBeCloseTo(8, 6)
  })
})
