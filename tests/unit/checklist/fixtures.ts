/** Applicants for the checklist tests: the engine's base applicants (tests/unit/engine/cases.ts). */
import type { Answers } from '@/engine/answers'
import { BASES } from '../engine/cases'

export const ENGINEER_ENTERPRISE: Answers = structuredClone(BASES.engineer)

/** The same engineer in a public institution (within the post ratio, approved in the system). */
export const ENGINEER_PUBLIC: Answers = {
  ...structuredClone(BASES.engineer),
  unitType: 'public-institution',
  withinPostRatio: true,
  approvedInPersonnelSystem: true,
}

export const SENIOR: Answers = structuredClone(BASES.senior)
export const PRINCIPAL: Answers = structuredClone(BASES.principal)
