Profile: MolecularScreenObservation
Parent: Observation
Id: molecular-screen-observation
Title: "Molecular Genetic Screen"
Description: "Result of screening the leukaemia for recurrent molecular abnormalities (fusion genes and similar) when the report does not list the targets tested: 'Not detected' or a free-text finding. Name the targets in a note when known; a result for a named target (BCR::ABL1, KMT2A, …) belongs in a Genetic Finding Observation instead."
* insert ProfileMetadata
* insert DiseaseLabResult
* code = $local#molecular-screen "Molecular genetic screening (targets not reported)"
* code MS
* value[x] 1..1 MS
* value[x] only CodeableConcept or string
* value[x] ^short = "Not detected, or the finding as reported"
* valueCodeableConcept from DetectionResultVS (extensible)
