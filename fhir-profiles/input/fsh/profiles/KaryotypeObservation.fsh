Profile: KaryotypeObservation
Parent: Observation
Id: karyotype-observation
Title: "Bone Marrow Karyotype"
Description: "The bone marrow karyotype as an ISCN string exactly as the laboratory reported it (LOINC 33893-9), e.g. 53,XY; an incomplete string is kept as it is, with a note, and gains or losses are never inferred. Each abnormality it shows (a fusion, a ploidy group) may also be sent as a Genetic Finding Observation (69548-6, method karyotyping, ISCN component 81291-7)."
* insert ProfileMetadata
* insert DiseaseLabResult
* code = $loinc#33893-9 "Karyotype [Identifier] in Bone marrow Nominal"
* code MS
* value[x] 1..1 MS
* value[x] only string
* value[x] ^short = "ISCN karyotype as reported"
* method from KaryotypeMethodVS (extensible)
* method ^short = "Karyotyping | FISH"
