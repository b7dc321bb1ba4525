ValueSet: MrdMethodVS
Id: mrd-method-vs
Title: "MRD Method"
Description: "Technique used to measure measurable residual disease by flow cytometry."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#multicolour-flow-cytometry "Multicolour flow cytometry"
