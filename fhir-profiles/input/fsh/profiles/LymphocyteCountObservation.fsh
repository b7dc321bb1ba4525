Profile: LymphocyteCountObservation
Parent: Observation
Id: lymphocyte-count-observation
Title: "Absolute Lymphocyte Count"
Description: "Lymphocytes per litre of blood (LOINC 26474-7), in 10⁹/L. Low counts after transplant or before T-cell-engaging therapy (blinatumomab) are clinically relevant."
* insert ProfileMetadata
* insert PatientObservation
* insert LaboratoryCategory
* code = $loinc#26474-7 "Lymphocytes [#/volume] in Blood"
* code MS
* value[x] 1..1 MS
* value[x] only Quantity
* insert UcumQuantity(10*9/L)
* specimen MS
