Profile: ImmunophenotypeObservation
Parent: Observation
Id: immunophenotype-observation
Title: "Leukaemia Immunophenotype"
Description: """
Flow-cytometric immunophenotype of the leukaemic blasts (LOINC 101119-6), kept as reported in
`valueString` (for example CD45dim/CD19+/CD10+/CD34+/CD38-/CD22+/CD20-), with optional components for
the markers that drive therapy choices: CD19 (blinatumomab), CD22 (inotuzumab ozogamicin), CD20 and the
maturation markers CD45, CD10, CD34 and CD38. Marker codes are local, because no verified standard code
was found for each; other markers may be added as further components.
"""
* insert ProfileMetadata
* insert DiseaseLabResult
* code = $loinc#101119-6 "Leuk and lymphma immnphntypng Spec"
* code MS
* value[x] 1..1 MS
* value[x] only string
* value[x] ^short = "Immunophenotype as written in the report"
* component MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #open
* component ^slicing.description = "One component per marker, sliced on component.code."
* insert MarkerComponent(cd45, cd45, "CD45 on leukaemic blasts")
* insert MarkerComponent(cd19, cd19, "CD19 on leukaemic blasts")
* insert MarkerComponent(cd10, cd10, "CD10 on leukaemic blasts")
* insert MarkerComponent(cd34, cd34, "CD34 on leukaemic blasts")
* insert MarkerComponent(cd38, cd38, "CD38 on leukaemic blasts")
* insert MarkerComponent(cd22, cd22, "CD22 on leukaemic blasts")
* insert MarkerComponent(cd20, cd20, "CD20 on leukaemic blasts")
