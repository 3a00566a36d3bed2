/** Print-ready PDFs of the guide map and the posters (the same files as `cli -- print`), for editors. */
import { POSTERS } from '../../src/content/media'

export function PrintPage() {
  return (
    <section>
      <h1 className='page-title'>印刷品下载</h1>
      <p className='muted small'>
        与小程序同一份内容生成的印刷文件（PDF，含 3 毫米出血）。每个二维码都是本局公开网址下的短链接，扫码进入小程序或网页的对应页面。服务器未设置
        PUBLIC_BASE（或本局配置仍是示例）时无法生成。
      </p>
      <ul className='list'>
        <li className='card row-between'>
          <span>依法信访引导图（A3，张贴用）</span>
          <a className='btn' href='/api/admin/print/guide.pdf?size=A3' download='guide-map-A3.pdf'>
            下载 A3
          </a>
        </li>
        <li className='card row-between'>
          <span>依法信访引导图（A4，发放用）</span>
          <a className='btn' href='/api/admin/print/guide.pdf?size=A4' download='guide-map-A4.pdf'>
            下载 A4
          </a>
        </li>
        {POSTERS.map((p) => (
          <li key={p.id} className='card row-between'>
            <span>海报：{p.title}（A4）</span>
            <a className='btn' href={`/api/admin/print/posters/${p.id}.pdf`} download={`poster-${p.id}.pdf`}>
              下载
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
