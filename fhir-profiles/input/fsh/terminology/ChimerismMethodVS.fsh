ValueSet: ChimerismMethodVS
Id: chimerism-method-vs
Title: "Chimerism Method"
Description: "Technique used to measure chimerism: FISH (XY-FISH after a sex-mismatched transplant), short tandem repeat PCR, quantitative PCR of insertion/deletion polymorphisms, or next-generation sequencing."
* insert ArtifactMetadata
* ^copyright = "Includes SNOMED CT® content (owned and licensed by SNOMED International; use needs an Affiliate Licence or a national release licence) and local codes of this guide (CC0-1.0)."
* $sct#426329006 "Fluorescence in situ hybridization"
* $local#str-pcr "Short tandem repeat PCR"
* $local#indel-qpcr "Quantitative PCR of insertion/deletion polymorphisms"
* $local#ngs-chimerism "Next-generation sequencing chimerism"
