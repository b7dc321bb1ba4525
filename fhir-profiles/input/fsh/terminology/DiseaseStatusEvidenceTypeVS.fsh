ValueSet: DiseaseStatusEvidenceTypeVS
Id: disease-status-evidence-type-vs
Title: "Disease Status Evidence Type"
Description: "Kind of evidence a disease-status assessment rests on. Only laboratory data interpretation is included: it is the one mCODE evidence type this guide has verified, and it covers marrow, MRD and chimerism results."
* insert ArtifactMetadata
* insert SnomedCopyright
* $sct#386344002 "Laboratory data interpretation (procedure)"
