Profile: MrdObservation
Parent: Observation
Id: mrd-observation
Title: "Measurable Residual Disease (flow cytometry)"
Description: """
Measurable (minimal) residual disease of B-ALL by flow cytometry: leukaemic cells as a percentage of
nucleated cells (a comparator such as '<' is allowed when the lab reports below a threshold), or
'Not detected' for a negative result. The code is local until a LOINC code for B-ALL MRD by flow
cytometry is verified; a LOINC coding may then be added alongside it. Specimen and limit of detection
are optional because reports often omit them.
"""
* insert ProfileMetadata
* insert DiseaseLabResult
* obeys ball-hsct-1
* code = $local#mrd-flow "MRD by flow cytometry"
* code MS
* value[x] 1..1 MS
* value[x] only Quantity or CodeableConcept
* value[x] ^short = "Percent of leukaemic cells, or Not detected"
* insert UcumQuantity(%)
* valueQuantity.comparator MS
* valueCodeableConcept from DetectionResultVS (extensible)
* method from MrdMethodVS (extensible)
* method ^short = "Multicolour flow cytometry"
