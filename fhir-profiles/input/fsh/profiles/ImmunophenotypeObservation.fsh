Profile: ImmunophenotypeObservation
Parent: Observation
Id: immunophenotype-observation
Title: "Leukaemia Immunophenotype"
Description: """
Flow-cytometric immunophenotype of the leukaemic blasts (LOINC 101119-6), kept as reported in
`valueString` (for example CD45dim/CD19+/CD10+/CD34+/CD38-/CD22+/CD20-), with one component per marker:
the marker code (ImmunophenotypeMarkerVS, extensible, so any marker can be sent, coded otherwise or as
text) and its expression (positive, negative, dim, bright, partial). When the report gives the share of
blasts expressing a marker, a second component with the same marker code carries it as a percentage.
Markers that drive therapy: CD19 (blinatumomab, CAR-T), CD22 (inotuzumab ozogamicin), CD20 (rituximab);
lineage and maturation: CD45, CD10, CD34, CD38, TdT, cytoplasmic CD79a and mu; aberrant and MRD markers:
CD13, CD33, CD15, CD65, CD66c, CD58, CD81, CD9, CD123, NG2. Marker codes are local, because no verified
standard code was found for each.
"""
* insert ProfileMetadata
* insert DiseaseLabResult
* obeys ball-hsct-13
* code = $loinc#101119-6 "Leuk and lymphma immnphntypng Spec"
* code MS
* value[x] 1..1 MS
* value[x] only string
* value[x] ^short = "Immunophenotype as written in the report"
* component MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #open
* component ^slicing.description = "One or two components per marker (expression, and percent of blasts), sliced on component.code."
* component ^short = "A marker: its expression, or the percent of blasts expressing it"
* component.code from ImmunophenotypeMarkerVS (extensible)
* component.value[x] 1..1
* component.value[x] only CodeableConcept or Quantity
* component.valueCodeableConcept from MarkerExpressionVS (required)
* component.valueQuantity.value 1..1
* component.valueQuantity.system 1..1
* component.valueQuantity.system = $ucum (exactly)
* component.valueQuantity.code 1..1
* component.valueQuantity.code = #% (exactly)
* insert MarkerSlice(cd45, cd45, "CD45 on leukaemic blasts")
* insert MarkerSlice(cd19, cd19, "CD19 on leukaemic blasts")
* insert MarkerSlice(cd10, cd10, "CD10 on leukaemic blasts")
* insert MarkerSlice(cd34, cd34, "CD34 on leukaemic blasts")
* insert MarkerSlice(cd38, cd38, "CD38 on leukaemic blasts")
* insert MarkerSlice(cd22, cd22, "CD22 on leukaemic blasts")
* insert MarkerSlice(cd20, cd20, "CD20 on leukaemic blasts")

// One marker slice of the immunophenotype: expression and, optionally, percent of blasts (so up to two).
RuleSet: MarkerSlice(slice, code, display)
* component contains {slice} 0..2 MS
* component[{slice}] ^short = {display}
* component[{slice}].code = $local#{code} {display}
