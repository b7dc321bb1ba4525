Profile: HlaMatchObservation
Parent: Observation
Id: hla-match-observation
Title: "HLA Donor Match Observation"
Description: "Whether a donor is HLA-matched or HLA-mismatched with the patient (LOINC 96061-7, as in the PedCan draft). A haploidentical donor is HLA-mismatched. Locus-level typing is out of scope."
* insert ProfileMetadata
* insert PatientObservation
* insert LaboratoryCategory
* code = $loinc#96061-7 "HLA donor match status [Type]"
* code MS
* focus 1..1 MS
* focus only Reference(DonorRelatedPerson)
* focus ^short = "The donor compared with the patient"
* value[x] 1..1 MS
* value[x] only CodeableConcept
* valueCodeableConcept from HlaMatchStatusVS (required)
