import type { EventData } from '@/hooks/useEvent'
import { ROUTES } from '@/routes'
import { go } from '@/services/nav'
import { PageShell } from '../PageShell'
import { StateView } from '../StateView'

export interface EventLoadStateProps {
  /** useEvent's state while it is not ready. */
  data: Exclude<EventData, { kind: 'ready' }>
  reload: () => void
  loadingTitle?: string
  errorTitle?: string
}

/**
 * The event pages' loading and error screens: a missing event leads back to the calendar
 * (retrying cannot help), any other failure offers 重试.
 */
export function EventLoadState({ data, reload, loadingTitle = '正在加载…', errorTitle = '活动信息加载失败' }: EventLoadStateProps) {
  return (
    <PageShell>
      {data.kind === 'loading' ? (
        <StateView kind='loading' title={loadingTitle} />
      ) : data.missing ? (
        <StateView kind='error' title='没有找到这场活动' hint={data.message} actionLabel='返回活动日历' onAction={() => go(ROUTES.events)} />
      ) : (
        <StateView kind='error' title={errorTitle} hint={data.message} actionLabel='重试' onAction={reload} />
      )}
    </PageShell>
  )
}
