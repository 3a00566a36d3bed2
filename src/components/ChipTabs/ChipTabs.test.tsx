import { fireEvent, render } from '@testing-library/react'
import { ChipTabs } from './index'

test('marks the selected chip and reports the tapped one', () => {
  const onSelect = jest.fn()
  const { container, getByText } = render(
    <ChipTabs ariaLabel='选择章节' selected={2} onSelect={onSelect} tabs={[{ key: 1, label: '第一章', ariaLabel: '第一章 总则' }, { key: 2, label: '第二章' }]} />
  )
  expect(container.querySelector('[role="tablist"]')!.getAttribute('aria-label')).toBe('选择章节')
  expect(container.querySelector('[aria-selected="true"]')!.textContent).toBe('第二章')
  expect(container.querySelector('[aria-label="第一章 总则"]')!.className).not.toContain('chip-active')
  fireEvent.click(getByText('第一章'))
  expect(onSelect).toHaveBeenCalledWith(1)
})
