/** The questions citizens searched for without a useful answer (the search-miss report), for editors. */
import { useEffect, useState } from 'react'
import { api, ApiFailure } from './api'
import type { SearchFeedbackReport } from '../../src/core/feedback/contract'

export function SearchMisses() {
  const [report, setReport] = useState<SearchFeedbackReport | null>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    api<SearchFeedbackReport>('GET', '/api/admin/feedback/search?days=30&limit=20').then(setReport, (e) =>
      setError(e instanceof ApiFailure ? e.message : '加载失败')
    )
  }, [])
  return (
    <section>
      <h1 className='page-title'>没找到答案的提问</h1>
      <p className='muted small'>近 30 天市民在「问答」里搜索后没找到合适答案、或标记「没有帮助」的问题（已去除数字和姓名，不含任何身份信息）。可据此补充问答内容。</p>
      {error ? (
        <p className='error' role='alert'>
          {error}
        </p>
      ) : null}
      {report && report.queries.length === 0 ? <p className='card muted'>近 30 天没有记录。</p> : null}
      <ul className='list'>
        {report?.queries.map((q) => (
          <li key={q.query} className='card row-between'>
            <span>{q.query}</span>
            <span className='muted small'>
              没找到 {q.misses} 次 · 没有帮助 {q.unhelpful} 次
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
