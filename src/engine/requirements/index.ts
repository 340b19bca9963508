/**
 * Every requirement the engine can evaluate, one module each. A pack says which apply to which
 * track (`tracks[t].requirements`) and which are alternatives (`alternatives`); `assess` composes them.
 */
import type { Ctx } from '../context'
import type { RequirementId, RequirementResult } from '../types'
import { ability } from './ability'
import { assessment } from './assessment'
import { continuingEducation } from './continuing-education'
import { discipline } from './discipline'
import { educationSeniority } from './education-seniority'
import { evidence } from './evidence'
import { exceptional } from './exceptional'
import { political } from './political'
import { provincialConditions } from './provincial-conditions'
import { publicInstitution } from './public-institution'
import { retirement } from './retirement'
import { scope } from './scope'
import { selfScore } from './self-score'
import { skilledTalent } from './skilled-talent'
import { socialSecurity } from './social-security'

/** `primary`: for a requirement that is the alternative of another, that other's result. */
export type Evaluate = <C extends string>(ctx: Ctx<C>, primary?: RequirementResult<C>) => RequirementResult<C>

export const REQUIREMENTS: Record<RequirementId, Evaluate> = {
  scope,
  retirement,
  political,
  ability,
  'education-seniority': educationSeniority,
  exceptional: (ctx, primary) => {
    if (!primary) throw new Error('exceptional: the pack declares no primary route for it on this track')
    return exceptional(ctx, primary)
  },
  'provincial-conditions': provincialConditions,
  'self-score': selfScore,
  'skilled-talent': skilledTalent,
  assessment,
  evidence,
  'public-institution': publicInstitution,
  'continuing-education': continuingEducation,
  'social-security': socialSecurity,
  discipline,
}
