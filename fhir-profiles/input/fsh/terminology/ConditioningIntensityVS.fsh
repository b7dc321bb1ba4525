ValueSet: ConditioningIntensityVS
Id: conditioning-intensity-vs
Title: "Conditioning Intensity"
Description: "Intensity of the conditioning regimen: the CIBMTR categories (myeloablative, reduced-intensity, non-myeloablative) plus reduced-toxicity, which is kept as reported and never folded into reduced-intensity."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#mac "Myeloablative conditioning"
* $local#ric "Reduced-intensity conditioning"
* $local#reduced-toxicity "Reduced-toxicity conditioning"
* $local#nma "Non-myeloablative conditioning"
