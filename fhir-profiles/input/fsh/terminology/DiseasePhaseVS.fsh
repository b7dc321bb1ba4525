ValueSet: DiseasePhaseVS
Id: disease-phase-vs
Title: "Disease Phase"
Description: "Phase of the leukaemia course at a status assessment: remission, relapse, or refractory disease (SNOMED CT 'Intractable')."
* insert ArtifactMetadata
* insert SnomedCopyright
* $sct#277022003 "Remission phase (qualifier value)"
* $sct#263855007 "Relapse phase (qualifier value)"
* $sct#20646008 "Intractable (qualifier value)"
