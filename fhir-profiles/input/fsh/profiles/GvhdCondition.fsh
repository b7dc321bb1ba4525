Profile: GvhdCondition
Parent: Condition
Id: gvhd-condition
Title: "Graft-versus-Host Disease"
Description: """
Acute or chronic graft-versus-host disease after an allogeneic transplant (or a donor lymphocyte
infusion), with its onset date, its grade and links to what caused it and to the leukaemia.
Acute GvHD is graded by MAGIC (Harris 2016): `stage.summary` = overall grade 0-IV, `stage.type` = MAGIC,
`stage.assessment` = the GvHD Organ Staging Observation holding the skin, liver, upper and lower GI
stages. Chronic GvHD is graded by NIH 2014 (Jagasia 2015) the same way: global severity (mild,
moderate, severe) as `stage.summary`, organ scores 0-3 in the assessed Observation. `severity` may
carry the same mild / moderate / severe in SNOMED CT when only the word is reported (no grading system
stated). 'No acute GvHD occurred' is recorded as an acute GvHD Condition with verificationStatus
refuted; leave out the problem-list-item category there, so core rule con-3 does not ask for a
clinicalStatus.
"""
* insert ProfileMetadata
* insert PatientCondition
* obeys ball-hsct-41 and ball-hsct-49
* extension contains
    $condition-dueTo named dueTo 1..1 MS and
    $condition-related named related 0..* MS
* extension[dueTo] ^short = "The transplant (or donor lymphocyte infusion) that caused it"
* extension[dueTo].value[x] only Reference(Procedure)
* extension[related] ^short = "The leukaemia"
* extension[related].value[x] only Reference(Condition)
* code 1..1 MS
* code from GvhdTypeVS (required)
* code ^short = "Acute | chronic graft-versus-host disease"
* onset[x] ^short = "Date of onset (diagnosis) of this GvHD"
* severity MS
* severity ^short = "Overall severity as reported: mild | moderate | severe"
* stage MS
* stage obeys ball-hsct-40
* stage ^short = "MAGIC overall grade (acute) or NIH 2014 global severity (chronic)"
* stage.summary MS
* stage.summary from GvhdGradeVS (extensible)
* stage.summary ^short = "MAGIC grade 0-IV | NIH mild / moderate / severe"
* stage.type MS
* stage.type from GvhdGradingSystemVS (extensible)
* stage.type ^short = "MAGIC | NIH 2014"
* stage.assessment MS
* stage.assessment only Reference(Observation)
* stage.assessment ^short = "The organ staging / scoring Observation the grade was derived from"
* bodySite MS
* bodySite ^short = "Organs involved"
