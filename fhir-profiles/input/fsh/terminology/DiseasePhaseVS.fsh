ValueSet: DiseasePhaseVS
Id: disease-phase-vs
Title: "Disease Phase"
Description: "Phase of the leukaemia course at a status assessment: remission, relapse, refractory disease after treatment of a relapse (SNOMED CT 'Intractable'), or primary refractory disease (no remission ever reached; local code)."
* insert ArtifactMetadata
* ^copyright = "Includes SNOMED CT® content (owned and licensed by SNOMED International; use needs an Affiliate Licence or a national release licence) and local codes of this guide (CC0-1.0)."
* $sct#277022003 "Remission phase (qualifier value)"
* $sct#263855007 "Relapse phase (qualifier value)"
* $sct#20646008 "Intractable (qualifier value)"
* $local#primary-refractory "Primary refractory disease (primary induction failure)"
