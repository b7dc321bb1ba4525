Profile: MarrowBlastObservation
Parent: Observation
Id: marrow-blast-observation
Title: "Bone Marrow Blasts (percent)"
Description: "Blasts as a percentage of nucleated bone marrow cells (LOINC 11150-0): the morphological measure of relapse (for example 64 %) or of refractory disease."
* insert ProfileMetadata
* insert DiseaseLabResult
* obeys ball-hsct-1
* code = $loinc#11150-0 "Blasts/100 cells in Bone marrow"
* code MS
* value[x] 1..1 MS
* value[x] only Quantity
* insert UcumQuantity(%)
