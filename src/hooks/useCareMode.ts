import { useEffect, useState } from 'react'
import { isCareMode, onCareModeChange, setCareMode } from '../services/care-mode'

/** The 关怀模式 switch, shared by every page and remembered across launches. */
export function useCareMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(isCareMode)
  useEffect(() => onCareModeChange(setOn), [])
  return [on, setCareMode]
}
