ValueSet: GeneticTestMethodVS
Id: genetic-test-method-vs
Title: "Genetic Test Method"
Description: "Technique behind a genetic finding in leukaemia: conventional karyotyping, FISH, PCR, reverse-transcription PCR of a fusion transcript, or sequencing (targeted panels, RNA sequencing, whole genome)."
* insert ArtifactMetadata
* ^copyright = "Includes LOINC® content (copyright Regenstrief Institute, Inc. and the LOINC Committee, free to use under https://loinc.org/license/), SNOMED CT® content (owned and licensed by SNOMED International; use needs an Affiliate Licence or a national release licence) and local codes of this guide (CC0-1.0)."
* $loinc#LA26406-1 "Karyotyping"
* $sct#426329006 "Fluorescence in situ hybridization"
* $loinc#LA26418-6 "PCR"
* $local#rt-pcr "Reverse-transcription PCR"
* $loinc#LA26398-0 "Sequencing"
