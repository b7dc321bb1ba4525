Profile: DiseaseStatusObservation
Parent: Observation
Id: disease-status-observation
Title: "Disease Status Observation"
Description: """
A clinician's assessment of the leukaemia at one point in time: in full remission, worsened (relapse)
and so on, with the disease phase (remission, relapse, refractory) and the results it rests on
(marrow blasts, MRD, chimerism, karyotype). A series of these records the course of the one B-ALL
Condition they all focus on (the mCODE cancer-disease-status pattern). An MRD-negative complete
remission is 'In full remission' with the negative MRD result in derivedFrom.
"""
* insert ProfileMetadata
* insert PatientObservation
* extension contains DiseaseStatusEvidenceType named evidenceType 0..* MS
* extension[evidenceType] ^short = "Evidence: laboratory data interpretation"
* code = $loinc#97509-4 "Cancer disease progression"
* code MS
* focus 1..1 MS
* focus only Reference(BAllCondition)
* focus ^short = "The B-ALL being assessed"
* value[x] 1..1 MS
* value[x] only CodeableConcept
* valueCodeableConcept from DiseaseStatusVS (preferred)
* valueCodeableConcept ^short = "In full remission | worsened | improved | stable | …"
* component MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #open
* component ^slicing.description = "Slice on component.code."
* component contains phase 0..1 MS
* component[phase] ^short = "Disease phase: remission | relapse | refractory"
* component[phase].code = $local#disease-phase "Disease phase"
* component[phase].value[x] 1..1
* component[phase].value[x] only CodeableConcept
* component[phase].valueCodeableConcept from DiseasePhaseVS (extensible)
* derivedFrom MS
* derivedFrom only Reference(MarrowBlastObservation or MrdObservation or ChimerismObservation or KaryotypeObservation or ImmunophenotypeObservation or MolecularScreenObservation or CsfObservation or EngraftmentObservation)
* derivedFrom ^short = "Results the assessment rests on"
