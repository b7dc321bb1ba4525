Profile: KaryotypeObservation
Parent: Observation
Id: karyotype-observation
Title: "Bone Marrow Karyotype"
Description: "The bone marrow karyotype as an ISCN string exactly as the laboratory reported it (LOINC 33893-9), e.g. 53,XY; an incomplete string is kept as it is, with a note, and gains or losses are never inferred. A complete ISCN karyotype may also be sent as a Genomics Reporting Variant (69548-6 with component 81291-7)."
* insert ProfileMetadata
* insert DiseaseLabResult
* code = $loinc#33893-9 "Karyotype [Identifier] in Bone marrow Nominal"
* code MS
* value[x] 1..1 MS
* value[x] only string
* value[x] ^short = "ISCN karyotype as reported"
* method from KaryotypeMethodVS (extensible)
* method ^short = "Karyotyping | FISH"
