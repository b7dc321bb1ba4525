Profile: Cd3PercentObservation
Parent: Observation
Id: cd3-percent-observation
Title: "CD3+ T Cells (percent)"
Description: "CD3+ T cells as a percentage of the cells counted in blood (LOINC 8124-0), for example of lymphocytes before T-cell-engaging immunotherapy."
* insert ProfileMetadata
* insert PatientObservation
* insert LaboratoryCategory
* obeys ball-hsct-1
* code = $loinc#8124-0 "CD3 cells/100 cells in Blood"
* code MS
* value[x] 1..1 MS
* value[x] only Quantity
* insert UcumQuantity(%)
* specimen MS
