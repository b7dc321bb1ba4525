ValueSet: DiseaseStatusVS
Id: disease-status-vs
Title: "Disease Status"
Description: "How the leukaemia is doing at an assessment, aligned with the mCODE disease-status values: improved, stable, worsened or undetermined, or full or partial remission. An MRD-negative complete remission is full remission plus a negative MRD result (referenced from derivedFrom)."
* insert ArtifactMetadata
* insert SnomedCopyright
* $sct#268910001 "Patient's condition improved (finding)"
* $sct#359746009 "Patient's condition stable (finding)"
* $sct#271299001 "Patient's condition worsened (finding)"
* $sct#709137006 "Patient's condition undetermined (finding)"
* $sct#103338009 "In full remission (qualifier value)"
* $sct#103337004 "In partial remission (qualifier value)"
