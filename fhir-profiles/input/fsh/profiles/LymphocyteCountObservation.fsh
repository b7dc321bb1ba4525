Profile: LymphocyteCountObservation
Parent: Observation
Id: lymphocyte-count-observation
Title: "Absolute Lymphocyte Count"
Description: "Lymphocytes per volume of blood (LOINC 26474-7), in 10⁹/L or the numerically equal 10³/µL that US laboratories report, so an EHR's ordinary count is accepted as sent. Low counts after transplant or before T-cell-engaging therapy (blinatumomab) are clinically relevant."
* insert ProfileMetadata
* insert PatientObservation
* insert LaboratoryCategory
* code = $loinc#26474-7 "Lymphocytes [#/volume] in Blood"
* code MS
* value[x] 1..1 MS
* value[x] only Quantity
* insert UcumQuantityValue
* valueQuantity.code from BloodCellCountUnitsVS (required)
* valueQuantity.code ^short = "10*9/L or 10*3/uL (numerically equal)"
* specimen MS
