/**
 * The staff API's request and answer types, from the one contract (contract.ts). Type-only
 * exports, so the console bundles none of TypeBox.
 */
export type {
  StaffLoginRequest,
  StaffSessionResponse,
  StaffAccount,
  StaffListResponse,
  StaffCreateRequest,
  StaffEventSummary,
  StaffEventListResponse,
  RevealPhoneResponse,
  AuditPage
} from './contract'
