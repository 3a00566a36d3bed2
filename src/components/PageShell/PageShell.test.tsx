import { act, render } from '@testing-library/react'
import { __reset } from '../../../tests/component/taro-mock'
import { setCareMode } from '@/services/care-mode'
import { PageShell } from './index'

beforeEach(() => __reset())

test('renders children inside a .page root without 关怀模式 by default', () => {
  const { container, getByText } = render(<PageShell>内容</PageShell>)
  expect(getByText('内容')).toBeTruthy()
  const root = container.firstElementChild!
  expect(root.className).toContain('page')
  expect(root.className).not.toContain('care')
})

test('a switch elsewhere turns 关怀模式 on for an open page, and it is remembered', () => {
  const first = render(<PageShell>甲</PageShell>)
  act(() => setCareMode(true))
  expect(first.container.firstElementChild!.className).toContain('care')
  first.unmount()
  // A page opened later (or after a relaunch) reads the stored switch.
  const second = render(<PageShell>乙</PageShell>)
  expect(second.container.firstElementChild!.className).toContain('care')
})
