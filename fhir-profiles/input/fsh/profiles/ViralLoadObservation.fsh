Profile: ViralLoadObservation
Parent: Observation
Id: viral-load-observation
Title: "CMV / EBV Viral Load Observation"
Description: """
Quantitative cytomegalovirus or Epstein-Barr virus DNA (viral load) by nucleic acid amplification in
plasma (serum) or whole blood, as monitored after transplant. The LOINC code names virus, specimen and
unit kind: [#/volume] codes are in copies/mL, [Units/volume] codes in IU/mL (ball-hsct-47). A result
below the limit of quantification keeps its comparator ('<'); an undetectable load is 'Not detected'.
A CMV or EBV reactivation Condition cites these results in `evidence.detail`.
"""
* insert ProfileMetadata
* insert PatientObservation
* insert LaboratoryCategory
* obeys ball-hsct-47
* code MS
* code from ViralLoadCodeVS (extensible)
* code ^short = "LOINC CMV / EBV DNA viral load in plasma or blood"
* value[x] 1..1 MS
* value[x] only Quantity or CodeableConcept
* value[x] ^short = "Viral load (copies/mL or IU/mL), or Not detected"
* valueQuantity.value 1..1 MS
* valueQuantity.comparator MS
* valueQuantity.system 1..1 MS
* valueQuantity.system = $ucum (exactly)
* valueQuantity.code 1..1 MS
* valueQuantity.code from ViralLoadUnitsVS (required)
* valueQuantity.unit MS
* valueCodeableConcept from DetectionResultVS (extensible)
* specimen 0..1 MS
* method MS
