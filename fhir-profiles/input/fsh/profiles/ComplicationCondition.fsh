Profile: ComplicationCondition
Parent: Condition
Id: complication-condition
Title: "Transplant Complication"
Description: """
A complication of haematopoietic stem cell transplant or cellular therapy other than GvHD, such as
persistent post-transplant lymphopenia, sinusoidal obstruction syndrome, CMV or EBV reactivation,
transplant-associated thrombotic microangiopathy, or primary or secondary graft failure, with its onset
date. `condition-dueTo` names whatever caused it: the transplant (Procedure), a drug
(MedicationAdministration) or another Condition (e.g. GvHD); the core extension allows no Observation,
so results that establish it (viral loads, counts) go in `evidence.detail`. 'No signs of SOS' is
recorded with verificationStatus refuted. Where a grade is wanted, record a CTCAE Adverse Event as well.
"""
* insert ProfileMetadata
* insert PatientCondition
* obeys ball-hsct-48
* extension contains
    $condition-dueTo named dueTo 0..* MS and
    $condition-related named related 0..* MS
* extension[dueTo] ^short = "What caused it: the transplant, a drug, another condition"
* extension[dueTo].value[x] only Reference(Procedure or MedicationAdministration or Condition)
* extension[related] ^short = "The leukaemia"
* extension[related].value[x] only Reference(Condition)
* code 1..1 MS
* code from TransplantComplicationVS (extensible)
* code ^short = "Lymphopenia | SOS | CMV / EBV reactivation | TA-TMA | primary / secondary graft failure | …"
* onset[x] ^short = "Date of onset (diagnosis)"
* severity MS
* severity ^short = "Severity as reported (text is allowed, e.g. 'moderate to severe')"
* evidence MS
* evidence.detail MS
* evidence.detail ^short = "Results that establish it, e.g. viral-load or engraftment Observations"
