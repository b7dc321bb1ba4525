Profile: GvhdOrganStagingObservation
Parent: Observation
Id: gvhd-organ-staging-observation
Title: "GvHD Organ Staging Observation"
Description: """
One assessment of graft-versus-host disease, organ by organ, on one date. For acute GvHD the MAGIC
stages (Harris 2016) of skin (0-4), liver (0-4), upper GI (0-1) and lower GI (0-4); for chronic GvHD
the NIH 2014 organ scores (Jagasia 2015, 0-3) of skin, mouth, eyes, GI tract, liver, lungs, joints and
fascia, and genital tract. The value is the overall grade or global severity derived from them; when
every organ is given, ball-hsct-45 / ball-hsct-46 check that it follows the criteria. `focus` is the
GvHD Condition assessed, whose `stage.assessment` points back here.
"""
* insert ProfileMetadata
* insert PatientObservation
* obeys ball-hsct-42 and ball-hsct-43 and ball-hsct-44 and ball-hsct-45 and ball-hsct-46
* insert ObservationCategory(exam, "Exam")
* code MS
* code from GvhdAssessmentVS (required)
* code ^short = "Acute GvHD organ staging (MAGIC) | chronic GvHD organ scoring (NIH 2014)"
* focus 1..1 MS
* focus only Reference(Condition)
* focus ^short = "The GvHD Condition assessed"
* effective[x] ^short = "Date of the assessment"
* value[x] MS
* value[x] only CodeableConcept
* valueCodeableConcept from GvhdGradeVS (extensible)
* value[x] ^short = "MAGIC overall grade 0-IV | NIH global severity"
* component MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #open
* component ^slicing.description = "Slice on component.code: one slice per organ."
* insert OrganStage(magicSkin, magic-skin-stage, "Acute GvHD skin stage (MAGIC\)")
* insert OrganStage(magicLiver, magic-liver-stage, "Acute GvHD liver stage (MAGIC\)")
* insert OrganStage(magicUpperGi, magic-upper-gi-stage, "Acute GvHD upper GI stage (MAGIC\)")
* insert OrganStage(magicLowerGi, magic-lower-gi-stage, "Acute GvHD lower GI stage (MAGIC\)")
* insert OrganStage(nihSkin, nih-skin-score, "Chronic GvHD skin score (NIH 2014\)")
* insert OrganStage(nihMouth, nih-mouth-score, "Chronic GvHD mouth score (NIH 2014\)")
* insert OrganStage(nihEyes, nih-eyes-score, "Chronic GvHD eyes score (NIH 2014\)")
* insert OrganStage(nihGi, nih-gi-score, "Chronic GvHD gastrointestinal tract score (NIH 2014\)")
* insert OrganStage(nihLiver, nih-liver-score, "Chronic GvHD liver score (NIH 2014\)")
* insert OrganStage(nihLung, nih-lung-score, "Chronic GvHD lung score (NIH 2014\)")
* insert OrganStage(nihJointsFascia, nih-joints-fascia-score, "Chronic GvHD joints and fascia score (NIH 2014\)")
* insert OrganStage(nihGenital, nih-genital-score, "Chronic GvHD genital tract score (NIH 2014\)")

// One organ of a GvHD staging: a local code and an integer stage or score.
RuleSet: OrganStage(slice, code, display)
* component contains {slice} 0..1 MS
* component[{slice}] ^short = {display}
* component[{slice}].code = $local#{code} {display}
* component[{slice}].value[x] 1..1
* component[{slice}].value[x] only integer
