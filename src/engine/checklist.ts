/**
 * The checklist: the pack's materials whose condition (`When`) holds for the applicant, with the
 * reason each applies, its clauses and the inferences it rests on. Pure data in, data out.
 */
import type { Answers, EducationPlace } from './answers'
import { msg, type Message, type MessageParams } from './messages'
import { trackDef, type MaterialDef, type RulePack, type When } from './pack'
import type { Bilingual, ChecklistEntry, PathId, TrackId } from './types'

/** The applicant's facts a material's condition can test. */
export interface Facts {
  track: TrackId
  path: PathId | null
  unitType?: 'enterprise' | 'public-institution'
  residency?: 'mainland' | 'hmt' | 'foreign'
  educationUpload: boolean
  /** The inference the upload verdict rests on, if any. */
  educationUploadInference?: string
  educationPlace?: EducationPlace
  socialSecurityOtherProvince: boolean
}

/** Whether the education records must be uploaded (not extracted automatically), and on what inference. */
export function educationUpload<C extends string>(
  a: Answers,
  pack: RulePack<C>,
): { upload: boolean; inference?: string } {
  const e = a.education
  if (!e?.level) return { upload: false }
  const place = e.obtainedIn ? pack.params.educationUploadPlaces[e.obtainedIn] : undefined
  if (place) return place.inference ? { upload: true, inference: place.inference } : { upload: true }
  if (pack.params.educationNotExtractable.value.includes(e.level))
    return { upload: true, inference: pack.params.educationNotExtractable.inference }
  if (e.year === undefined) return { upload: false }
  const auto = pack.params.educationAutoFromYear
  const ambiguous = pack.params.educationAmbiguousYears
  if (e.year >= auto.value) return { upload: false }
  return ambiguous.value.includes(e.year) ? { upload: true, inference: ambiguous.inference } : { upload: true }
}

/** Inferences a material's condition rests on for this applicant. */
function whenInferences(when: When, f: Facts): string[] {
  if ('all' in when) return when.all.flatMap((w) => whenInferences(w, f))
  if ('any' in when) return when.any.flatMap((w) => whenInferences(w, f))
  if ('not' in when) return whenInferences(when.not, f)
  if ('educationUpload' in when && f.educationUploadInference) return [f.educationUploadInference]
  return []
}

export function matches(when: When, f: Facts): boolean {
  if ('always' in when) return true
  if ('all' in when) return when.all.every((w) => matches(w, f))
  if ('any' in when) return when.any.some((w) => matches(w, f))
  if ('not' in when) return !matches(when.not, f)
  if ('track' in when) return when.track.includes(f.track)
  if ('path' in when) return f.path !== null && when.path.includes(f.path)
  if ('unitType' in when) return f.unitType === when.unitType
  if ('residency' in when) return f.residency !== undefined && when.residency.includes(f.residency)
  if ('educationUpload' in when) return f.educationUpload
  if ('educationObtainedIn' in when)
    return f.educationPlace !== undefined && when.educationObtainedIn.includes(f.educationPlace)
  if ('socialSecurityOtherProvince' in when) return f.socialSecurityOtherProvince
  return false
}

function reasonFor<C extends string>(mat: MaterialDef<C>, f: Facts, pack: RulePack<C>): Message {
  const key = `reason.${mat.reason}` as const
  if (key === 'reason.evidence-years')
    return msg(key, { track: f.track, years: trackDef(pack, f.track).evidenceYears.value })
  if (key === 'reason.ce-years')
    return msg(key, { track: f.track, years: trackDef(pack, f.track).ceYears.value.join(',') })
  return { key, params: { track: f.track } as MessageParams['reason.always'] } as Message
}

/** Fills `{param}` in a material's texts from the pack's parameters, so no value is typed twice. */
function fillParams<C extends string>(b: Bilingual, pack: RulePack<C>): Bilingual {
  const values: Record<string, number> = {
    publicityWorkingDays: pack.params.publicityWorkingDays.value,
    selfScoreMin: pack.params.selfScoreMin.value,
  }
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (whole, k: string) => (k in values ? String(values[k]) : whole))
  return { zh: fill(b.zh), en: fill(b.en) }
}

export function checklist<C extends string>(pack: RulePack<C>, f: Facts): ChecklistEntry<C>[] {
  return pack.materials
    .filter((mat) => matches(mat.when, f))
    .map((mat) => {
      const entry: ChecklistEntry<C> = {
        id: mat.id,
        group: mat.group,
        title: fillParams(mat.title, pack),
        detail: fillParams(mat.detail, pack),
        reason: reasonFor(mat, f, pack),
        clauses: [...mat.clauses],
        byOthers: mat.byOthers === true,
        inferences: [...(mat.inference ? [mat.inference] : []), ...whenInferences(mat.when, f)],
      }
      if (mat.copies !== undefined) entry.copies = mat.copies
      return entry
    })
}

/** The facts of an applicant for the checklist, once the path is known. */
export function factsOf<C extends string>(a: Answers, pack: RulePack<C>, track: TrackId, path: PathId | null): Facts {
  const up = educationUpload(a, pack)
  return {
    track,
    path,
    unitType: a.unitType,
    residency: a.residency,
    educationUpload: up.upload,
    ...(up.inference ? { educationUploadInference: up.inference } : {}),
    ...(a.education?.obtainedIn ? { educationPlace: a.education.obtainedIn } : {}),
    socialSecurityOtherProvince: a.socialSecurityOtherProvince === true,
  }
}
