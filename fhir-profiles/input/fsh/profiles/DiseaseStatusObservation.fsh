Profile: DiseaseStatusObservation
Parent: Observation
Id: disease-status-observation
Title: "Disease Status Observation"
Description: """
A clinician's assessment of the leukaemia at one point in time: in full remission, worsened (relapse)
and so on, with the disease phase (remission, relapse, refractory after relapse, primary refractory), the
remission number (CR1, CR2, CR3 or later) or relapse number, the MRD status, and the results it rests on
(marrow blasts, MRD, chimerism, genetic findings). A series of these records the course of the one B-ALL
Condition they all focus on (the mCODE cancer-disease-status pattern). The status *at transplant* (CIBMTR
form 2400 / EBMT MED-A "status at HCT") is the one a transplant Procedure points at with its
disease-status-at-transplant extension; for example "CR2, MRD-negative" is In full remission + phase
remission + remission number CR2 + MRD status Not detected, with the negative MRD result in derivedFrom.
"""
* insert ProfileMetadata
* insert PatientObservation
* obeys ball-hsct-11
* extension contains DiseaseStatusEvidenceType named evidenceType 0..* MS
* extension[evidenceType] ^short = "Evidence: laboratory data interpretation"
* code = $loinc#97509-4 "Cancer disease progression"
* code MS
* focus 1..1 MS
* focus only Reference(Condition)
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
* component contains
    phase 0..1 MS and
    remissionNumber 0..1 MS and
    relapseNumber 0..1 MS and
    mrdStatus 0..1 MS
* component[phase] ^short = "Disease phase: remission | relapse | refractory | primary refractory"
* component[phase].code = $local#disease-phase "Disease phase"
* component[phase].value[x] 1..1
* component[phase].value[x] only CodeableConcept
* component[phase].valueCodeableConcept from DiseasePhaseVS (extensible)
* component[remissionNumber] ^short = "CR1 | CR2 | CR3 or later (with phase remission)"
* component[remissionNumber].code = $local#remission-number "Complete remission number"
* component[remissionNumber].value[x] 1..1
* component[remissionNumber].value[x] only CodeableConcept
* component[remissionNumber].valueCodeableConcept from RemissionNumberVS (required)
* component[relapseNumber] ^short = "First | second | third or later relapse (with phase relapse or refractory)"
* component[relapseNumber].code = $local#relapse-number "Relapse number"
* component[relapseNumber].value[x] 1..1
* component[relapseNumber].value[x] only CodeableConcept
* component[relapseNumber].valueCodeableConcept from RelapseNumberVS (required)
* component[mrdStatus] ^short = "MRD not detected | detected | positive not quantifiable at this assessment"
* component[mrdStatus].code = $local#mrd-status "MRD status at the assessment"
* component[mrdStatus].value[x] 1..1
* component[mrdStatus].value[x] only CodeableConcept
* component[mrdStatus].valueCodeableConcept from MrdResultVS (extensible)
* derivedFrom MS
* derivedFrom only Reference(Observation)
* derivedFrom ^short = "Results the assessment rests on: marrow blasts, MRD, chimerism, genetic findings, CSF"
