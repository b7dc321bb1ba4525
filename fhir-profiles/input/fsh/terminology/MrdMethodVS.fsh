ValueSet: MrdMethodVS
Id: mrd-method-vs
Title: "MRD Method"
Description: "Technique used to measure measurable residual disease: multicolour flow cytometry, reverse-transcription quantitative PCR of a fusion transcript (BCR::ABL1 and others), allele-specific quantitative PCR of IG/TR rearrangements, or next-generation sequencing of IG/TR rearrangements."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#multicolour-flow-cytometry "Multicolour flow cytometry"
* $local#rt-qpcr "Reverse-transcription quantitative PCR"
* $local#ig-tr-qpcr "Allele-specific quantitative PCR of IG/TR rearrangements"
* $local#ig-tr-ngs "Next-generation sequencing of IG/TR rearrangements"
