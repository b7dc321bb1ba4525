ValueSet: KaryotypeMethodVS
Id: karyotype-method-vs
Title: "Karyotype Method"
Description: "Cytogenetic technique behind a karyotype: conventional karyotyping (G-banding) or FISH."
* insert ArtifactMetadata
* insert SnomedLoincCopyright
* $loinc#LA26406-1 "Karyotyping"
* $sct#426329006 "Fluorescence in situ hybridization"
